"""Data for reported-speech attribution: cues, titles, institutions, anonymous sources.

Everything literal and Arabic lives here; the rules in ``quotes.py`` and ``speakers.py``
only combine these tables. Words are written as in print; matching folds them with
``quotes.fold`` (no diacritics, one alef, ى→ي, ة→ه), so hamza and shadda do not matter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Final

# Complement types a cue can take.
AN: Final = "an"  # إن / أن / بأن + clause
COLON: Final = "colon"  # ":" + speech
QUOTE: Final = "quote"  # opening quotation mark right after the cue or its subject
NOUN: Final = "noun"  # a verbal-noun object after the subject: "أعلنت الشركة توصلها إلى اتفاق"

# How a cue's preposition relates to its content (``Cue.prep_use``).
PREP_CONTENT: Final = "content"  # "أشار إلى ضرورة …": the prepositional phrase is the content
PREP_BEFORE_THAT: Final = "before_that"  # "ذهب إلى أن …": the preposition counts only right before أن
PREP_WITH_OPENER: Final = "with_opener"  # "أعرب عن أسفه لأن …": only when أن, a colon or a quotation follows


@dataclass(frozen=True)
class Cue:
    """One verb of saying: its surface forms by person, stance and complements.

    ``preps`` are prepositions that introduce the content ("أشار إلى أن"، "كشف عن");
    ``needs_conj`` marks forms that are also common nouns or prepositions (بين "between",
    طالب "student") and count only with a conjunction prefix or as participles.
    ``prep_use`` says when the preposition opens content (``PREP_*``); ``object_then`` lists
    prepositions a noun object must be followed by ("أرجع الخبير الارتفاع إلى …").
    """

    lemma: str
    masc: tuple[str, ...]
    fem: tuple[str, ...]
    plural: tuple[str, ...]
    participles: tuple[str, ...]
    stance: str = "neutral"
    complements: frozenset[str] = frozenset({AN, COLON, QUOTE})
    preps: tuple[str, ...] = ()
    needs_conj: bool = False
    prep_use: str = PREP_CONTENT
    object_then: tuple[str, ...] = ()


def _c(lemma: str, masc: str, fem: str, plural: str = "", participles: str = "", **kw) -> Cue:
    return Cue(lemma, tuple(masc.split()), tuple(fem.split()), tuple(plural.split()),
               tuple(participles.split()), **kw)


_ALL: Final = frozenset({AN, COLON, QUOTE, NOUN})
_SAY: Final = frozenset({AN, COLON, QUOTE})
_THAT: Final = frozenset({AN, QUOTE})

CUES: Final[tuple[Cue, ...]] = (
    _c("قال", "قال يقول", "قالت تقول", "قالوا يقولون قالا", "قائلا قائلة قائلين"),
    _c("أكد", "أكد يؤكد", "أكدت تؤكد", "أكدوا يؤكدون أكدا", "مؤكدا مؤكدة مؤكدين",
       stance="asserts", complements=_ALL, preps=("على",)),
    _c("أضاف", "أضاف يضيف", "أضافت تضيف", "أضافوا أضافا", "مضيفا مضيفة مضيفين"),
    _c("تابع", "تابع", "تابعت", "", "متابعا متابعة", complements=_SAY),
    _c("أشار", "أشار يشير", "أشارت تشير", "أشاروا أشارا", "مشيرا مشيرة مشيرين",
       complements=_ALL, preps=("إلى",)),
    _c("لفت", "لفت يلفت", "لفتت تلفت", "", "لافتا لافتة", complements=_ALL, preps=("إلى",)),
    _c("نوه", "نوه ينوه", "نوهت تنوه", "", "منوها منوهة", complements=_ALL, preps=("إلى", "ب")),
    _c("ذكر", "ذكر", "ذكرت تذكر", "ذكروا", "ذاكرا", complements=_THAT),
    _c("أعلن", "أعلن يعلن", "أعلنت تعلن", "أعلنوا أعلنا", "معلنا معلنة", complements=_ALL, preps=("عن",)),
    _c("كشف", "كشف يكشف", "كشفت تكشف", "كشفوا", "كاشفا كاشفة", complements=_ALL, preps=("عن",)),
    _c("صرح", "صرح يصرح", "صرحت تصرح", "صرحوا", "مصرحا مصرحة", preps=("ب",)),
    _c("أوضح", "أوضح يوضح", "أوضحت توضح", "أوضحوا أوضحا", "موضحا موضحة موضحين", complements=_ALL),
    _c("بين", "بين يبين", "بينت", "", "مبينا مبينة", needs_conj=True),
    _c("أبان", "أبان", "أبانت", "", ""),
    _c("أفاد", "أفاد أفادنا أفادني", "أفادت أفادتنا أفادتني", "أفادوا", "مفيدا مفيدة", complements=_THAT),
    # Present يشدد/تشدد also means "tighten" ("تشدد الخناق"): past forms only.
    _c("شدد", "شدد", "شددت", "شددوا", "مشددا مشددة مشددين",
       stance="asserts", complements=_ALL, preps=("على",)),
    _c("نفى", "نفى ينفي", "نفت تنفي", "نفوا", "نافيا نافية", stance="denies", complements=_ALL),
    # Present يعتبر/تعتبر mostly means "is considered": past forms only.
    _c("اعتبر", "اعتبر", "اعتبرت", "اعتبروا", "معتبرا معتبرة", complements=_THAT),
    _c("رأى", "رأى يرى", "رأت ترى", "رأوا يرون", "", complements=_THAT),
    _c("وصف", "وصف", "وصفت", "", "واصفا واصفة", complements=_ALL),
    _c("حذر", "حذر يحذر", "حذرت تحذر", "حذروا", "محذرا محذرة", stance="warns",
       complements=_ALL, preps=("من",)),
    _c("نبه", "نبه", "نبهت", "", "منبها منبهة", stance="warns", complements=_ALL,
       preps=("إلى", "من")),
    _c("دعا", "دعا يدعو", "دعت تدعو", "دعوا", "", complements=_ALL, preps=("إلى",)),
    _c("طالب", "طالب", "طالبت", "طالبوا", "مطالبا", complements=_ALL, preps=("ب",),
       needs_conj=True),
    _c("حث", "حث", "حثت", "", "", complements=_ALL, preps=("على",)),
    _c("زعم", "زعم يزعم", "زعمت تزعم", "زعموا", "زاعما", stance="claims"),
    _c("ادعى", "ادعى يدعي", "ادعت تدعي", "ادعوا", "مدعيا", stance="claims"),
    _c("أردف", "أردف", "أردفت", "", "مردفا", complements=_SAY),
    # "واختتم تصريحه بالقول: …" continues the speaker of the clause.
    _c("القول", "", "", "", "بالقول للقول", complements=_SAY),
    _c("استطرد", "استطرد", "استطردت", "", "مستطردا مستطردة", complements=_SAY),
    _c("استدرك", "استدرك", "استدركت", "", "مستدركا", complements=_SAY),
    _c("اعترف", "اعترف", "اعترفت", "", "", complements=_THAT),
    _c("أصر", "أصر", "أصرت", "", "", stance="asserts", complements=_ALL, preps=("على",)),
    _c("أبلغ", "أبلغ أبلغنا أبلغني", "أبلغت أبلغتنا أبلغتني", "", "", complements=_THAT),
    # With the listener as an object pronoun: "وأخبرنا أحد السكان أن …".
    _c("أخبر", "أخبر أخبرنا أخبرني أخبره أخبرها أخبرهم", "أخبرت أخبرتنا أخبرتني", "أخبروا أخبرونا", "",
       complements=_THAT),
    # "وسألتني المعلمة: «…»": a question in quotation marks or after a colon.
    # (A bare سألت is also "I/you asked".)
    _c("سأل", "سأل يسأل سألني سأله سألها سألهم سألنا", "تسأل سألتني سألتها سألتهم", "سألوا", "",
       complements=frozenset({COLON, QUOTE})),
    # Cause: "أرجع الخبير ارتفاع الأسعار إلى …"، "وعزت المصادر السبب لعدم …" (past forms: the
    # present يرجع is mostly "dates back to").
    # (No participle: "مرجعا" is mostly the noun "a reference".)
    _c("أرجع", "أرجع", "أرجعت", "أرجعوا", "", complements=frozenset({AN, NOUN}),
       object_then=("إلى", "ل")),
    # (عزت is also a given name: with a conjunction or after a comma only.)
    _c("عزا", "عزا يعزو", "عزت تعزو", "عزوا", "عازيا", complements=frozenset({AN, NOUN}),
       object_then=("إلى", "ل"), needs_conj=True),
    # "وذهب الباحث إلى أن …" (ذهب is "went" before any other إلى).
    _c("ذهب", "ذهب", "ذهبت", "ذهبوا", "", complements=frozenset({AN}), preps=("إلى",),
       prep_use=PREP_BEFORE_THAT),
    # Promises and threats: "ووعد رئيس البلدية بإصلاح الطرق"، "وهددت النقابة بالإضراب".
    # (وعد is also the noun "promise"; the present يهدد also "endangers".)
    _c("وعد", "وعد", "وعدت", "وعدوا", "", complements=frozenset({AN}), preps=("ب",), needs_conj=True),
    _c("هدد", "هدد", "هددت", "هددوا", "", stance="warns", complements=frozenset({AN}), preps=("ب",)),
    # "وأعرب الوزير عن أسفه لأن …": an expressed feeling is speech when a clause or quotation follows.
    _c("أعرب", "أعرب", "أعربت", "أعربوا", "معربا معربة", complements=frozenset({AN}), preps=("عن",),
       prep_use=PREP_WITH_OPENER),
    _c("كتب", "كتب", "كتبت", "", "", complements=frozenset({QUOTE, COLON})),
    _c("تساءل", "تساءل", "تساءلت", "", "متسائلا متسائلة", complements=_SAY),
    _c("علق", "علق", "علقت", "", "معلقا معلقة", complements=_SAY),
    _c("أجاب", "أجاب", "أجابت", "", "مجيبا", complements=_SAY),
    # "وختم: …"، "وختم بأن …" (ختم without بأن is "ended": "وختم الحفل بقصيدة").
    # (اختتم is mostly "closed": "اختتم المؤتمر أعماله"; "واختتم حديثه بالقول" goes through القول.)
    _c("ختم", "ختم", "ختمت", "", "", complements=frozenset({AN, COLON})),
    # Continuations of the last speaker: "وزاد: …"، "وزاد أن …"، "واسترسلت «…»"
    # (زاد is mostly "increased", أكمل "completed": with a conjunction only).
    _c("زاد", "زاد", "زادت", "", "", complements=_SAY, needs_conj=True),
    _c("أكمل", "أكمل", "أكملت", "", "", complements=_SAY, needs_conj=True),
    _c("استرسل", "استرسل", "استرسلت", "", "مسترسلا مسترسلة", complements=_SAY),
    # "انتقد الوزير قرار …": the criticised thing is what was said.
    # A short quote after it is the criticised term ('منتقدا "تدخل" السفير'), not speech.
    _c("انتقد", "انتقد ينتقد", "انتقدت تنتقد", "انتقدوا ينتقدون", "منتقدا منتقدة",
       complements=frozenset({AN, NOUN})),
    # Objects of استبعد are often players or options ("استبعد المدرب اللاعب"): أن only.
    _c("استبعد", "استبعد يستبعد", "استبعدت تستبعد", "استبعدوا", "مستبعدا مستبعدة", complements=_THAT),
    # Present يتوقع is also the impersonal "it is expected": past forms only.
    _c("توقع", "توقع", "توقعت", "توقعوا", "متوقعا متوقعة", complements=_THAT),
    # "ورجح المحللون أن …" (deemed likely) reports a view as "توقع" does; "رجحت كفة" has no أن.
    _c("رجح", "رجح يرجح", "رجحت ترجح", "رجحوا", "مرجحا مرجحة", complements=frozenset({AN})),
    # "اتهم الوزير المعارضة بالتحريض": the accusation is reported speech.
    # (No participle: "متهما" is mostly the noun "a defendant".)
    _c("اتهم", "اتهم يتهم", "اتهمت تتهم", "اتهموا", "", complements=frozenset({AN, NOUN})),
    _c("نقل", "نقل ينقل", "نقلت تنقل", "نقلوا", "ناقلا ناقلة", complements=_SAY),  # "عن فلان قوله:"
    # Findings: "ووجد الباحثون أن …"، "وأظهرت الدراسة أن …" (only with a study or its authors
    # as subject: FINDING_SUBJECTS).
    _c("وجد", "وجد", "وجدت", "وجدوا", "", complements=frozenset({AN})),
    _c("أظهر", "أظهر", "أظهرت", "أظهروا", "", complements=frozenset({AN})),
)

# Verbs that report a finding, and the subjects that make them one: "وجد الباحثون أن" (not
# "وجد نفسه"، "أظهر اللاعب مستوى").
FINDING_VERBS: Final = ("وجد", "أظهر")
FINDING_SUBJECTS: Final = ("دراسة", "دراسات", "تقرير", "بحث", "أبحاث", "استطلاع", "مسح", "باحثون", "باحثين",
                           "علماء", "إحصائية", "تحليل", "فريق")
# Verbs of saying that also mean "grew": their subject must be someone who can speak
# ("وزاد الطين بلة أن …"، 'وزاد مؤشر "…" بمقدار' are no speech).
INCREASE_VERBS: Final = ("زاد",)
# Verbs of saying whose addressee or topic may stand as a bare object before the content:
# "دعا الوزير المواطنين إلى …"، "وحث الجميع على …"، "ووصف المحتجين بأنهم …".
OBJECT_VERBS: Final = ("دعا", "حث", "طالب", "حذر", "نبه", "وصف", "أبلغ", "أخبر")
# Words for "all (of them)" that stand as a verb's object, never after its subject: "حث المدير الجميع على …".
ALL_OF: Final = ("جميع", "الجميع")
# "By his saying": the verbal noun of قال with ب and the speaker's pronoun works as its participle
# ("وختم الوزير حديثه بقوله: …"، "وعلقت بقولها إن …"), by the pronoun's gender.
SAYING_BY_PRONOUN: Final = {"بقوله": "m", "بقولها": "f", "بقولهم": "p", "بقولهما": "p", "بقولهن": "p"}
# Verbs that lead a participle of saying and carry its subject: "وأكمل الوزير قائلا إن …".
PARTICIPLE_LEAD_VERBS: Final = ("زاد", "أكمل", "ختم", "اختتم", "استرسل", "مضى", "واصل", "عاد", "أضاف", "تابع",
                         "استطرد", "رد", "علق", "أجاب", "استهل", "بدأ", "خرج", "تحدث")
# A preposition glued to a noun in set phrases, never the start of content: "طالبت في تقرير
# بعنوان …"، "نوه بالنسبة إلى …".
GLUED_PREPOSITION_IDIOMS: Final = ("بالنسبة", "بعنوان", "بمناسبة", "بالقرب", "بالرغم", "بالتزامن", "بالنيابة",
                            "بالإنابة", "بصفته", "بصفتها", "بالتوازي")
# After a verb of saying these introduce what is said as a list: "يعددها الطبيب كالتالي:".
SPOKEN_LIST_INTRODUCERS: Final = ("كالتالي", "كالآتي", "التالي", "الآتي")
# The cue of asking: its colon may be the answer's ("سألتها، فردت: …").
QUESTION_LEMMA: Final = "سأل"
# The verb "رأى", whose noun "رأي" (opinion) names its holder: "مع رأي الوزير بأن …".
OPINION_LEMMA: Final = "رأى"
# A headline "الوزارة تعلن اعتقال …" reports an act, not words: no quote from its noun object.
ANNOUNCE_LEMMA: Final = "أعلن"
# The plain verb of saying, whose verbal noun "قول" also introduces words ("بقوله").
SAY_LEMMA: Final = "قال"
# Prepositions that govern only nouns: a cue right after one is a verbal noun ("في وصف الحب").
# ("منذ أعلن" takes a verb; "من" is also the relative "who": "من يرى".)
NOUN_ONLY_PREPOSITIONS: Final = ("في", "على", "عن", "إلى", "مع", "عند", "حول", "لدى", "خلال")
# Prepositions of time the dictionary reads as verbs or nouns: "وعقب المباراة حفز المدرب …".
TIME_PREPOSITIONS: Final = ("عقب", "إثر", "فور", "قبيل", "بعيد", "أثناء", "إبان", "خلال")
# Verbs of narration the dictionary lacks or folding hides: "وغرد سامر الحربي قائلا".
NARRATION_VERBS: Final = ("غرد", "غردت", "يغرد", "تغرد", "هنأ", "هنأت", "يهنئ", "أبدى", "أبدت", "يبدي", "تبدي",
                   "أعرب", "أعربت", "يعرب", "تعرب", "جدد", "جددت", "طالب", "طالبت", "يطالب", "تطالب",
                   "يتمنى", "تتمنى", "تمنى", "تمنت", "أبدوا", "أعربوا", "طالبوا", "تمنوا")
OBJECT_DEMONSTRATIVES: Final = ("ذلك", "هذا", "هذه", "تلك", "السبب", "الأسباب")
# Clause openers that carry a pronoun subject of the previous speaker: "لكنه أكد أن".
PRONOUN_OPENERS: Final = ("لكنه", "لكنها", "إلا أنه", "إلا أنها")

# "يذكر أن" / "يشار إلى أن": the journalist's background, never a speaker.
IMPERSONAL_OPENERS: Final = ("يذكر", "يشار", "تجدر الإشارة", "والجدير بالذكر", "الجدير بالذكر", "علما")

# "For his part": an adverbial that stands before a subject or after a verb, never a subject.
FOR_ONES_PART: Final = ("بدوره", "بدورها", "من جهته", "من جهتها", "من جانبه", "من جانبها")
# Subordinators after which a subject precedes its verb: "وكانت الخارجية الروسية أعلنت".
SUBJECT_FIRST_OPENERS: Final = ("كان", "كانت", "وكان", "وكانت", "أما", "وأما", *FOR_ONES_PART, "علما بأن")

# Negations before a cue: "ولم يكشف سكوفرينج عن" reports that nothing was said; "غير" makes a
# participle an adjective ("زيارة غير معلنة"، "إيماءة غير متوقعة").
NEGATIONS: Final = ("لم", "ولم", "لا", "ولا", "لن", "ولن", "ما", "وما", "فلم", "دون", "بدون", "غير")

# Contrastive openers before a fronted subject: "غير أن بيار باسكاري، … أكد أن". Only a
# person counts here ("إلا أن الفحوصات أكدت" is no speaker).
CONTRAST_OPENERS: Final = ("غير أن", "إلا أن", "بيد أن", "لكن", "ولكن")
# Clauses set against the one before: "…، بينما رئيس الاتحاد قال …"، "…، في حين أكد …".
CONTRAST_CLAUSES: Final = ("بينما", "في حين", "فيما")
# "فيما يخص"، "فيما يتعلق بـ": "regarding", no clause.
REGARDING_VERBS: Final = ("يخص", "يتعلق", "تعلق", "يختص")

# A time adjunct between a verb and its subject: "وقال أمس الجمعة …"، "وأكد يوم الأحد الماضي …"،
# "وقال مساء أمس …"، "وقالت الأسبوع الماضي …". Parts of the day before a day word, the day
# words, the weekdays (after "يوم" or alone), and periods with the word placing them in time.
TIME_OF_DAY: Final = ("مساء", "صباح", "ظهر", "عصر", "ليلة", "فجر")
DAY_NOUN: Final = "يوم"
TODAY: Final = "اليوم"
DAY_WORDS: Final = ("أمس", TODAY)
TIME_PERIODS: Final = ("الأسبوع", "الشهر", "العام", "الليلة")
TIME_PLACERS: Final = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المقبل", "المقبلة", "الجاري")
# Demonstratives that place a day or a period: "وصرح ذلك اليوم بأن"، "وأعلن هذا الأسبوع أن".
TIME_DEMONSTRATIVES: Final = ("ذلك", "هذا", "تلك", "هذه")
# One-word adverbs that may come between a verb and its subject: "وقال أمس وزير الصحة".
SKIPPABLE_ADVERBS: Final = ("أمس", "اليوم", "فيه", "فيها", "له", "لها", "لي", "لنا", "لك", "لكم", "لهم", "أيضا", "كذلك", "بدوره",
                     "بدورها", "حينها", "وقتها")
# First and second person objects: "وقال لي بأن" has no subject after the verb.
SPEECH_ADDRESSEES: Final = ("لي", "لنا", "لك", "لكم")
# "حسبما أفادت مصادر …": the verb belongs to an according-to phrase.
ACCORDING_VERB_PREFIXES: Final = ("حسبما", "وحسبما", "كلما")
# Titles before a given name that make it an institution's name: "جامعة الملك عبدالعزيز".
DYNASTIC_TITLES: Final = ("الملك", "الأمير", "الشيخ", "السلطان")
# Nouns that such names complete: "مستشفى الملك فهد", "بجامعة الملك عبدالعزيز".
NAMED_PLACES: Final = ("جامعة", "مستشفى", "مطار", "مدينة", "شارع", "طريق", "مجمع", "قاعدة", "ميناء",
                "كلية", "مركز", "مؤسسة", "جائزة", "مسجد", "جسر", "حي", "ملعب", "استاد", "برنامج",
                "مكتبة", "دارة", "معهد", "أكاديمية", "مشروع", "كرسي")

# Words that may sit between subject and verb: "قد كشف".
PRE_VERB_PARTICLES: Final = ("قد", "أيضا", "بدوره", "بدورها")

# Complementizers that open indirect content.
COMPLEMENTIZERS: Final = ("أن", "إن", "بأن", "وأن", "وإن", "لأن")
COMPLEMENTIZER_SUFFIXES: Final = ("", "ه", "ها", "هم", "هما", "نا", "ني", "كم", "هن")
# Subject pronouns on a complementizer that the reported clause keeps: "إنهم يعلنون".
THIRD_PERSON_SUFFIXES: Final = ("ه", "ها", "هم", "هما", "هن")

# Fronted topic phrases at the head of a sentence; a bare verb of saying after them is the
# sentence's main verb, said by the current speaker: "وحول توقيت القرار، قال: …".
TOPIC_OPENERS: Final = ("حول", "بخصوص", "عن", "بشأن", "في", "وفيما", "فيما", "ردا", "تعليقا", "وعن",
                 "وحول", "وبخصوص", "وبشأن", "وفي", "وردا", "وتعليقا", "إزاء", "وإزاء",
                 "بالنسبة", "وبالنسبة")
# Words before a cue that make it subordinate, not a fronted-topic main verb.
SUBORDINATE_BEFORE_CUE: Final = ("أن", "ما", "الذي", "التي", "الذين", "عندما", "حين", "حينما", "لما",
                          "إذا", "كما", "مما", "بعدما", "قبل", "بعد", "لأن", "كي", "لكي")

# Outlet nouns whose next word is the outlet's own name, even a word that elsewhere tells
# when: "صحيفة اليوم"، "قناة الجمعة".
OUTLET_NOUNS: Final = ("صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "محطة", "شبكة", "تلفزيون", "موقع")
# News agencies named alone: "قال شاهد لرويترز"، "للأناضول"، "مصادر طبية لفرانس برس" (and the
# words that end such a name, never told alone: "برس").
AGENCY_NAMES: Final = ("رويترز", "الأناضول", "فرانس", "أسوشيتد", "سبوتنيك")
AGENCY_NAME_TAILS: Final = ("برس",)
# Whom a speaker talks to, after a glued ل: "قال X لوكالة …"، "للصحفيين"، "لموقع …"، "لرويترز".
ADDRESSEES: Final = (
    "وسائل", "صحفيين", "الصحفيين", "صحافيين", "الصحافيين", "الصحافة", "صحيفة", "الصحيفة",
    "وكالة", "الوكالة", "قناة", "القناة", "موقع", "الموقع", "شبكة", "محطة", "إذاعة", "الإذاعة",
    "مجلة", "المجلة", "تلفزيون", "التلفزيون", "جريدة", "الجريدة", "مراسل", "مراسلة",
    *AGENCY_NAMES,
)
# "لـ" + a word with the article: "للصحفيين" (the article's alef drops after ل).
GLUED_ADDRESSEES: Final = tuple("ل" + (w[1:] if w.startswith("ال") else w) for w in ADDRESSEES)
# Prepositional phrases that end the subject and start an adjunct: "قال X في بيان".
ADJUNCT_STARTERS: Final = (
    "في", "خلال", "اليوم", "أمس", "يوم", "عبر", "أثناء", "لدى", "عقب", "إثر", "مساء", "صباح",
    "الليلة", "ضمن", "أمام", "بعد", "قبل", "قبيل", "إبان", "فور", "منذ", "حيث", "وذلك", "حول", "بشأن", "تعليقا",
    "ردا", "وفي", *GLUED_ADDRESSEES,
    "لـ", "ل", "بحضور", "بمناسبة", "فيما", "بينما", "عندما", "حين", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "مؤخرا", "أيضا", "كذلك", "بدوره",
    "بدورها", "اليوم،", "وفقا", "بحسب", "وسط", "تحت",
    # A relative or descriptive clause after the subject is not part of it.
    "وهو", "وهي", "وهم", "الذي", "التي", "الذين", "الذى", "بشكل", "بصورة", "بطريقة",
    "نقلا", "ليل", "ليلة", "فجر", "ظهر", "عصر",
    # Manner adverbs, a noun after ب: "وقال مونتيزيمولو بصراحة إن"، "ورفض الوزير بشدة".
    "بصراحة", "بوضوح", "بشدة", "بحزم", "بثقة", "بقوة", "باختصار", "بدقة", "بأسف", "بمرارة",
    "بقوله", "بقولها",
)
# Subjects that are never speakers: "ودعا الله أن يوفقه" is a prayer.
NON_SPEAKERS: Final = ("الله",)
# Nor are these: "ويشير هذا إلى أن" tells what something shows; in "كشف النقاب عن" the noun is
# the idiom's object and the verb a passive.
NON_SPEAKING_SUBJECTS: Final = ("هذا", "هذه", "ذلك", "تلك", "النقاب")
# Nor the writer's attention: in "لفت نظري …"، "لفت انتباهنا أن …" what follows caught it; no one speaks.
FIRST_PERSON_ATTENTION: Final = ("نظري", "نظرنا", "انتباهي", "انتباهنا")
# Verbs that have a document for object without having issued it: "البيان الذي نقلته الوكالة"،
# "التقرير الذي تلقته الصحيفة" (stems; the object pronoun follows).
DOCUMENT_RECEIVING_VERBS: Final = ("نقل", "تلق", "حصل", "اطلع", "استلم")
# Verbs whose subject issues the document they take for object: "أصدرت المنظمة تقريرا".
ISSUING_VERBS: Final = ("أصدر", "أصدرت", "نشر", "نشرت", "أعد", "أعدت", "أجرى", "أجرت", "أطلق", "أطلقت")
# Words of praise right after God's name: "ودعا المدير الله عز وجل أن …" is a prayer.
PRAISE_OF_GOD: Final = ("سبحانه", "تعالى", "عز", "جل", "العلي", "القدير")
# Subjects that quote a text, not a person in the news: scripture, the Prophet, a poet, a
# proverb ("قال تعالى:"، "قال رسول الله ﷺ:"، "قال الشاعر:"، "يقول المثل:"). Their quotes are
# skipped; a named poet ("الشاعر محمد الثبيتي") is a person and stays.
TEXT_CITATION_SUBJECTS: Final = (
    "الله", "تعالى", "الله تعالى", "الله عز وجل", "عز وجل", "الله سبحانه", "سبحانه",
    "سبحانه وتعالى", "الله سبحانه وتعالى", "الحق تعالى", "المولى عز وجل", "الباري عز وجل",
    "رسول الله", "الرسول", "الرسول الكريم", "النبي", "النبي الكريم", "المصطفى", "الحبيب المصطفى",
    "نبينا", "نبينا محمد", "رسولنا الكريم", "سيدنا محمد", "الحديث", "الحديث الشريف",
    "الحديث القدسي", "القرآن", "القرآن الكريم", "عز من قائل", "جل وعلا",
    "جل جلاله", "تبارك وتعالى", "الله جل وعلا", "الله جل جلاله", "الله تبارك وتعالى", "الآية", "الآية الكريمة", "الشاعر", "الشاعر العربي",
    "الشاعر القديم", "المثل", "المثل الشعبي", "المثل العربي", "المثل القائل", "الحكمة", "الحكيم",
    "القائل", "الأثر", "المتنبي",
)
# Blessings written after the Prophet's name or God's: not part of who speaks.
CITATION_BLESSINGS: Final = ("صلى الله عليه وسلم", "صلى الله عليه وآله وسلم", "عليه الصلاة والسلام", "ﷺ",
                      "عليه السلام", "عز وجل", "سبحانه وتعالى", "تعالى")
# Blessings written after a person's name, set off by dashes or not: no part of the name
# ("وقال الأمير سعود - رحمه الله - عن …").
NAME_BLESSINGS: Final = ("رحمه الله", "رحمها الله", "يرحمه الله", "يرحمها الله", "رحمهم الله", "حفظه الله",
                         "حفظها الله", "يحفظه الله", "حفظه الله ورعاه", "رعاه الله", "أيده الله", "طيب الله ثراه",
                         "غفر الله له", "غفر الله لها")
# Data and events "indicate" without speaking: "وتشير الإحصاءات إلى"، "كشفت المعطيات أن".
INANIMATE_SUBJECTS: Final = ("الإحصاءات", "الإحصائيات", "إحصاءات", "إحصائيات", "المعطيات", "معطيات",
                      "الأحداث", "أحداث", "المؤشرات", "مؤشرات", "الأرقام", "أرقام", "النتائج",
                      "المعلومات", "معلومات", "الدلائل", "الشواهد", "التوقعات", "الوقائع", "التقديرات", "تقديرات",
                      "الأدلة", "البيانات المتوفرة", "الحقائق", "حقائق")
# East Asian family names that spell a closed-class word: "لي كه تشيانغ" (Li), "لي كوان يو" (Lee).
EAST_ASIAN_FAMILY_NAMES: Final = ("لي",)
# Quantifiers of a whole before a plural noun: "كل الحقائق تؤكد أن" counts the facts it opens.
WHOLE_QUANTIFIERS: Final = ("كل", "جميع", "معظم", "أغلب", "غالبية")
# The preposition "between" that a cue form shares: "بين X وبين Y" is no speech.
BETWEEN: Final = ("بين", "بينه", "بينها", "بينهم", "بينهما", "بيننا")
# Prefixes of the imperfect verb: a word they open inside a headline's colon prefix is its verb
# ("روسيا تدافع عن دعوتها وفد حماس:").
IMPERFECT_PREFIXES: Final = ("ت", "ي")

# "على لسان" / "نقلا عن": the person after it speaks for the subject before it.
ON_BEHALF: Final = ("على لسان",)
# "المتحدث باسم الوزارة"، "الناطق بلسان الحركة": the words that tie a spokesman to a principal.
SPOKESMAN_LINKS: Final = ("باسم", "بلسان")
RELAYED_FROM: Final = "نقلا عن"  # after a subject: "وأضافت الوكالة نقلا عن مصدر": the source speaks

# According-to phrases; the content is the rest (or the start) of the sentence.
ACCORDING_TO: Final = ("بحسب", "حسب", "حسبما", "نقلا عن", "على حد قول", "استنادا إلى",
                # "وفق بيان رسمي": وفق also takes its source without ل.
                "وفق",
                # "…، وفق ما قالت X": the relative ما and a verb of saying before the source.
                "وفق ما", "وفقا لما", "طبقا لما", "تبعا لما")
# "…، كما قال X" / "مثلما أكد X": the verb attributes the clause before it.
AS_SAID_OPENERS: Final = ("كما", "مثلما", "وكما", "ومثلما",
                   # "…، هذا ما قاله X": the clause before is what X said.
                   "هذا ما", "وهذا ما", "هذا هو ما", "ذلك ما", "وذلك ما")
# Circumstance phrases that end a verbal-noun content: "اتهم الأب الجامعة بتغيير رغبات ابنته
# ردا على البيان الذي …" (what follows is narration around the accusation).
NOUN_CONTENT_ENDERS: Final = ("ردا على", "تعليقا على", "وذلك", "عقب", "إثر", "بعد أن", "بعدما")
# Object pronouns on a postposed cue: "هذا ما قاله", "هذا ما أكدته".
AS_SAID_OBJECT_SUFFIXES: Final = ("ه", "ها")
# Verbal nouns of saying that, with a possessive pronoun and أن, report the owner's words:
# "رغم تأكيدها أنها لا تبيع …", "بعد إعلانه أن …".
SPEECH_MASDARS: Final = ("تأكيد", "إعلان", "قول", "تشديد", "نفي", "توضيح", "تصريح", "زعم", "ادعاء",
                  "تحذير", "اعتبار", "إشارة", "اعتراف")
SPEECH_MASDAR_PREPS: Final = ("إلى", "على", "من")
# "…، على حد قوله": the previous speaker's own words, tagged after them.
OWN_WORDS_TAGS: Final = ("على حد قوله", "على حد قولها", "على حد قولهم", "على حد تعبيره", "على حد تعبيرها",
                  "على حد تعبيرهم", "على حد وصفه", "على حد وصفها", "حسب تعبيره", "حسب تعبيرها",
                  "بحسب تعبيره", "بحسب تعبيرها", "حسب قوله", "حسب قولها", "بحسب قوله", "بحسب قولها",
                  "وفق تعبيره", "وفق تعبيرها")
# Their ل is glued to the source: "وفقا لإعلان المركز", "وفق لصحيفة «واشنطن بوست»".
ACCORDING_TO_LAM: Final = ("وفقا", "وفق", "طبقا", "تبعا")
# "وجاء في بيان الوزارة أن …": the document's author speaks.
STATEMENT_VERBS: Final = ("جاء", "وجاء", "ورد", "وورد")
STATEMENT_DOCS: Final = ("بيان", "بيانها", "بيانه", "تقرير", "تقريرها", "تقريره", "رسالة", "كلمة",
                  "تصريح", "تصريحات", "نص", "خطاب", "تغريدة",
                  # "وجاء في البيان أن …": the statement named before, by its author.
                  "البيان", "التقرير", "الرسالة", "الكلمة", "التصريح", "التصريحات", "الخطاب", "التغريدة")
# Document words inside an according-to phrase: "وفقا لإعلان المركز" → المركز.
ACCORDING_DOCS: Final = ("ما قاله", "ما ذكره", "ما ذكرته", "ما أكده", "ما أكدته", "ما أعلنه",
                  "ما أعلنته", "ما أفاد به", "ما أفادت به", "ما نقلته", "ما نقله", "ما أوردته",
                  "ما أورده", "إعلان", "بيان", "تقرير", "تصريحات", "تصريح")
# Verbs of reporting after an according-to's relative ما besides the cues: "وفقا لما أوردته
# الصحيفة"، "بحسب ما جاء في بيان الوزارة"، "حسبما أخبرني المدير".
ACCORDING_RELATIVE_VERBS: Final = ("أورد", "أوردت", "يورد", "تورد", "نشر", "نشرت", "تنشر", "ينشر", "روى", "روت",
                            "يروي", "تروي", "أخبر", "أخبرت", "جاء", "ورد", "بث", "بثت", "يفيد", "تفيد",
                            "أفادت", "صرحت", "أعلنت")
# Object pronouns glued to such a verb: "نقلته"، "قاله"، "أخبرني".
ACCORDING_VERB_OBJECT_SUFFIXES: Final = ("ه", "ها", "هم", "ني", "نا")
# Words between the verb and its subject: "حسب ما صرح به الناطق"، "ما كشف عنه"، "ما جاء في".
ACCORDING_VERB_LINKS: Final = ("به", "بها", "عنه", "عنها", "في", "لي", "لنا")
# Time words that may follow such a verb before its subject, or stand for a missing one:
# "وفق ما أعلنت الأسبوع الماضي، …" (the subject is a pronoun).
ACCORDING_TIME_WORDS: Final = ("الأسبوع", "الشهر", "العام", "السنة", "الأيام", "الساعات", "مؤخرا", "سابقا",
                        "الماضي", "الماضية", "الفائت", "الفائتة", "المقبل", "الجاري", "الحالي")
# Participles and verbs that link a document to its issuer: "تقرير صادر عن البنك"،
# "دراسة أجرتها جامعة"، "تقرير نشرته صحيفة".
DOCUMENT_ISSUER_LINKS: Final = ("صادر", "صادرة", "الصادر", "الصادرة")
# Time adverbs that may stand between such a participle and its preposition: "الصادر حديثا عن".
ISSUE_ADVERBS: Final = ("حديثا", "مؤخرا", "أمس", "اليوم")
# Documents that rule rather than report: "وطبقا للقرار الصادر عن مجلس الوزراء" names no source.
RULE_DOCUMENTS: Final = ("قرار", "تعميم", "مذكرة", "وثيقة")
# "وفق بيان رسمي": adjectives of an unsigned document that still make it a source.
OFFICIAL_ADJECTIVES: Final = ("رسمي", "رسمية", "صحفي", "صحفية", "مشترك", "مشتركة", "حكومي", "حكومية",
                       "صادر", "صادرة")
# According-to objects that are not speakers: "وفقا للأنظمة"، "طبقا لمعلومات استخباراتية".
ACCORDING_NON_SPEAKERS: Final = (
    "الأنظمة", "النظام", "نظام", "الأنظمة", "التعليمات", "القانون", "المادة", "الإحصاءات",
    "معلومات", "الخطة", "الجدول", "البرنامج", "الحاجة", "الظروف", "الأولوية", "آلية", "شروط",
    "الشروط", "ما يلي", "التوقيت", "توقيت", "الترتيب", "رغبة", "الإمكانيات", "الموسم",
    "الاحصاءات", "إحصاءات", "بيانات", "البيانات", "الأرقام", "أرقام", "المعايير", "معايير",
    "الضوابط", "ضوابط", "اللائحة", "لائحة", "نتائج", "النتائج", "التقديرات", "تقديرات",
)

# Verbal-noun objects right after a verb: "ويؤكد أهمية المضي" has no subject there.
NOUN_OBJECT_STARTERS: Final = ("أهمية", "ضرورة", "حرص", "استعداد", "رفض", "دعم", "تمسك", "التزام",
                        "عزم", "أن", "على", "إلى", "عن", "استمرار", "موقف", "ثقته", "رغبته",
                        "سعادته", "تأييد", "ترحيب", "وقوف", "مواصلة", "عدم", "النظر", "الانتباه",
                        "إليه", "إليها", "إليهم", "له", "لها", "لهم", "عليه", "عليها", "به",
                        "بها",
                        # "أكد نبأ تعيينه", "أعلن مسؤولية الحركة": the news itself is the object.
                        "نبأ", "خبر", "مسؤولية", "مقتل", "وفاة")

# Relative pronouns before a cue: "الرقم الذي يشير" is not a speech act of a subject.
RELATIVES: Final = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي")

# Relay: "نقلت رويترز عن مصدر مطلع قوله إن" — the first is the intermediary.
RELAY_VERBS: Final = ("نقل", "نقلت", "ونقل", "ونقلت", "ينقل", "تنقل")
RELAY_SPEECH_NOUNS: Final = ("قوله", "قولها", "قولهم", "قولهما", "القول", "تأكيده", "تأكيدها", "تأكيدهم")

# Titles and honorifics stripped from names and kept as the role.
HONORIFICS: Final = (
    "الدكتور", "د.", "د", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الشيخ",
    "الشيخة", "السيد", "السيدة", "الحاج", "سماحة", "فضيلة", "معالي", "سعادة", "سمو",
    "صاحب السمو الملكي", "صاحب السمو", "الأمير", "الأميرة", "الملك", "الفريق", "الفريق أول",
    "الركن", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "المشير",
    "القاضي", "المحامي", "المستشار", "البروفيسور", "الإمام", "المطران", "الأب", "النائب",
    "الزميل", "الزميلة", "الكاتب", "الكاتبة", "الشاعر", "الفنان", "الفنانة", "اللاعب", "المدرب",
    "الإعلامي", "الإعلامية", "الصحفي", "الصحفية", "العالمة", "العالم", "الخبير", "الخبيرة",
    "الباحث", "الباحثة", "آية الله", "حجة الإسلام",
    # transliterated ranks and titles: "الكولونيل ستيف وارنر"
    "الجنرال", "الكولونيل", "الكابتن", "الميجور", "الأدميرال", "السيناتور", "المارشال", "البروفسور",
)
# "ذات مرة"، "ذات يوم": once, after a subject ("يقول أرسطو ذات مرة:").
ONCE_ADVERB: Final = "ذات"
ONCE_ADVERB_NOUNS: Final = ("مرة", "يوم", "ليلة", "صباح", "مساء")
ROLE_HEADS: Final = (
    "شيخ",  # "شيخ الأزهر", "شيخ القبيلة" (before a name, "الشيخ" is an honorific)
    "الرئيس", "رئيس", "رئيسة", "الرئيسة", "نائب", "وزير", "وزيرة", "الوزير", "الوزيرة",
    "المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "مستشار",
    "مستشارة", "مدير", "مديرة", "المدير", "المديرة", "أمين", "الأمين", "عضو", "العضو",
    "سفير", "السفير", "سفيرة", "مساعد", "مساعدة", "محافظ", "المحافظ", "أمير", "قائد", "القائد",
    "رئيس الوزراء", "وكيل", "الوكيل", "مندوب", "المندوب", "ممثل", "الممثل", "منسق", "المنسق",
    "مفوض", "المفوض", "زعيم", "الزعيم", "نقيب", "عميد", "عميدة", "أستاذ", "أستاذة", "مسؤول",
    "القيادي", "القيادية", "النائب", "النائبة",
    "المسؤول", "مسؤولة", "المسؤولة", "خبير", "خبيرة", "محلل", "المحلل", "مؤسس", "رئيسا",
    "مشرف", "المشرف", "مشرفة", "المشرفة", "منسقة", "المنسقة", "مندوبة", "المندوبة", "مراسل", "مراسلة", "محرر", "محررة", "مذيع", "مذيعة", "المبعوث",
    "مبعوث", "حاكم", "الحاكم", "ولي", "قاضي", "مفتي", "المفتي", "مراقب", "أمين عام",
    "إمام", "خطيب",  # "إمام وخطيب المسجد الحرام" (folded, "إمام" is also the adverb "أمام")
    "الأمين العام", "المدير العام", "مدير عام", "الرئيس التنفيذي", "المدرب", "مدرب", "لاعب",
    "الملك", "الأمير", "ملك", "كبير", "كبيرة", "مدرسة", "معلم", "معلمة", "والد", "والدة",
    "زوج", "زوجة", "شقيق", "شقيقة", "عم", "ابن", "ابنة", "المحامي", "محامي", "المحامية",
    "محامية", "طبيب", "الطبيب", "استشاري", "الاستشاري", "استشارية", "أخصائي", "أخصائية",
    "العالمة", "الخبير", "الباحث", "باحث", "الكاتب", "كاتب", "ضابط", "الضابط",
    "اختصاصي", "الاختصاصي", "اختصاصية", "الاختصاصية", "الأخصائي", "الأخصائية", "ناشط", "الناشط", "ناشطة", "الناشطة", "مخرج", "المخرج", "نائبة", "المحللة", "مدون", "المدون",
    "رئيس تحرير", "مؤرخ", "المؤرخ", "مهندس", "المهندس", "أكاديمي", "الأكاديمي",
    "المدعي", "المدعية", "القاضي", "القاضية",  # "المدعي العام فلان"
    # Clergy, envoys and people of letters and the arts: "القنصل العام للمملكة فلان"، "الروائية
    # فلانة". (Not "المرشد"، "الطيار"، "المقرر": family names and adjectives too; nor "الجنرال"
    # or "السيناتور", whose holders' foreign names the back-reference scans miss.)
    "الحاخام", "حاخام", "البابا", "القس", "الداعية", "داعية", "الكاردينال", "الأسقف", "البطريرك",
    "القنصل", "قنصل", "مقرر", "الروائي", "روائي", "الروائية", "المفكر", "مفكر", "الفيلسوف",
    "المطرب", "مطرب", "المطربة", "المغني", "المغنية", "المحاضر",
    "المرشح", "مرشح", "المرشحة", "مرشحة",  # "المرشح الرئاسي فلان"
    # Players by position, in construct: "مدافع نادي الهلال البرازيلي فلان". (Not the definite
    # "اللاعب"، "المهاجم": the back-reference scans then read "اللاعب المصري يحصل" as a name.)
    "لاعبة", "مدافع", "مهاجم", "هداف",
)
# Who a person in a vox pop is, written after the name: "جعفر حسين (مستهلك)"، "سعد العلي مواطن".
PERSON_DESCRIPTORS: Final = ("مواطن", "مواطنة", "مقيم", "مقيمة", "مستهلك", "مستهلكة", "مسافر", "مسافرة",
                      "معتمر", "معتمرة", "حاج", "حاجة", "زائر", "زائرة", "سائق", "طالب", "طالبة",
                      "موظف", "موظفة", "متقاعد", "متقاعدة", "ربة", "تاجر", "بائع", "مزارع",
                      # where one is from: "سامي خليل المولود في القاهرة"، "… المتحدر من أصول كوبية"
                      "مولود", "مولودة", "متحدر", "متحدرة", "منحدر", "منحدرة")
# Nouns of kinship and personal service: the name right after one is another person's
# ("مساعدة هيلاري كلينتون" is the aide, "شقيق الضحية" the brother).
# ("ابن" is left out: "ابن رجب"، "ابن مساعد" are names.)
RELATION_HEADS: Final = ("زوج", "زوجة", "شقيق", "شقيقة", "أخ", "أخت", "نجل", "نجلة", "والد",
                  "والدة", "عم", "خال", "أرملة", "صديق", "صديقة", "مساعد", "مساعدة", "محامي", "محامية",
                  "سكرتير", "سكرتيرة", "حارس", "مستشار", "مستشارة", "أقارب", "ذوو", "ذوي")
# Titles that govern a preposition: in "أكد المشرف على الحلقات فلان أن" the "على" is the title's
# ("supervisor of"), not the verb's ("أكد على").
TITLES_WITH_PREPOSITION: Final = (("مشرف", "على"), ("المشرف", "على"), ("مشرفة", "على"), ("المشرفة", "على"),
                           ("المشرفون", "على"), ("المشرفين", "على"), ("القائم", "على"),
                           ("القائمة", "على"), ("القائمون", "على"), ("القائمين", "على"),
                           ("مسؤول", "عن"), ("المسؤول", "عن"), ("مسؤولة", "عن"), ("المسؤولة", "عن"),
                           ("المسؤولون", "عن"), ("المسؤولين", "عن"),
                           ("منشق", "عن"), ("المنشق", "عن"), ("المنشقة", "عن"), ("المنشقين", "عن"))
# Who a relative speaks of: the dead, the victim, the missing ("شقيق الشهيد سامر الحربي" is the
# brother, unnamed). Not "الطفلة": "والد الطفلة سامر الحربي" is the father, named.
BEREAVED_OF: Final = ("الشهيد", "الشهيدة", "الراحل", "الراحلة", "الفقيد", "الفقيدة", "المتوفى", "المتوفاة",
               "الضحية", "المفقود", "المفقودة", "الأسير", "الأسيرة", "المختطف", "المخطوف", "القتيل",
               "المغدور")
# Words that belong to a role after its head: "المتحدث باسم الرئاسة الروسية".
ROLE_LINKS: Final = ("باسم", "بلسان", "وزراء", "عام", "أول", "ثاني", "باسمه", "باسمها", "لشؤون", "بالنيابة", "بالإنابة", "العام", "العامة",
              "التنفيذي", "التنفيذية", "السابق", "السابقة", "الأسبق", "الحالي", "الأول",
              "الأعلى", "المساعد", "الرسمي", "الرسمية", "الإعلامي", "الإعلامية",
              "فرع")  # "مدير عام فرع وزارة العمل": the branch an office holder heads

# Heads of institution names: "الخارجية الروسية"، "وزارة الصحة"، "الكرملين".
ORGANIZATION_HEADS: Final = (
    "الكرملين", "البيت الأبيض", "الخارجية", "الداخلية", "الدفاع", "الرئاسة", "الحكومة",
    "حكومة", "وزارة", "الوزارة", "هيئة", "الهيئة", "مجلس", "المجلس", "الاتحاد", "اتحاد",
    "جمعية", "الجمعية", "شركة", "الشركة", "مركز", "المركز", "منظمة", "المنظمة", "وكالة",
    "الوكالة", "صحيفة", "الصحيفة", "موقع", "الموقع", "قناة", "القناة", "مؤسسة", "المؤسسة",
    "جامعة", "الجامعة", "إدارة", "الإدارة", "مديرية", "المديرية", "لجنة", "اللجنة", "الأمم",
    "البنك", "بنك", "صندوق", "الصندوق", "نادي", "النادي", "حزب", "الحزب", "حركة", "الحركة",
    "الجيش", "جيش", "الشرطة", "شرطة", "القوات", "قوات", "التحالف", "السفارة", "سفارة",
    "البرلمان", "الكونغرس", "المحكمة", "محكمة", "النيابة", "السلطة", "السلطات", "الشؤون",
    "الأمانة", "أمانة", "المرصد", "مرصد", "دار", "المقاومة", "بلدية", "البلدية", "المتحف",
    "متحف", "متحفا", "البيان", "بيان", "المكتب", "مكتب", "الجهاز", "جهاز", "برنامج",
    "البرنامج", "المنتخب", "فريق", "الادعاء", "الدولة", "دولة", "المصرف", "مصرف",
    "مجموعة", "المجموعة", "تحالف", "المستشفى", "مستشفى", "الأمن", "الاستخبارات",
    "الصليب", "رابطة", "الرابطة", "نقابة", "النقابة", "المفوضية", "مفوضية", "روسيا",
    "واشنطن", "موسكو", "طهران", "تل أبيب", "إسرائيل", "إيران", "الصين", "بكين", "شبكة", "الشبكة",
    "صحف", "الصحف", "وسائل", "جماعة", "الجماعة", "معهد", "المعهد", "غرفة", "الغرفة", "دائرة",
    "الدائرة", "بعثة", "البعثة", "أكاديمية", "الأكاديمية", "كلية", "الكلية",
    # Alliances and political blocs: "حلف شمال الأطلسي"، "ائتلاف دولة القانون"، "التيار الوطني الحر"
    "حلف", "الحلف", "ائتلاف", "الائتلاف", "جبهة", "الجبهة", "كتلة", "الكتلة", "تيار", "التيار",
    # Commands, authorities and magazines: "قيادة القوات المشتركة"، "إمارة منطقة الرياض"، "مجلة تايم"
    "قيادة", "القيادة", "رئاسة", "سلطات", "إمارة", "الإمارة", "مجلة", "المجلة",
    # Markets, festivals and fairs that run as bodies: "سوق دبي المالية"، "مهرجان الجنادرية"
    "سوق", "مهرجان", "معرض",
)
# Generic institution nouns that refer back to the last institution: "وقال المجلس إن".
# The reporter's interlocutor: the person the article interviews ("وأضاف محدثنا").
INTERLOCUTOR_WORDS: Final = ("محدثنا", "محدثتنا", "مصدرنا", "ضيفنا", "ضيفتنا", "محاورنا", "محاورتنا", "مخاطبنا")

# Of those, the nouns that may stand for a body of another kind named before (a company, a group).
GENERIC_ORGANIZATION_BACKREFS: Final = ("الشركة", "المؤسسة", "المجموعة", "الجهة", "الإدارة", "البنك", "المصرف")
ORGANIZATION_BACKREFS: Final = (
    "المجلس", "الشركة", "الوزارة", "الهيئة", "المركز", "الصحيفة", "الجمعية", "المنظمة",
    "الوكالة", "اللجنة", "المؤسسة", "الجامعة", "الإدارة", "النادي", "الاتحاد", "المتحف",
    "البيان", "الموقع", "القناة", "الحركة", "الحزب", "المرصد", "المستشفى", "المكتب", "المعهد",
    "البنك", "الصندوق", "السفارة", "المحكمة", "الهيئة", "المديرية", "الجماعة", "الرابطة",
    "النقابة", "الغرفة", "المنظمة", "الدائرة", "الجهاز", "البعثة", "الأكاديمية", "الكلية",
    "الحلف", "الائتلاف", "الجبهة", "الكتلة", "التيار",
)

# Events whose genitive is who acts, a subject for the narration: "خلال ترؤس الشيخ فلان الاجتماع".
AGENT_EVENT_NOUNS: Final = ("ترؤس", "افتتاح", "تدشين", "استقبال")
# When or where a role held, after it: "مدير المستشفى آنذاك"، "قائد الفريق هناك" (no name).
ROLE_DEICTICS: Final = ("هناك", "هنا", "هنالك", "آنذاك", "حينذاك", "وقتذاك", "حينها", "وقتها", "يومها",
                        "حاليا", "سابقا")
# "هذا المسؤول": a role named before, pointed at (the demonstrative is no name).
PLURAL_DEMONSTRATIVES: Final = ("هؤلاء", "أولئك")  # the plural speakers quoted last
DEMONSTRATIVES: Final = ("هذا", "هذه", "ذلك", "تلك", *PLURAL_DEMONSTRATIVES)
# "Himself", stressing a noun named before: "وقال النائب المعارض نفسه".
EMPHATIC_SELF: Final = ("نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "أنفسهم", "نفسهم")
# Broken plurals naming people, with the article: after a definite singular subject they are the
# verb's object, never its adjective ("ودعت الكلية الطلاب إلى …"، "وحث الأمير الشباب على …").
PEOPLE_BROKEN_PLURALS: Final = ("الطلاب", "الشباب", "الأطفال", "العمال", "الناس", "الزوار", "الحجاج",
                                "التجار", "الآباء", "الأولياء", "الأسر", "الشعوب", "الرجال", "النساء",
                                "الأفراد", "الأعضاء", "الحضور", "الطلبة", "الأئمة", "الخطباء", "الأطباء",
                                # and collectives addressed the same way: "ودعت القيادة المجتمع الدولي إلى"
                                "المجتمع", "الشعب")
# Nouns of an administrative area, which open a place's name, never a person's: "أمير منطقة مكة المكرمة".
AREA_NOUNS: Final = ("منطقة", "محافظة", "مدينة", "ولاية", "إقليم", "مقاطعة", "قرية", "بلدة", "مديرية")
# Words for unnamed people that stand alone as a subject: "ويرى البعض أن …".
UNNAMED_PEOPLE_WORDS: Final = ("البعض", "الجميع", "الكثير", "الكثيرون")
# Unnamed sources in the plural without a plural ending: "شكا أهالي الحي …، وأكدوا".
BROKEN_PLURAL_GROUPS: Final = ("أهالي", "الأهالي", "سكان", "شهود", "أوساط", "ذوو", "ذوي", "شيوخ", "وجهاء", "أعيان")
# Function words spelled with hamza above whose folded form is also a noun spelled with hamza
# below: "أمام" (before) and "إمام" (an imam). Written with إ the word is the noun.
HAMZA_ABOVE_FUNCTION_WORDS: Final = ("أمام",)
# Unnamed sources: "مصدر مطلع"، "مسؤول رفض الكشف عن اسمه".
ANONYMOUS_HEADS: Final = (
    "مصدر", "مصادر", "المصدر", "المصادر", "مسؤول", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولة",
    "مسئول", "شهود", "شاهد", "تقارير", "التقارير", "خبراء", "الخبراء", "مراقبون", "محللون",
    "مصدران", "أوساط", "دبلوماسي", "دبلوماسيون", "متحدث", "ناشطون", "ناشط", "سكان", "مواطنون",
    "أهالي", "الأهالي", "مقربون", "مسؤولي", "العديد", "عدد", "بعض", "أحد", "إحدى",
    "علماء", "أطباء", "باحثون", "نشطاء", "محامون", "اقتصاديون", "سياسيون", "قادة",
)
# Of those, nouns for one person whom a description and then a name may follow ("ناشط حقوق
# الإنسان الكردي رحمان جوانمردي"); an unnamed source's description names others.
DESCRIBED_PERSON_HEADS: Final = ("ناشط", "شاهد")
# Unnamed sources described by whom they are close to or work for: the person named inside the
# description is not the source ("مصدر مقرب من الرئيس فلان"، "مسؤول في مكتب الوزير فلان").
UNNAMED_SOURCE_HEADS: Final = ("مصدر", "مصادر", "مصدران", "مسؤول", "مسؤولون", "مسؤولين", "مسئول", "مسؤولة",
                               "أوساط", "مقربون", "دبلوماسي", "دبلوماسيون")
# The prepositions that attach whom or where such a source is to it.
SOURCE_ATTACHMENTS: Final = ("من", "في", "لدى", "داخل", "عن")
# After a comma, the journalist's comment on what was said: "أعلن … عن تغيير اسمه، الأمر الذي
# عده مراقبون …" ends the reported content.
COMMENT_OPENERS: Final = ("الأمر الذي", "وهو الأمر الذي")
# Anonymous heads that only count things: "لكن عدد الأخبار … تكشف" has no speaker.
ONE_OF_HEADS: Final = ("أحد", "إحدى")  # one person of a group: "أحد سكان الحي"
QUANTIFIER_HEADS: Final = ("عدد", "بعض", *ONE_OF_HEADS, "العديد", "بضعة", "بضع")
ANONYMOUS_QUALIFIERS: Final = ("رفض الكشف عن اسمه", "طلب عدم الكشف عن اسمه", "فضل عدم ذكر اسمه",
                        "مطلع", "مطلعة", "رفيع", "بارز", "أمني", "طبي", "طبية", "مقرب")

# Paragraph-initial labels whose colon is not an attribution.
COLON_LABELS: Final = (
    "المصدر", "مصدر", "رابط", "الرابط", "تاريخ", "كلمات", "الكلمات", "المرحلة", "أجرى",
    "النص", "اقرأ", "إقرأ", "شاهد", "ملاحظة", "تنويه", "الصورة", "صورة", "سمات", "وسوم",
    "الوسوم", "المحور", "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "هم", "وهم", "وهي", "هي",
    "التالي", "كالتالي", "يلي", "الآتي", "كالآتي", "منها", "ومنها", "السؤال", "سؤال", "س",
    "ج", "الجواب", "عنوان", "العنوان", "الموضوع", "المكان", "الزمان", "الموعد", "الهاتف",
    "البريد", "فاكس", "ص.ب", "الساعة", "التوقيت", "النتيجة", "الفائز", "الفائزون", "حوار",
    "تصوير", "إعداد", "ترجمة", "متابعة", "تقرير", "تحرير", "كتب", "بقلم", "المراسل", "نشر",
    "آخر تحديث", "الخلاصة", "للتواصل", "المحتوى", "البند", "الفقرة", "المادة", "الشروط",
    "الرياض", "جدة", "مكة", "الدمام", "المدينة", "دبي", "القاهرة",
    # Headline kickers: "رسمياً: …", "عاجل: …", "بالفيديو: …".
    "رسميا", "عاجل", "حصريا", "بالفيديو", "بالصور", "فيديو", "صور", "إنفوجرافيك", "خاص",
    "مباشر", "تحليل", "رأي", "تقرير", "ملف", "تنبيه", "تحذير", "إعلان", "تهنئة", "نعي",
    "أخيرا", "ختاما", "بالأرقام", "إليكم", "ملحوظة", "المجموعة",
)
# The world's countries from ISO 3166's Arabic names (``scripts/build_countries.py`` → data/countries.json).
COUNTRIES: Final[tuple[str, ...]] = tuple(json.loads(
    resources.files("attribution.arabic").joinpath("data/countries.json").read_text(encoding="utf-8"))["names"])
# Places that label a headline ("تونس: اعتقال …") rather than speak.
PLACES: Final = (
    "السعودية", "المملكة", "مصر", "الأردن", "لبنان", "سوريا", "العراق", "اليمن", "ليبيا", "تونس",
    "الجزائر", "المغرب", "السودان", "فلسطين", "غزة", "القدس", "الكويت", "قطر", "البحرين",
    "الإمارات", "عمان", "تركيا", "إيران", "أمريكا", "أميركا", "الولايات المتحدة", "بريطانيا",
    "فرنسا", "ألمانيا", "إيطاليا", "إسبانيا", "الصين", "اليابان", "الهند", "باكستان",
    "أفغانستان", "نيجيريا", "الصومال", "أوكرانيا", "لندن", "باريس", "واشنطن", "موسكو",
    "بغداد", "دمشق", "بيروت", "عدن", "صنعاء", "تعز", "الأحساء", "القصيم", "تبوك", "نجران",
    "جازان", "أبها", "عسير", "الطائف", "حائل", "الجوف", "الباحة", "ينبع", "الخبر", "القطيف",
    "الشرقية", "الخرطوم", "طرابلس", "بنغازي", "إسطنبول", "أنقرة", "طهران", "كابل", "برلين",
    "روما", "مدريد", "نيويورك", "أوروبا", "آسيا", "أفريقيا", "الخليج", "الرياض", "جدة", "القاهرة",
    *COUNTRIES,
)
# Countries and capitals that speak for their governments ("حثت تل أبيب روسيا على …"); unlike
# PLACES they may head a headline's colon ("روسيا: …" is Moscow speaking).
GOVERNMENT_METONYMS: Final = ("تل أبيب", "إسرائيل", "روسيا", "بكين", "كييف", "أثينا", "بروكسل", "أبوظبي",
                       "الدوحة", "عمّان", "الرباط", "مسقط", "المنامة", "طوكيو", "سيول", "نيودلهي")
# Words that cannot be inside a "NAME:" prefix: "أستطيع أن أقول:" is not a name.
COLON_PREFIX_BREAKERS: Final = ("أن", "إن", "الذي", "التي", "لا", "لم", "قد", "لن", "إذا", "كما", "هل", "ما",
                         # the writer's own voice: "نقول:", "أقول:"
                         "أقول", "نقول", "أكرر", "نكرر", "أعود", "نعود")

# Interview bylines: "أجرى المقابلة: …", "حاوره: …".
INTERVIEW_MARKERS: Final = ("أجرى المقابلة", "أجرى الحوار", "حاوره", "حاورته", "إلى نص الحوار",
                     "نص الحوار", "نص المقابلة", "وإلى الحوار", "إلى الحوار",
                     "الحوار التالي", "الحوار الآتي", "هذا الحوار", "أجرينا الحوار", "المقابلة التالية")

# Pointers back to a quotation that opens a paragraph: '"…"، بهذه الكلمات يلخص X حاله'.
LEDE_POINTERS: Final = ("بهذه الكلمات", "بهذه العبارة", "بهذه العبارات", "بهذه الجملة", "بهذه الجمل", "هكذا",
                 "بهذا", "بتلك الكلمات")
# "أمس الأول" (the day before yesterday): its second word is a time word too.
DAY_BEFORE_YESTERDAY_SECOND: Final = "الأول"
# Labels of a labelled interview: "س: كيف …؟" then "ج: …".
QUESTION_LABELS: Final = ("س", "سؤال", "السؤال")
ANSWER_LABELS: Final = ("ج", "جواب", "الجواب")

# Question words that open an interviewer's question paragraph.
QUESTION_WORDS: Final = ("كيف", "ما", "ماذا", "لماذا", "هل", "متى", "أين", "من", "إلى أي مدى", "بماذا",
                  "كم", "وما", "وكيف", "وهل", "ألا", "أليس", "برأيك", "بداية", "أخيرا", "وأخيرا")

# Quotation mark pairs: opening → closing. Reversed guillemets occur in scraped text.
QUOTE_PAIRS: Final[dict[str, str]] = {
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}": "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{DOUBLE LOW-9 QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{QUOTATION MARK}": "\N{QUOTATION MARK}",
    "\N{DOUBLE PRIME}": "\N{DOUBLE PRIME}",
}

# Common given names: where a name starts after a role ("رئيس الاتحاد السعودي لكرة القدم أحمد عيد").
LISTED_GIVEN_NAMES: Final = (
    "محمد", "أحمد", "محمود", "مصطفى", "علي", "عمر", "عثمان", "خالد", "سعد", "سعود", "سعيد",
    "سلمان", "سليمان", "عبدالله", "عبد", "عبدالرحمن", "عبدالعزيز", "عبدالحفيظ", "عبدالكريم",
    "عبدالمجيد", "عبدالإله", "عبدالمحسن", "عبدالرحيم", "عبدالفتاح", "عبدالقادر", "عبداللطيف",
    "فهد", "فيصل", "ناصر", "نايف", "تركي", "بندر", "سلطان", "مشعل", "ماجد", "طلال", "طارق",
    "زايد", "حسن", "حسين", "إبراهيم", "إسماعيل", "يوسف", "يحيى", "زكريا", "موسى", "عيسى",
    "صالح", "صلاح", "جمال", "كمال", "عادل", "هشام", "وليد", "ياسر", "ياسين", "رامي", "سامي",
    "سامح", "هاني", "مازن", "باسم", "حمد", "حامد", "حمود", "راشد", "منصور", "مشاري", "نواف",
    "عبدالرزاق", "توفيق", "جمعة", "عبدربه", "عيد", "مزار", "عامر", "زياد", "غازي", "مروان", "نبيل", "أيمن", "أسامة",
    "عمرو", "شريف", "جاسم", "جابر", "بدر", "ثامر", "متعب", "منيف", "عبدالسلام",
    "كامل", "رياض", "عاصم", "حازم", "وائل", "فادي", "نادر", "سمير", "خليل", "رائد", "أنس", "بلال",
    "إياد", "عماد", "فراس", "غسان", "شادي", "حمزة", "معاذ", "نزار", "عصام", "أشرف", "مجدي",
    "حاتم", "باسل", "قاسم", "سهيل", "رانيا", "لينا", "هالة", "سلمى", "ياسمين", "زينب",
    "فاطمة", "عائشة", "مريم", "نورة", "سارة", "هند", "ليلى", "منى", "هدى", "ريم", "لمى",
    "أمل", "سمر", "رشا", "دينا", "إيمان", "نادية", "ماريا", "ماريّا", "فلاديمير", "دميتري",
    "سيرغي", "سيرجي", "ميخائيل", "ألكسندر", "أليكسي", "دونالد", "جو", "باراك", "هيلاري",
    "جون", "جورج", "فيليب", "بيار", "بيير", "جان", "إيمانويل", "أنطونيو", "بنيامين", "رجب",
    "حسني", "أنور", "نجيب", "ميشال", "ميشيل", "جبران", "وارن", "كارول", "إيثان", "مايكل",
    "ديفيد", "جيمس", "بوريس", "أنجيلا", "فرانسوا", "نيكولا", "ماريو", "كارلو", "لويس",
    # Men's names common across the region's press that the corpus mines too rarely to list;
    # not those that are also common words ("كريم"، "عزيز"، "مالك"، "هادي"، "فارس"، "ماهر").
    "هيثم", "سامر", "منير", "مهند", "معتز", "إيهاب", "عاطف", "عزت", "فتحي", "فؤاد", "لؤي", "محسن",
    "ممدوح", "وجدي", "يسري", "يونس", "صبري", "طه", "عزالدين", "علاء", "فوزي", "قيس", "يزن",
    "أمجد", "أنيس", "داود", "عدنان", "كنان", "نديم", "نعمان", "بشير", "حميد", "مراد",
    # Women's names, which a corpus quoting few women hardly mines; not those that are also
    # common words ("وفاء"، "أماني"، "دعاء"، "بسمة"، "فريدة") or names of outlets ("تسنيم").
    "سامية", "سميرة", "أميرة", "غادة", "عبير", "سناء", "ديما", "سهير", "نسرين", "منال", "سوزان",
    "ماجدة", "خديجة", "هيفاء", "فوزية", "لبنى", "بلقيس", "ميرنا", "موضي", "نجلاء", "سعاد", "مها",
    "رزان", "روان", "هنادي", "شيماء", "وداد", "رنا", "ريما", "ميساء", "ميسون", "سوسن",
    "ناهد", "نادين", "رولا", "رهف", "نهلة", "عبلة", "سحر", "منيرة", "جواهر", "نوف", "العنود",
    # Maghrebi and Sudanese given names written with the article ("المنجي الرحوي، عضو …"); not
    # those that are also common words or epithets ("الصديق"، "الطيب"، "الهادي"، "الإمام الصادق").
    "الطاهر", "المنصف", "الباجي", "المنجي", "البشير", "المهدي",
)
# Given names of a dictionary that the corpus confirms open names ("بسام"، "زهير"، "قابوس"):
# built by ``scripts/build_given_names.py`` from pyarabic's proper nouns and the word table.
DICTIONARY_GIVEN_NAMES: Final[tuple[str, ...]] = tuple(json.loads(
    resources.files("attribution.arabic").joinpath("data/given_names.json").read_text(encoding="utf-8"))["names"])
# Western given names as the Arabic press writes them, which a Saudi corpus mines too rarely
# (not "بول"، "سكوت"، "فرانك": also words or currencies). They open names in extraction; speaker
# identity still folds them as transliterations ("ويليام" / "وليام" are one name).
TRANSLITERATED_GIVEN_NAMES: Final = (
    "أنتوني", "توني", "روبرت", "ريتشارد", "ويليام", "وليام", "توماس", "تشارلز", "كريستوفر", "دانيال",
    "ماثيو", "مارك", "ستيفن", "ستيفان", "أندرو", "جوزيف", "كيفن", "براين", "إدوارد", "رونالد",
    "جيفري", "إريك", "بيتر", "ستيفاني", "ماري", "جنيفر", "إليزابيث", "ليندا", "باربرا", "جيسيكا",
    "كارين", "نانسي", "ليزا", "كامالا", "أولاف", "ريشي", "تيريزا", "نيكولاس", "خافيير",
    "كارلوس", "خوسيه", "جوزيه", "فرانشيسكو", "جوزيبي", "هانز", "كلاوس", "يورغن", "ناريندرا",
    "أنالينا", "مايك", "جيك", "ليندسي", "بيرني", "إيلون", "جاستن", "سيباستيان", "ماتيو", "مارين",
)
GIVEN_NAMES: Final = LISTED_GIVEN_NAMES + TRANSLITERATED_GIVEN_NAMES + DICTIONARY_GIVEN_NAMES
# The names speaker identity keeps as written (a transliterated one folds with its spellings).
NATIVE_GIVEN_NAMES: Final = LISTED_GIVEN_NAMES + DICTIONARY_GIVEN_NAMES
# Titles written before a name without the article or abbreviated ("م." for المهندس, "أ.د" for
# الأستاذ الدكتور), and styled titles that read like names ("خادم الحرمين الشريفين" is the
# king's): cut from a mention's clean name, never part of it (``names.clean_full_name``).
NAME_TITLES: Final = ("م", "م.", "أ", "أ.", "أ.د", "أ.د.", "د.م", "دكتور", "دكتورة", "مهندس", "ركن", "الركن")
# Thanks, greetings and pledges a subject gives someone: after the subject, the object of
# "رفع"، "قدم"، "وجه" ("رفع اللواء سامر الحربي الشكر لسمو الأمير"); whom they go to is no speaker.
TRIBUTE_NOUNS: Final = ("الشكر", "التهنئة", "التهاني", "التعازي", "العزاء", "التقدير", "الامتنان", "العرفان",
                 "البيعة", "التحية", "التحيات", "الولاء", "الدعوة")
# Words that open a tribute in construct besides elatives ("أسمى آيات التهاني"، "أحر التعازي").
TRIBUTE_OPENERS: Final = ("جزيل", "خالص", "بالغ", "وافر", "آيات")
# Styled titles one person holds at a time (an office, not a style): "خادم الحرمين الشريفين".
OFFICE_TITLES: Final = ("خادم الحرمين الشريفين",)
STYLED_TITLES: Final = ("خادم الحرمين الشريفين", "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي", "صاحب الفضيلة")
# Administrative place nouns: never a word of a personal name ("جوازات منطقة جازان").
PLACE_NOUNS: Final = ("منطقة", "محافظة", "مدينة", "قرية", "بلدة", "ولاية", "إقليم", "مقاطعة", "ناحية")
# Name particles that keep a name going: "توفيق بن أحمد خوجة", "محمود عباس أبو مازن".
NAME_LINKS: Final = ("بن", "بنت", "ابن", "أبو", "أبي", "آل", "عبد", "ولد", "أم", "ال")
FAMILY_LINK: Final = "آل"  # "آل سعود": the family, one unit with its name
# Particles of transliterated European names, as written without hamza: "لويس فان جال"
# ("فإن" folds like "فان": only the written form inside a name is the particle).
FOREIGN_NAME_PARTICLES: Final = ("فان", "فون", "لو", "دي", "دا", "دو")  # "جان إيف لو دريان"، "بيل دي بلاسيو"
# The links of a patronymic chain: "بتال بن مطلق"، "منى بنت راشد".
PATRONYMIC_LINKS: Final = ("بن", "بنت", "ابن")
# Definite words that complete a compound name instead of ending it: "عبد الله الثني".
NAME_COMPOUND_SECONDS: Final = ("الله", "الدين", "الرحمن", "العزيز", "الرحيم", "الكريم", "المحسن",
                         "اللطيف", "الحميد", "الإله", "العظيم", "الملك", "القادر", "الحق",
                         "المجيد", "السلام", "الرزاق", "الفتاح", "الحفيظ", "المجيد", "الهادي",
                         "ربه")  # ("عبد ربه منصور هادي")
# Family-name endings written as a word of their own, one family name with the word before
# ("son of" in Turkish, "born of" in Persian): "جاويش أوغلو"، "حسن زاده".
FAMILY_NAME_SUFFIXES: Final = ("أوغلو", "أغلو", "زاده")
# Adverbials that follow an institution's name: "وزارة الخدمة المدنية بالتعاون مع".
NAME_STOPPERS: Final = ("بالتعاون", "بالتنسيق", "بالشراكة", "بالإضافة", "بدوره", "بدورها")

# Nisba adjectives of countries that follow a title: "الرئيس الروسي".
# (Any definite word after a role head counts; this list only helps role back-references.)

# Gender of verb forms: the suffix tells it.
FEMININE_SUFFIX: Final = "\N{ARABIC LETTER TEH}"

# Titles that are also given names: after an honorific and before a family name they name
# ("الدكتور مساعد الأحمد"، "المهندس أمين الحربي"), elsewhere they are titles ("أمين المجلس").
TITLE_GIVEN_NAMES: Final = ("أمين", "مساعد")
# Prepositions written as words of their own: after a title, "في لوس أنجلوس" is where, no name.
FREE_PREPOSITIONS: Final = ("في", "من", "إلى", "على", "عن", "لدى")
# After a scripture subject, what the verse is about: "قال الله تعالى عن هذه الفطرة".
CITATION_TOPIC_PREPOSITIONS: Final = ("عن", "في", "إلى")
# Cardinal numbers as words: after an institution's name they open the verb's object
# ("اعتمدت وزارة الحج ثلاث شرائح").
CARDINAL_NUMBERS: Final = (
    "اثنين", "اثنتين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
    "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرات", "مئات", "آلاف", "ملايين",
)
# Claim evidence: quantities, comparisons and time words make a statement check-worthy.
CLAIM_QUANTITY_WORDS: Final = (
    "مليون", "مليار", "ألف", "آلاف", "ملايين", "مليارات", "طن", "أطنان", "بالمئة", "بالمائة",
    "في المائة", "في المئة", "نسبة", "ضعف", "أضعاف", "مرات", "مرة", "دولار", "ريال", "يورو",
    "جنيه", "كيلومتر", "كلم", "متر", "شخصا", "قتيلا", "جريحا", "حالة", "حالات", "عملية",
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "عشرة", "عشرات", "مئات", "نصف", "ربع",
    "ثلث", "تضاعف", "%",
)
CLAIM_COMPARISON_WORDS: Final = (
    "أكثر", "أقل", "أكبر", "أصغر", "أعلى", "أدنى", "ارتفع", "ارتفاع", "انخفض", "انخفاض",
    "تراجع", "زيادة", "زاد", "نحو", "حوالي", "قرابة", "الأول", "الأولى", "الأكبر", "الأعلى",
    "أول", "فقط", "جميع", "كل",
)
CLAIM_TIME_WORDS: Final = (
    "عام", "العام", "سنة", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
    "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "منذ", "خلال", "الماضي", "الماضية",
)

# --- Function words the rules look for -------------------------------------------------

ARTICLE: Final = "ال"  # the definite article
DEFINITE_PREFIXES: Final = ("ال", "وال", "بال", "لل", "فال", "كال")  # article with a clitic
LAM: Final = "ل"  # the preposition glued to the next word: "لـ«الرياض»"
ARTICLE_AFTER_LAM: Final = "لل"  # ل + ال: "للسلطة" is "ل" + "السلطة"
# Words that open a new clause before a bare verb: "ثم أكد", "كما طالب".
CLAUSE_OPENERS: Final = ("ثم", "كما", "لكنه", "لكنها", "بينما", "فيما", "حيث", "قد", "وقد", "كذلك")
# Relative and descriptive clause openers: they end a subject ("كلينتون التي يرجح فوزها").
RELATIVE_OPENERS: Final = ("الذي", "التي", "الذين", "وهو", "وهي", "وهم")
# Subordinators before أن that make it temporal or modal, not speech: "بعد أن".
NON_SPEECH_BEFORE_THAT: Final = ("بعد", "قبل", "دون", "يمكن", "يجب",
                          # "خاصة وأن …" gives a reason, not the content of speech.
                          "خاصة")
# Prepositions that end a guessed subject before a verbal-noun object.
SUBJECT_END_PREPOSITIONS: Final = ("عن", "على", "إلى", "من", "مع")
# Words after an according-to source that start the content: "وفقا للمركز فإن …".
ACCORDING_CONTENT_OPENERS: Final = ("فإن", "فإنه", "فإنها", "أن", "أنه", "فقد", "تم")
# Words that end a name or an institution's name.
NAME_STOP_WORDS: Final = ("بقوله", "بقولها", "عن", "في", "على", "من", "إلى", "مع", "خلال", "الذي", "التي", "أن", "إن", "بعد",
                   "قبل", "منذ", "حول", "عبر", "لدى", "أمس", "اليوم",
                   # particles and demonstratives that open the rest of the clause: "حسن نصر الله
                   # عند …"، "الأمير X تلك الإجراءات"، "سامي خليل لو كان" (not "كان", which opens
                   # subjects: "من جانبها، كانت X")
                   "لو", "ما", "أو", "عند", "هذا", "هذه", "ذلك", "تلك", "قد", "لم", "لن")
# Documents whose signatory speaks: "البيان الموقع باسم راجيش ميهتا".
DOCUMENT_NOUNS: Final = ("البيان", "بيان", "الرسالة", "رسالة", "الخطاب", "خطاب", "التقرير", "تقرير")
SIGNED_PARTICIPLES: Final = ("الموقع", "الموقعة", "المذيل", "المذيلة", "الصادر", "الصادرة", "صادر", "صادرة")
SIGNED_LINKS: Final = ("باسم", "بتوقيع", "عن", "من")
# Kunya particles: "أبو مازن", "أم كلثوم".
KUNYA_PARTICLES: Final = ("أبو", "أم")
# The prefix of theophoric given names: "عبدالله", "عبدالرحمن".
THEOPHORIC_PREFIX: Final = "عبد"
# Words after which a role-name scan stops: "الرئيس اليمني في …".
ROLE_SCAN_STOPS: Final = ("في", "خلال", "أن", "إن", "بأن")  # (the content opens: "… راحيل شريف بأن …")
CONJUNCTION_PREFIXES: Final = ("و", "ف")  # glued to a cue: "وقال", "فأكد"
STATEMENT_PREPOSITION: Final = "في"  # "وجاء في بيان …"
# The preposition "on" and the name "Ali" fold alike; a text that spells the preposition with
# alef maksura writes the name "علي" with yeh ("وقال علي الأحمدي إن").
ALA_PREPOSITION: Final = "على"
ALI_NAME: Final = "علي"
KANA_OPENERS: Final = ("كان", "كانت", "وكان", "وكانت")  # "وكانت الجماهير استقبلت …، مؤكدة"
RELAY_PREPOSITION: Final = "عن"  # "نقلت رويترز عن مصدر"
NOUN_COMPLEMENT_PREPOSITION: Final = "عن"  # "أعلن … عن موعد الملتقى"
RELATIVE_MA: Final = "ما"  # "بحسب ما ذكرته الصحيفة"
RELAY_LEMMA: Final = "نقل"
PRONOUN_SUFFIXES: Final = ("ه", "ها", "هم", "هما")
FEMININE_PLURAL_OBJECT_SUFFIXES: Final = ("ها", "هم")  # on a verbal noun after an institution's name
NISBA_ENDING: Final = "ي"  # "أمني", "روسي": an adjective, not a name
# Hamza alef + lam starts a name, not the article: "أليكس", "ألبرت", "إليزابيث".
HAMZA_LAM_STARTS: Final = ("أل", "إل")
# ... unless the word is a particle or verb: "إلى", "إلا", "ألقى".
HAMZA_LAM_NON_NAMES: Final = ("إلى", "إلا", "ألا", "إلي", "إليه", "إليها", "إليهم", "ألقى", "ألقت", "ألغى", "ألغت",
                       "ألزم", "ألزمت", "ألمح", "ألمحت", "ألف", "ألفا", "ألفي", "إلكتروني", "إلكترونية")
# Nationality and profession adjectives that may stand before a name: "الكاميروني أمينو بوبا".
# Family names look alike ("المالكي", "التركي", "المصري"), so only these listed words qualify.
NAME_DESCRIPTOR_NISBAS: Final = (
    "الكاميروني", "البرازيلي", "البرتغالي", "الفرنسي", "السويسري", "الكرواتي", "الروماني", "الباراغوياني",
    "الباراجوياني", "اليوناني", "الأسباني", "الإسباني", "اللبناني", "السويدي", "الألماني", "الإيطالي",
    "الهولندي", "البلجيكي", "الأرجنتيني", "الأوروغوياني", "التشيلي", "الكولومبي", "المكسيكي", "الأمريكي",
    "الأميركي", "البريطاني", "الإنجليزي", "الأوكراني", "الصربي", "النيجيري", "السنغالي", "الإيفواري",
    "النمساوي", "الدنماركي", "النرويجي", "الفنلندي", "البولندي", "التشيكي", "المجري", "الأسترالي", "الكندي",
    "الصحافي", "الصحفي", "البرلماني", "الاقتصادي", "القيادي", "الروائي", "الإعلامي",
)
# Endings that mark a word as no name: accusative adverb "رداً", "هاتفيا"; pronoun "اعتزامه".
NON_NAME_ENDINGS: Final = ("اً", "ًا", "يا", "ه", "ها", "هم")
# An age clause ends a subject: '"ديبي" البالغة من العمر 43 عاما'.
AGE_MODIFIERS: Final = ("البالغ", "البالغة", "والبالغ", "والبالغة")
# Units of an age written after a name: "جون ميلر 41 عاما".
AGE_UNITS: Final = ("عاما", "عام", "سنة", "سنوات", "أعوام")
# Documents that cannot speak without their issuer: "دراسة صادرة" and "البيان" alone are no
# speaker; "بيان الخارجية" and "دراسة صادرة عن جامعة" name who stands behind them.
DOCUMENT_SPEAKER_HEADS: Final = ("بيان", "دراسة", "تقرير", "رسالة", "خطاب", "وثيقة", "مذكرة", "إحصائية",
                          "إحصاءات", "استطلاع", "مسح", "بحث", "نشرة", "تعميم", "قرار", "تغريدة", "منشور",
                          "تصريح", "تصريحات", "إعلان", "كلمة", "مقال", "افتتاحية")
# Prepositions that introduce a document's issuer: "صادرة عن"، "أعدها فريق من".
ISSUER_PREPOSITIONS: Final = ("عن", "من", "لدى")
# Units after a number that make a speaker string an age or a count: "54 عاما".
COUNT_UNITS: Final = ("عاما", "عام", "عامًا", "سنة", "سنوات", "أعوام", "شهرا", "أشهر", "يوما", "أيام",
               "ساعة", "ساعات", "دقيقة", "دقائق", "مليون", "مليار", "ألف", "بالمئة", "بالمائة", "%")
WEEKDAYS: Final = ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
# Latin letters spelled out: a run of them is an acronym ("بي بي سي"، "إف بي آي"), even
# where one of them is also a pronoun or a particle ("بي"، "في").
LATIN_LETTER_NAMES: Final = ("إيه", "ايه", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "إتش", "اتش", "آي", "اي",
                      "جيه", "كيه", "كي", "إل", "ال", "إم", "ام", "إن", "ان", "أو", "كيو", "آر", "ار",
                      "إس", "اس", "تي", "يو", "في", "فى", "إكس", "اكس", "واي", "زد", "زي")
# Outlets spelled out in letter names with "إن" among them, which is no complementizer there.
SPELLED_OUTLETS: Final = ("سي إن إن", "سي إن بي سي", "إم إس إن بي سي", "إن بي سي", "بي إن سبورتس", "بي إن سبورت")
# An unnamed source keeps its affiliation: "مسؤول في وزارة الدفاع"، "موظفون بقطاع الصحة".
DESCRIPTION_LINKS: Final = ("في", "من", "ب")
# Nouns after "في" that tell when or how something was said, not where the source works:
# "مسؤول في تصريح صحفي"، "مصدر في وقت سابق".
DESCRIPTION_BREAKERS: Final = ("وقت", "حين", "ساعة", "حديث", "اتصال", "لقاء", "مقابلة", "ختام", "سياق",
                        "إطار", "رد", "أثناء", "نهاية", "بداية", "مطلع", "منتصف", "أعقاب", "ظل",
                        "ضوء", "شأن", "ندوة", "اجتماع", "جلسة", "تعليق", "تصريحات", "معرض",
                        "مداخلة", "تغريدة", "رسالة", "منشور", "صفحته", "حسابه", "يوم", "عام",
                        "أمس", "صباح", "مساء", "ليلة", "الوقت")
# Words dropped from the head of according-to content: "بحسب المصدر، فإن الوفد …".
ACCORDING_LEAD_WORDS: Final = ("فإن", "فإنه", "فإنها", "فإنهم", "أن")
# Statement nouns whose author speaks in a following relative clause:
# "موقف الخارجية الروسية …، الذي وصف الاحتلال بغير المشروع".
STATEMENT_NOUNS: Final = ("موقف", "بيان", "تصريح", "تصريحات", "تقرير", "إعلان", "رسالة", "كلمة", "خطاب")
# "أدلى الوزير بتصريح قال فيه:" / "نشر ماكرون تغريدة قال فيها إن": the pronoun after the verb
# points back to a speech event whose author is the subject of the clause.
RESUMPTIVE_PRONOUNS: Final = ("فيه", "فيها", "خلاله", "خلالها", "من خلاله", "من خلالها")
SPEECH_EVENT_NOUNS: Final = STATEMENT_NOUNS + ("تصريحا", "بيانا", "تغريدة", "منشور", "منشورا", "تدوينة",
                                        "مقابلة", "حديث", "حديثا", "حوار", "مداخلة", "مؤتمر", "مؤتمرا")
