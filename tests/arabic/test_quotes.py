"""Reported-speech frames: cues, content boundaries, kinds and what is not a quote."""

from __future__ import annotations

import pytest

from attribution.arabic.article import ParsedArticle
from attribution.arabic.finders import extract_frames
from attribution.arabic.pipeline import ExtractedQuote, extract_article
from attribution.arabic.quotes import fold, trie_pattern


def article(body: str) -> ParsedArticle:
    """Return an article whose paragraphs are the lines of ``body`` (no parser involved)."""
    spans, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ParsedArticle(raw=body, body=body, paragraphs=tuple(spans))


def quotes_of(body: str) -> tuple[ExtractedQuote, ...]:
    return extract_article(article(body)).quotes


@pytest.mark.parametrize(
    ("body", "cue", "kind", "content", "speaker"),
    [
        ("قال محمود الهباش، مستشار الرئيس الفلسطيني، إن وقف الحرب على غزة أولوية فلسطينية.",
         "قال", "indirect", "وقف الحرب على غزة أولوية فلسطينية", "محمود الهباش"),
        ("وقال اشتية: “وجهت روسيا الدعوة لكافة الفصائل الفلسطينية للاجتماع في موسكو”.",
         "قال", "direct", "وجهت روسيا الدعوة لكافة الفصائل الفلسطينية للاجتماع في موسكو", "اشتية"),
        ("وكانت الخارجية الروسية أعلنت، أن ممثلين لإيران وحماس موجودون في موسكو لإجراء مباحثات.",
         "أعلنت", "indirect", "ممثلين لإيران وحماس موجودون في موسكو لإجراء مباحثات", "الخارجية الروسية"),
        ("وكان المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، قد كشف أن المحادثات ستركز على العلاقات الثنائية.",
         "كشف", "indirect", "المحادثات ستركز على العلاقات الثنائية", "دميتري بيسكوف"),
        ("وأكد باسكاري أن المحققين «لم يتوصلوا بعد إلى أي نتيجة نهائية» في القضية.",
         "أكد", "mixed", "المحققين «لم يتوصلوا بعد إلى أي نتيجة نهائية» في القضية", "باسكاري"),
        ("أكد الدكتور سليمان السماحي لـ\"الرياض\"، مباشرة لجنة الرصد والمتابعة في الجمعية دراسة ظاهرة الأسعار.",
         "أكد", "indirect", "مباشرة لجنة الرصد والمتابعة في الجمعية دراسة ظاهرة الأسعار", "سليمان السماحي"),
        ("كما طالب عيد من الجماهير بضرورة الالتزام بالتعليمات وعدم التدخين في الملعب.",
         "طالب", "indirect", "من الجماهير بضرورة الالتزام بالتعليمات وعدم التدخين في الملعب", "عيد"),
        ("قال لـ \"الاقتصادية\" مصدر مطلع في المستشفى، إن ثلاثة مرضى أصيبوا بالجرب.",
         "قال", "indirect", "ثلاثة مرضى أصيبوا بالجرب", "مصدر مطلع في المستشفى"),  # keeps its affiliation
        ("وأوضحت الكاتبة كارول دامياني، أنّ الضغط النفسي على العائلات كبير جدا.",
         "أوضحت", "indirect", "الضغط النفسي على العائلات كبير جدا", "كارول دامياني"),
    ],
)
def test_verb_frame_finds_cue_content_and_subject(body, cue, kind, content, speaker):
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.kind, quote.text, quote.speaker) == (cue, kind, content, speaker)


def test_participle_ends_previous_content_and_keeps_its_speaker():
    body = "أكد الوزير خالد الفالح أن المشروع اكتمل، مشيرا إلى أن التشغيل سيبدأ الشهر المقبل."
    first, second = quotes_of(body)
    assert first.text == "المشروع اكتمل"
    assert (second.cue, second.text) == ("مشيرا", "التشغيل سيبدأ الشهر المقبل")
    assert first.speaker == second.speaker == "خالد الفالح"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ('وقال بوتين: "أرسلنا أكثر من 800 طن من البضائع. ونفذنا نحو 32 عملية إنسانية".',
         "أرسلنا أكثر من 800 طن من البضائع. ونفذنا نحو 32 عملية إنسانية"),
        ("وأكد المرصد أن تلك الفتاوى، التي أطلقتها التنظيمات، تدعي أنها تأتي لتفويت الفرصة على الحملات.",
         "تلك الفتاوى، التي أطلقتها التنظيمات، تدعي أنها تأتي لتفويت الفرصة على الحملات"),
        ('وقال عيد :" "إن المنافسات المحلية لن تعطي الفرصة وهو ما يجعلني أقول لكم إن التجربة متاحة ".',
         "إن المنافسات المحلية لن تعطي الفرصة وهو ما يجعلني أقول لكم إن التجربة متاحة"),
    ],
)
def test_one_attributed_span_is_one_quote(body, content):
    (quote,) = quotes_of(body)
    assert quote.text.strip() == content


@pytest.mark.parametrize(
    "body",
    [
        'وتحتفظ روسيا بنفوذ مهم لدى دول "الجنوب العالمي" منذ سنوات طويلة.',
        "يذكر أن المباراة يديرها طاقم تحكيم إنجليزي بقيادة حكم دولي.",
        "المصدر: البوابة نيوز",
        "أجرى المقابلة: وائل مجدي",
        "ولم يكشف سكوفرينج عن جنسية الطاقم ولا الشركة التي تتبعها الطائرة.",
        "وتحمل القطعة الرقم «657 بي بي» الذي يشير إلى أنها جزء من الطائرة.",
        "إلا أن الفحوصات أكدت عدم تمكنه من المشاركة في البطولة المقبلة.",
        "رابط الخبر بصحيفة الوئام: تأجيل البطولة إلى العام المقبل",
        "عبد الله الراجحي- سبق- جازان: شهدت المحافظة أمطارا غزيرة مساء أمس.",
    ],
)
def test_narration_labels_and_scare_quotes_are_not_quotes(body):
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        ("وبحسب مصادر طبية، تم عزل المصابين في جناح خاص بالمستشفى.", "مصادر طبية",
         "تم عزل المصابين في جناح خاص بالمستشفى"),
        ("أقرت المدينة قانونا جديدا لحماية المياه في عام 2014، حسب «رويترز».", "رويترز",
         "أقرت المدينة قانونا جديدا لحماية المياه في عام 2014"),
        ("ووفقاً لإعلان المركز، فمن المعتقد أن الفيروس انتقل إلى البرازيل عن طريق المسافرين.", "المركز",
         "فمن المعتقد أن الفيروس انتقل إلى البرازيل عن طريق المسافرين"),
    ],
)
def test_according_to_attributes_the_clause_it_scopes(body, speaker, text):
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.speaker, quote.text) == ("according_to", speaker, text)


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        # a relative verb of saying, with an object pronoun or a preposition, before the source
        ("وفقا لما نقلته وكالة الأنباء الرسمية، فإن الحكومة قررت رفع أسعار الوقود.", "وكالة الأنباء الرسمية",
         "الحكومة قررت رفع أسعار الوقود"),
        ("وحسب ما صرح به الناطق باسم الوزارة، فإن اللقاء سيعقد في العاصمة الأسبوع المقبل.",
         "الناطق باسم الوزارة", "اللقاء سيعقد في العاصمة الأسبوع المقبل"),
        # after "ما" + a verb of saying any subject is a source, even a name in no list
        ("تراجعت مبيعات السيارات في البلاد بنسبة كبيرة، حسبما أفاد بول مارتينيز.", "بول مارتينيز",
         "تراجعت مبيعات السيارات في البلاد بنسبة كبيرة"),
        ("وبحسب ما أوردته صحيفة الغد، فإن الوزارة تدرس رفع الرسوم الجامعية.", "صحيفة الغد",
         "الوزارة تدرس رفع الرسوم الجامعية"),
        # a short adjunct after the source is not content
        ("وفقا لما أعلنته الوزارة في بيان، فإن المدارس ستغلق أبوابها حتى نهاية الشهر.", "الوزارة",
         "المدارس ستغلق أبوابها حتى نهاية الشهر"),
        # a document is the issuer's: "تقرير نشرته X"، "تقرير صادر عن X"
        ("بحسب تقرير نشرته صحيفة الغارديان، فإن الشركة خسرت نصف قيمتها السوقية.", "صحيفة الغارديان",
         "الشركة خسرت نصف قيمتها السوقية"),
        ("ووفقا لتقرير صادر عن البنك الدولي فإن معدل الفقر ارتفع إلى ثلاثين في المئة.", "البنك الدولي",
         "معدل الفقر ارتفع إلى ثلاثين في المئة"),
        # a quoted name ends the source before the clause
        ('ووفقا لـ"رويترز" تعتزم الشركة بيع حصتها في المصنع قبل نهاية العام.', "رويترز",
         "تعتزم الشركة بيع حصتها في المصنع قبل نهاية العام"),
        # between commas inside a short clause: the whole sentence is the content
        ("وتعتزم الحكومة، بحسب مصادر مطلعة، طرح مناقصة جديدة لبناء الميناء.", "مصادر مطلعة",
         "وتعتزم الحكومة، بحسب مصادر مطلعة، طرح مناقصة جديدة لبناء الميناء"),
        # feminine and plural forms of a source head
        ('"بذور الكتان غنية بالألياف وتساعد على الهضم"، وفقا لاختصاصية التغذية سلمى عيسى.', "سلمى عيسى",
         "بذور الكتان غنية بالألياف وتساعد على الهضم"),
        ("وبحسب مقربين منه فإن الزيارة ستتم في الأسبوع الأول من الشهر المقبل.", "مقربين منه",
         "الزيارة ستتم في الأسبوع الأول من الشهر المقبل"),
    ],
)
def test_according_to_with_a_relative_verb_document_or_parenthesis_names_its_source(body, speaker, text):
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.speaker, quote.text) == ("according_to", speaker, text)


@pytest.mark.parametrize(
    "body",
    ["وفقا للأنظمة والتعليمات المعمول بها في المملكة يتم تحديد الرسوم.",
     # no verb of saying after ما, or a verb without a subject of its own
     "ويتم توزيع المقررات على المدارس وفق ما يلي من الضوابط المعتمدة.",
     "وتعتزم الشركة، وفق ما أعلنت الأسبوع الماضي، إتاحة الخدمة لمستخدميها.",
     "شعر بالسرور لأن الطلب قد ووفق عليه بعد أسبوعين من الانتظار الطويل.",
     "وطبقا للقرار الصادر عن مجلس الوزراء تخفض الرواتب بنسبة عشرة في المئة.",
     "وطبقا لمعلومات استخباراتية داهمت الشرطة الطائرة قبل إقلاعها.",
     "تصدر الأحكام حسب ظروف كل حالة على حدة في المحاكم."],
)
def test_according_to_a_rule_or_circumstance_is_not_a_source(body):
    assert quotes_of(body) == ()


def test_colon_turns_and_headlines_are_direct_quotes_of_the_named_speaker():
    body = ("بوتين: العلاقات الروسية الفلسطينية راسخة وذات طابع خاص\n"
            "وقال الرئيس الروسي فلاديمير بوتين إن العلاقات بين البلدين متينة جدا.")
    headline, lead = quotes_of(body)
    assert (headline.cue, headline.kind, headline.rule) == (":", "direct", "colon_turn")
    assert headline.text == "العلاقات الروسية الفلسطينية راسخة وذات طابع خاص"
    assert headline.speaker == lead.speaker == "فلاديمير بوتين"


def test_statement_document_names_its_author():
    (quote,) = quotes_of("وجاء في بيان الوزارة أنّ «السلطات الفرنسية تحققت من ذلك مع شركة بوينغ».")
    assert (quote.speaker, quote.kind, quote.cue) == ("الوزارة", "direct", "جاء في بيان")


def test_interview_answer_paragraphs_are_the_interviewees_direct_quotes():
    body = "\n".join([
        "قال محمود الهباش، مستشار الرئيس الفلسطيني، إن وقف الحرب أولوية.",
        "وإلى نص الحوار..",
        "كيف ترى قرار مجلس الأمن الأخير؟",
        "نحن مع وقف إطلاق النار في كل مرحلة من مراحل العدوان على شعبنا.",
        "ما أهمية المؤتمر الإنساني الأخير؟",
        "المؤتمر يمثل أولوية بالنسبة لنا ونحن ندعم كل جهد إنساني.",
    ])
    answers = [q for q in quotes_of(body) if q.cue == "answer"]
    assert [q.text[:8] for q in answers] == ["نحن مع و", "المؤتمر "]
    assert {q.speaker for q in answers} == {"محمود الهباش"}
    assert not any(q.text.endswith("؟") for q in quotes_of(body))


@pytest.mark.parametrize(
    "body",
    ["قالَ الوزيرُ خالد الفالح إنّ المشروعَ اكتملَ بنجاحٍ كبيرٍ.",
     "وأكـد المتحدث باسم الوزارة أن الخطـة جاهزة للتنفيذ خلال أيام.",
     "وقال مسؤول: «نعمل على إنهاء الملف في أسرع وقت ممكن»."],
)
def test_offsets_point_into_the_body_despite_diacritics_and_tatweel(body):
    (quote,) = quotes_of(body)
    assert body[quote.start : quote.end] == quote.text
    assert body[quote.cue_start : quote.cue_end] == quote.cue
    assert body[quote.mention_start : quote.mention_end] == quote.speaker_mention


@pytest.mark.parametrize(
    ("text", "folded", "original_of_3"),
    [("قالَ", "قال", 4), ("أكّد", "اكد", 4), ("مدرسـة", "مدرسه", 3)],
)
def test_fold_maps_folded_offsets_back_to_the_text(text, folded, original_of_3):
    f = fold(text)
    assert f.text == folded
    assert f.end_to_original(3) == original_of_3


@pytest.mark.parametrize("words", [["قال", "قالت", "قالوا"], ["اكد", "مؤكدا"], ["بين", "مبينا", "تبين"]])
def test_trie_pattern_matches_exactly_its_words(words):
    import re

    pattern = re.compile(trie_pattern(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert not pattern.fullmatch(words[0] + "ي")


def test_frames_never_overlap_and_keep_document_order():
    body = ("وقال الوزير خالد الفالح إن المشروع اكتمل. وأضاف أن التشغيل يبدأ قريبا، مؤكدا أن التمويل متوفر.\n"
            "من جهته، أوضح المهندس سامي العلي أن الاختبارات نجحت.")
    _folded, frames = extract_frames(body)
    spans = [(f.content_start, f.content_end) for f in frames]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    "body",
    [
        "تونس: اعتقال داعشي حرّض على اغتيال السبسي وقيادات كبيرة",
        "ويضم النادي: مدرجا للجماهير وشبك حماية للطيارين ومبنى للإدارة",
        "ودعا الله أن يوفقه في مهامه الجديدة لخدمة الوطن.",
        "أستطيع أن أقول: إن الأمة العربية طوال تاريخها ذات قابلية للتصديق.",
    ],
)
def test_datelines_list_intros_and_prayers_are_not_attributions(body):
    assert quotes_of(body) == ()


def test_adverb_after_the_verb_is_not_its_subject():
    (quote,) = quotes_of('قال الوزير خالد الفالح إن الخطة جاهزة.\nوقال هامساً: "ألم أقل لك إن أحدا لن يهتم بذلك".')[1:]
    assert (quote.speaker_mention, quote.speaker) == ("", "خالد الفالح")


def test_participle_after_narration_takes_the_named_subject_of_the_sentence():
    body = "جدد رئيس الحكومة الليبية المؤقتة عبدالله الثني موقف حكومته الرافض للتدخل، مؤكدًا أن هذا الأمر يمس السيادة."
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.speaker) == ("مؤكدًا", "عبدالله الثني")


def test_interview_is_recognised_from_its_question_answer_rhythm():
    body = "\n".join([
        "أكد وزير النقل بدر باسلمة أن الوضع في عدن مطمئن تماما.",
        "كيف تقيمون الوضع العسكري في المدينة؟",
        "الوضع العسكري مطمئن تماما ولا توجد أي جيوب للميليشيات في الأحياء.",
        "ما دور مركز الملك سلمان للإغاثة؟",
        "المركز يعمل على مدار الساعة لدعم الشعب اليمني ووصلت سفينتان للميناء.",
        "متى تبدأ إعادة الإعمار؟",
        "ستشكل في الأيام القادمة لجنة لحصر الدمار على مستوى المدينة كلها.",
    ])
    answers = [q for q in quotes_of(body) if q.rule == "interview_answer"]
    assert len(answers) == 3
    assert {q.speaker for q in answers} == {"بدر باسلمة"}


def test_rhetorical_questions_in_a_column_are_not_an_interview():
    body = "\n".join([
        "ما الذي يجعل الإنسان متمسكا بأفكاره إلى هذا الحد؟",
        "إن ادعاء امتلاك الحقيقة المطلقة يجعل صاحبه لا يتوقع وجود حقيقة عند الآخر.",
        "هل يمكن أن تتعايش الأفكار المختلفة في مجتمع واحد؟",
        "التعايش ممكن حين يعترف كل طرف بحق الآخر في الاختلاف والتعبير.",
        "كيف نصل إلى ذلك؟",
        "نصل إليه بالتعليم والحوار واحترام القانون في كل المؤسسات العامة.",
    ])
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    "body",
    [
        "* المجموعة الأولى: هولندا.. فرنسا.. السويد.. بلغاريا.. روسيا",
        "تقدمت القوات في مديرية قعطبة بسرعة، حسبما أفادت مصادر المقاومة لـ«الشرق الأوسط».",
    ],
)
def test_list_bullets_and_addressees_are_not_content(body):
    assert all(q.text not in ("الشرق الأوسط",) and q.rule != "colon_turn" for q in quotes_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "-الجمال : أن ترى الأخضر أخضر والأسود أسود ولا تمازج بينهما أبدا",
        "الدرس الثاني: الاقتصادات الأصغر حجما هي عبارة عن أضرار جانبية",
    ],
)
def test_definition_labels_are_not_speakers(body):
    assert quotes_of(body) == ()


def test_headline_surname_used_again_in_the_body_is_a_speaker():
    body = "البذال: الشعر الغنائي اليوم هابط جدا\nكما كشف البذال بأنه يعمل على كتابة مسلسل جديد."
    headline = quotes_of(body)[0]
    assert (headline.rule, headline.speaker) == ("colon_turn", "البذال")


def test_short_quoted_term_later_in_the_sentence_does_not_open_speech():
    body = ("بعد أن أعلن “مركز طب السفر” في البرازيل، منذ عدة أيام عن ظهور فيروس جديد "
            "بأعراض مشابهة لأعراض حمى “الضنك”.")
    (quote,) = quotes_of(body)
    assert "ظهور فيروس جديد" in quote.text
    assert quote.speaker == "مركز طب السفر"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('وجاء في بيان للحكومة المحلية، أن "قوات البحرية والشرطة ستتحرك فقط إذا عثر على أدلة".', "الحكومة المحلية"),
        ("جاء في تقرير لجنة مستقلة أن الولاية يجب أن تضع خطوطا إرشادية قبل التقنين.", "لجنة مستقلة"),
        ("وجاء في تقرير إحصائي صادر من إدارة التصاديق بالوزارة أن الفرع صدق آلاف الوثائق.",
         "إدارة التصاديق بالوزارة"),
    ],
)
def test_statement_author_is_found_behind_prepositions_and_participles(body, speaker):
    (quote,) = quotes_of(body)
    assert quote.speaker == speaker


def test_dotted_abbreviation_does_not_end_the_sentence():
    (quote,) = quotes_of("وذكرت شبكة إن.بي.سي نيوز الأمريكية أن الصين اخترقت حسابات البريد الإلكتروني لمسؤولين.")
    assert quote.text.startswith("الصين اخترقت")
    assert "إن.بي.سي" in quote.speaker_mention


@pytest.mark.parametrize("body", ["- في عيونهم: إن الذين شهدوا له هم من خارج بلاده", "الأستاذ: عيد بن مجلي العداجي - قطر"])
def test_prepositional_and_title_only_labels_are_not_speakers(body):
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    "body",
    ["", "قال", "قال:", "وقال على لسان", "وفقا ل", "وجاء في بيان", "«»", '"', "قال إن", "أكد ، ، أن",
     "وأضاف البيان الموقع باسم", "أعلنت “” عن", "مشيرا إلى أن", "- :", "؟\n؟\n؟", "بحسب ما", "الذي وصف"],
)
def test_fragments_never_raise_and_keep_offsets(body):
    for quote in quotes_of(body):
        assert body[quote.start : quote.end] == quote.text


def test_repeated_paragraph_is_reported_once():
    line = 'وقال الكرملين على لسان المتحدث باسمه دميتري بيسكوف، إن روسيا "تعتقد أنه من الضروري استمرار التواصل مع كل الأطراف".'
    quotes = quotes_of(line + "\n" + line)
    assert len(quotes) == 1
    assert quotes[0].start < len(line)


@pytest.mark.parametrize(
    "body",
    ["نقول: إن العرب عاطفيون ويقيمون الأمور بطريقة شخصية في أغلبها",
     "أعود لأوجز ما: نحن بخير إن شاء الله ودولتنا في أمن وأمان"],
)
def test_the_writers_own_voice_before_a_colon_is_not_a_speaker(body):
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    "body",
    [
        # Data and events indicate; they do not speak.
        "وتشير الإحصاءات إلى تدني أرقام السياحة البينية في الدول العربية خلال العام الماضي.",
        "كشفت المعطيات المتوفرة أن الاقتصاد اليمني سيتحصل على نحو 533 مليون دولار شهريا.",
        "وتكشف الأحداث أن هذا الأخير هو شخص غير متزن واستغل الحرية التي منحتها له والدته.",
        # "بين … وبين" is the preposition "between", not the verb "بيّن".
        "وتربط بينه وبين الحاضر، وتدرك بأن ولدها واجه انتهازية عدة أشخاص.",
        # A participle governing a ل-object is an adjective: "جاءت مؤكدةً لحرص …".
        "وأشار إلى أن تمديد المهلة جاءت مؤكدةً لحرص حكومة خادم الحرمين الشريفين على أبناء اليمن والوقوف معهم.",
    ],
)
def test_narration_with_a_cue_word_is_not_a_quote(body):
    assert [q.text for q in quotes_of(body) if q.cue in ("تشير", "كشفت", "تكشف", "بين", "مؤكدةً")] == []


@pytest.mark.parametrize(
    ("body", "speaker", "content_start"),
    [
        # The subject ends where the object starts: a place after a place, an institution after a name.
        ("وفي رد فعل إسرائيلي، حثت تل أبيب روسيا على طرد وفد حماس الزائر.", "تل أبيب", "على طرد وفد"),
        ("والشهر الماضي، ابلغ رئيس الاف بي آي جايمس كومي لجنة الاستخبارات في مجلس الشيوخ ان حوالى 200 اميركي سافروا.",
         "جايمس كومي", "حوالى 200"),
        # An imperfect verb after an institution starts the content of "أعلنت".
        ("أعلنت جامعة بيشة توفر عدد من الوظائف للمعيدين والمعيدات في كليات الجامعة المختلفة.",
         "جامعة بيشة", "توفر عدد"),
        # A quoted name is one word, even when it holds an adjunct word ("اليوم").
        ("وحسب صحيفة \"اليوم السابع\"، حددت المحكمة جلسة 30 يوليو لنظر الحكم في الدعوى.",
         "صحيفة اليوم السابع", "حددت المحكمة"),
    ],
)
def test_subject_ends_before_the_object_or_the_content(body, speaker, content_start):
    quote = quotes_of(body)[0]
    assert quote.speaker.endswith(speaker)  # the role's last word may stay: "بي آي جايمس كومي"
    assert quote.text.startswith(content_start)


def test_colon_inside_a_clock_time_does_not_open_content():
    body = ("ودعا تسيبراس خلال نقاش انتهى قرابة الساعة 04:00 (01:00 تغ) النواب الى "
            "\"التكيف مع الواقع الجديد\" والى التصويت على الشق الثاني من الاجراءات.")
    assert all(not q.text.startswith("00") for q in quotes_of(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A headline "SUBJECT VERB …: CONTENT" is said by the subject.
        ("روسيا تدافع عن دعوتها وفد حماس: مستمرون في التواصل مع كل الأطراف", "روسيا"),
    ],
)
def test_headline_colon_with_a_verb_is_said_by_its_subject(body, speaker):
    assert quotes_of(body)[0].speaker == speaker


def test_headline_colon_with_a_verb_and_no_source_is_a_heading():
    body = "أسعار الذهب تواصل الارتفاع في الأسواق: الأوقية تسجل أعلى مستوى منذ شهرين"
    assert [q for q in quotes_of(body) if q.cue == ":"] == []


def test_prayer_with_god_after_the_subject_is_not_a_quote():
    body = "ودعا المهندس بندر الجبر، الله عز وجل، أن يعيد هذه المناسبة المباركة على بلادنا بالخير."
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        ("وتشهد المنطقة توترا متصاعدا منذ أسابيع، كما قال الباحث السياسي رياض قهوجي.", "رياض قهوجي",
         "وتشهد المنطقة توترا متصاعدا منذ أسابيع"),
        ("إن الوضع الإنساني في القطاع كارثي، وفق ما قالت المتحدثة باسم المنظمة ماريا زاخاروفا.", "ماريا زاخاروفا",
         "إن الوضع الإنساني في القطاع كارثي"),
        ("سيتم افتتاح المعبر أمام المسافرين الأسبوع المقبل، بحسب ما صرح وزير النقل كامل الوزير.", "كامل الوزير",
         "سيتم افتتاح المعبر أمام المسافرين الأسبوع المقبل"),
        ("وصلت الشحنة الأولى من المساعدات إلى ميناء العريش، حسبما أفاد مصدر أمني.", "مصدر أمني",
         "وصلت الشحنة الأولى من المساعدات إلى ميناء العريش"),
        ("«لن نسمح بتهجير سكان القطاع تحت أي ظرف»، كما قال وزير الخارجية أيمن الصفدي.", "أيمن الصفدي",
         "لن نسمح بتهجير سكان القطاع تحت أي ظرف"),
    ],
)
def test_attribution_after_the_content_takes_the_preceding_clause(body, speaker, text):
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.text) == (speaker, text)


def test_also_said_with_its_own_content_is_an_ordinary_verb_frame():
    body = "وقال الوزير خالد الفالح إن المشروع اكتمل، كما أكد الوزير أن التشغيل سيبدأ قريبا."
    first, second = quotes_of(body)
    assert (second.text, second.speaker) == ("التشغيل سيبدأ قريبا", "خالد الفالح")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("وقال محمود الهباش إن الوضع خطير.\nوأكد أن المعبر سيفتح قريبا جدا، على حد تعبيره.",
         "المعبر سيفتح قريبا جدا"),
        ("وقال محمود الهباش إن الوضع خطير.\nالاحتلال يتحمل المسؤولية الكاملة عن الكارثة، على حد قوله.",
         "الاحتلال يتحمل المسؤولية الكاملة عن الكارثة"),
    ],
)
def test_as_he_put_it_belongs_to_the_previous_speaker(body, text):
    quotes = quotes_of(body)
    assert quotes[-1].text == text
    assert quotes[-1].speaker == "محمود الهباش"


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        ('وأشار المقيم عاصم مهدي أحمد محمد، الذي التقته "واس" في مكة المكرمة، إلى أن الخدمات المقدمة للحجاج ممتازة.',
         "عاصم مهدي أحمد محمد", "الخدمات المقدمة للحجاج ممتازة"),
        ("وكان زعيمهم رامي عبدالله أكد الأحد خلال اجتماع مع أنصاره أن الحركة لن تتراجع عن مطالبها.",
         "رامي عبدالله", "الحركة لن تتراجع عن مطالبها"),
        ("وقال خبير الشؤون العسكرية في الشرق الأوسط والخليج رياض قهوجي إن الضربة كانت محدودة.",
         "رياض قهوجي", "الضربة كانت محدودة"),
        ('وأدلى وزير الخارجية أيمن الصفدي بتصريح قال فيه: "الأردن يرفض أي تهجير للفلسطينيين".',
         "أيمن الصفدي", "الأردن يرفض أي تهجير للفلسطينيين"),
        ("ونشر الرئيس الفرنسي إيمانويل ماكرون تغريدة قال فيها إن فرنسا تقف مع الشعب اللبناني.",
         "إيمانويل ماكرون", "فرنسا تقف مع الشعب اللبناني"),
        ("وصرح المتحدث باسم الجيش الفرنسي بيار غودان لوكالة الأنباء الفرنسية بأن القوات ستنسحب من النيجر.",
         "بيار غودان", "القوات ستنسحب من النيجر"),
        ("وقالت وزارة الخارجية في بيان إن السفير استدعي لتقديم توضيحات.",
         "وزارة الخارجية", "السفير استدعي لتقديم توضيحات"),
    ],
)
def test_subject_is_found_across_relative_clauses_roles_and_statement_nouns(body, speaker, text):
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.text) == (speaker, text)


def test_according_to_between_a_verb_and_its_preposition_scopes_the_content_after():
    body = "والجيش الإسرائيلي يشير بحسب صحيفة هآرتس إلى أن العملية البرية ستستمر عدة أسابيع."
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker) == ("العملية البرية ستستمر عدة أسابيع", "الجيش الإسرائيلي")
    assert quote.intermediary == "صحيفة هآرتس"


@pytest.mark.parametrize(
    "body",
    [
        "تربة: افتتاح مركز صحي جديد لخدمة أهالي المحافظة والقرى المجاورة",
        "رفح: غارات متواصلة على الأحياء الشرقية منذ ساعات الفجر الأولى",
    ],
)
def test_one_word_dateline_before_a_headline_colon_is_not_a_speaker(body):
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "intermediary"),
    [
        ("ونقلت وكالة رويترز عن مصدر مطلع قوله إن المحادثات ستستأنف الأسبوع المقبل.", "مصدر مطلع", "وكالة رويترز"),
        ("وأفادت مصادر محلية بأن الطيران الحربي شن غارات على مدينة رفح.", "مصادر محلية", None),
    ],
)
def test_relayed_and_anonymous_sources_keep_their_roles(body, speaker, intermediary):
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.speaker_type, quote.intermediary) == (speaker, "anonymous", intermediary)


def test_also_announced_with_a_noun_object_is_not_an_attribution_of_the_clause_before():
    body = "وشهدت المدينة احتجاجات واسعة، كما أعلنت الحكومة حالة الطوارئ في البلاد لمدة شهر."
    assert all("احتجاجات" not in q.text for q in quotes_of(body))


@pytest.mark.parametrize(
    ("body", "speaker", "relay"),
    [
        ("وأشار الجيش الإسرائيلي بحسب صحيفة الأيام إلى أن المفاوضات متوقفة منذ أسابيع.",
         "الجيش الإسرائيلي", "صحيفة الأيام"),
        ("وأكد المصدر وفقا لموقع الحرة أن المفاوضات متوقفة منذ أسابيع.", "المصدر", "موقع الحرة"),
        ("وتشير التقديرات بحسب مصادر طبية إلى أن عدد الضحايا تجاوز مئة شخص.", "مصادر طبية", None),
    ],
)
def test_according_to_inside_a_verb_frame_gives_one_quote_relayed_by_the_source(body, speaker, relay):
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.intermediary) == (speaker, relay)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # a dual subject: two parties spoke together
        ("رفض الحزبان قرار اللجنة، وأكدا أن المشاركة في الانتخابات المقبلة ستكون بقوائم مستقلة.",
         "المشاركة في الانتخابات المقبلة ستكون بقوائم مستقلة"),
        # "مضى … للقول" continues with the speaker's words
        ("وقال الوزير إن الزيارة ناجحة. ومضى البيان للقول \"لن نتراجع عن دعم المزارعين في هذا الموسم.\"",
         "لن نتراجع عن دعم المزارعين في هذا الموسم"),
        # criticism, prediction and ruling out are verbs of saying
        ("وانتقد النائب خالد سعيد تأخر الحكومة في صرف رواتب المعلمين منذ أشهر.",
         "تأخر الحكومة في صرف رواتب المعلمين منذ أشهر"),
        ("وكانت الوزارة قد توقعت أن يرتفع عدد الزوار إلى مليوني زائر هذا العام.",
         "يرتفع عدد الزوار إلى مليوني زائر هذا العام"),
        ("واستبعد المحلل سامي يوسف أن تلجأ الحكومة إلى رفع الأسعار قبل الصيف.",
         "تلجأ الحكومة إلى رفع الأسعار قبل الصيف"),
        # a definite document named before: "وجاء في البيان أن"
        ("أصدرت الوزارة بيانا اليوم. وجاء في البيان أن المدارس ستفتح أبوابها الأسبوع المقبل.",
         "المدارس ستفتح أبوابها الأسبوع المقبل"),
        # "لكن" before an institution or a group of sources
        ("وأغلقت المصانع أبوابها. لكن الهيئة الرقابية أكدت أن المنتجات المسحوبة لا تشكل خطرا على الصحة.",
         "المنتجات المسحوبة لا تشكل خطرا على الصحة"),
        ("لكن خبراء الاقتصاد يقولون إن ارتفاع الأسعار سيستمر حتى نهاية العام.",
         "ارتفاع الأسعار سيستمر حتى نهاية العام"),
        # "حسبما أوردت X": any verb after the relative ما, then the source
        ("افتتحت البلدية حديقة جديدة في وسط المدينة، حسبما أوردت وكالة الأنباء الرسمية.",
         "افتتحت البلدية حديقة جديدة في وسط المدينة"),
        # a fronted topic phrase, then a bare verb of the current speaker
        ("وقال الخبير سامي يوسف إن السوق مستقرة. وحول توقيت القرار الأخير اعتبر أنه جاء متأخرا بسنة كاملة.",
         "جاء متأخرا بسنة كاملة"),
        ("وقالت الوزيرة إن الخطة جاهزة. وبخصوص تمويل المشروع قالت: «الميزانية مرصودة منذ العام الماضي».",
         "الميزانية مرصودة منذ العام الماضي"),
        # present يبين with a conjunction
        ("ويبين الباحث علي حسن أن الظاهرة تتكرر كل صيف في المدن الساحلية.",
         "الظاهرة تتكرر كل صيف في المدن الساحلية"),
        # an unsigned official document is a source
        ("وارتفع عدد المصابين إلى ثلاثين شخصا في المدينة، وفق بيان رسمي.",
         "وارتفع عدد المصابين إلى ثلاثين شخصا في المدينة"),
        # after a closing quotation mark, a bare name is the source
        ('وتقول الدراسة إن النوم مهم. "والمغنيسيوم معدن يساعد على الاسترخاء وتحسين المزاج"، بحسب سميث.',
         "والمغنيسيوم معدن يساعد على الاسترخاء وتحسين المزاج"),
        # an own-words tag right after a closing quotation mark
        ('وقال المدير إن الشركة ستنسحب من السوق، "حتى لا نخسر ثقة عملائنا القدامى" على حد تعبيره.',
         "حتى لا نخسر ثقة عملائنا القدامى"),
        # a participle's noun object starts right after it, commas or not
        ("ورفض الوزير الاتهامات، واصفا هذه الأقاويل بغير المنطقية على الإطلاق، فالأرقام واضحة.",
         "هذه الأقاويل بغير المنطقية على الإطلاق"),
        # a group's announced stance after a long subject
        ("وأعلنت جماعة المعارضة المسلحة في شمال البلاد، تأييدها لمطالب المحتجين في الجنوب.",
         "تأييدها لمطالب المحتجين في الجنوب"),
        # an accusation is reported speech
        ("واتهمت مصادر في الحزب، الجماعة المسلحة بتجنيد الأطفال في القرى الجبلية.",
         "الجماعة المسلحة بتجنيد الأطفال في القرى الجبلية"),
        # a verbal noun of saying with its owner and أن
        ("وسحبت المتاجر البضاعة رغم تأكيدها أنها لا تبيع إلا المنتجات المحلية.",
         "أنها لا تبيع إلا المنتجات المحلية"),
        # "هذا ما قاله X": the clause before is X's
        ("لا تعاني الساحة الأدبية أي مشكلة في مجال النشر، هذا ما قاله لـ«الصحيفة» الروائي المصري عبد الله سالم.",
         "لا تعاني الساحة الأدبية أي مشكلة في مجال النشر"),
        # a non-restrictive relative after a named person: what she adds
        ("والتمر غني بالحديد، بحسب أخصائية التغذية سارة علي، التي تضيف أن تناول حبتين منه يوميا يكفي الطفل.",
         "تناول حبتين منه يوميا يكفي الطفل"),
        # a headline colon after the outlet the speaker talked to
        ("المحلل المالي سامي بن يوسف لـ «الصحيفة»:رفع الفائدة سيكون له أثر سلبي على الأسواق\nنص الخبر هنا.",
         "رفع الفائدة سيكون له أثر سلبي على الأسواق"),
        # "وفق" with its source and no ل
        ("وارتفع عدد المصابين إلى ثلاثين شخصا في المدينة، وفق بيان وزارة الصحة.",
         "وارتفع عدد المصابين إلى ثلاثين شخصا في المدينة"),
    ],
)
def test_verbs_and_sources_of_other_outlets_open_quotes(body, content):
    assert any(content in q.text for q in quotes_of(body))


@pytest.mark.parametrize(
    "body",
    [
        # "خاصة وأن" gives a reason; it is not what was said
        "واستبعد المدرب اللاعب من القائمة خاصة وأن إصابته لم تشف بعد.",
        # a bare word after according-to without a quotation before it is no source
        "وارتفعت الأسعار في الأسواق الشعبية كثيرا، حسب الموسم.",
        "وتوزع الحصص على الأسر الفقيرة في القرى، بحسب حاجتها.",
        # "متهما" as a noun: a defendant
        "وتضم القضية أكثر من عشرين متهما من بينهم مسؤولون سابقون في الوزارة.",
        # narration around an accusation is not its content
        "واتهم الأب الجامعة ردا على البيان الذي أصدرته أمس لتوضح للرأي العام أن الخطأ وقع على الطالبة.",
        # a relative without a comma: the thing named is the subject
        "وارتفع الرقم الذي يشير إلى أن عدد الزوار تضاعف هذا العام.",
        # a label given to a thing after a comma
        "وطالب النائب بالتحقيق معه بسبب تصريحاته، التي قال إنها \"خيانة عظمى\".",
        # "لكن" before a counted thing, not a source
        "لكن عدد الأخبار التي نشرتها الصحيفة يكشف أن السوق تغيرت كثيرا.",
        # a cue inside a fronted clause with أن is subordinate
        "وحول ما يقال عن أن الوزير أكد الخبر سابقا فلا دليل عليه.",
        # a one-word quote after انتقد is the criticised term
        "وانتقد \"تدخل\" الجيران.",
    ],
)
def test_reasons_and_criticised_terms_are_not_quotes(body):
    assert quotes_of(body) == ()


def test_according_to_after_a_cued_quote_does_not_repeat_it():
    body = 'وأوضح البيان أن "المشروع سيكتمل خلال عامين. ويشمل بناء ألف وحدة سكنية"، بحسب الوكالة الرسمية.'
    found = quotes_of(body)
    assert len(found) == 1 and found[0].cue == "أوضح"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("ويقول المدير سامي يوسف إنهم يعلنون عن المسابقة في الصحف كل شهر.",
         "إنهم يعلنون عن المسابقة في الصحف كل شهر"),
        ("وأكدت الشركة أنها لا تبيع إلا المنتجات المحلية في فروعها.", "أنها لا تبيع إلا المنتجات المحلية في فروعها"),
        # a bare complementizer and a quotation stay outside the content
        ("وقال الوزير إن المدارس ستفتح أبوابها الأحد.", "المدارس ستفتح أبوابها الأحد"),
        ('ووصفت الحكومة الزيارة بأنها "مؤسفة وغير مقبولة".', "مؤسفة وغير مقبولة"),
    ],
)
def test_complementizer_with_a_subject_pronoun_stays_in_the_content(body, text):
    assert [q.text for q in quotes_of(body)] == [text]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # quoted words that are the subject of the reported clause: the clause goes on
        ("وأوضحت الوزارة أن “خلية من خمسة أشخاص” كانت تدير عمليات التهريب عبر الحدود.",
         "خلية من خمسة أشخاص” كانت تدير عمليات التهريب عبر الحدود"),
        # a whole quotation followed by an adjunct is the content alone
        ("وقال الوزير “سنبني ألف مدرسة جديدة” خلال مؤتمر صحفي في العاصمة.", "سنبني ألف مدرسة جديدة"),
        # a quoted name before إن is the speaker, not the content
        ("وقال «المرصد الوطني لحقوق الإنسان» إن القصف استمر طوال الليلة الماضية.",
         "القصف استمر طوال الليلة الماضية"),
    ],
)
def test_quotation_marks_inside_the_reported_clause(body, text):
    assert [q.text for q in quotes_of(body)] == [text]


def test_the_journalists_comment_after_a_comma_ends_the_content():
    body = "أعلن الحزب عن تغيير اسمه إلى التيار الوطني، الأمر الذي عده مراقبون عودة إلى السياسة."
    assert [q.text for q in quotes_of(body)][0] == "عن تغيير اسمه إلى التيار الوطني"


@pytest.mark.parametrize(
    ("body", "cue", "content", "speaker"),
    [
        # a cause attributed: the object and its cause are the content
        ("وأرجعت الوزارة تأخر صرف الرواتب إلى نقص السيولة في البنوك الحكومية.", "أرجعت",
         "تأخر صرف الرواتب إلى نقص السيولة في البنوك الحكومية", "الوزارة"),
        ("من جانبه، أرجع الخبير الاقتصادي سامر خليل ارتفاع الأسعار إلى تراجع قيمة العملة.", "أرجع",
         "ارتفاع الأسعار إلى تراجع قيمة العملة", "سامر خليل"),
        ("وعزا الوزير ذلك إلى تراجع أسعار النفط في الأسواق العالمية.", "عزا",
         "ذلك إلى تراجع أسعار النفط في الأسواق العالمية", "الوزير"),
        # "ذهب إلى أن": a view held
        ("وذهب الباحث محمود سالم إلى أن الأزمة ستطول أكثر مما يتوقع المسؤولون.", "ذهب",
         "الأزمة ستطول أكثر مما يتوقع المسؤولون", "محمود سالم"),
        # promises, threats and demands with a preposition glued to a verbal noun
        ("ووعد رئيس البلدية بإصلاح الطرق المتضررة قبل حلول فصل الشتاء.", "وعد",
         "بإصلاح الطرق المتضررة قبل حلول فصل الشتاء", "رئيس البلدية"),
        ("وهددت النقابة بالإضراب العام إذا لم تستجب الحكومة لمطالب العمال.", "هددت",
         "بالإضراب العام إذا لم تستجب الحكومة لمطالب العمال", "النقابة"),
        ("وطالب الوزير سعيد الحربي بإعادة النظر في القرار قبل بداية الموسم.", "طالب",
         "بإعادة النظر في القرار قبل بداية الموسم", "سعيد الحربي"),
        # an expressed feeling with a clause after it
        ("وأعرب المدير عن أسفه لأن المشروع تأخر عن موعده المحدد بسنتين.", "أعرب",
         "عن أسفه لأن المشروع تأخر عن موعده المحدد بسنتين", "المدير"),
        # the listener as an object pronoun on the verb
        ("وأفادنا مدير المدرسة أن الدوام سيبدأ في الموعد المحدد رغم الظروف الجوية.", "أفادنا",
         "الدوام سيبدأ في الموعد المحدد رغم الظروف الجوية", "مدير المدرسة"),
        ("وأخبرنا أحد السكان أن المياه انقطعت عن الحي منذ ثلاثة أيام متتالية.", "أخبرنا",
         "المياه انقطعت عن الحي منذ ثلاثة أيام متتالية", "أحد السكان"),
        # a question in quotation marks
        ('وسألتني المعلمة: "هل تعرف لماذا تأخرت الحافلة هذا الصباح؟".', "سألتني",
         "هل تعرف لماذا تأخرت الحافلة هذا الصباح", "المعلمة"),
        # نقل without عن: the subject reports
        ("ونقلت وكالة الأنباء الرسمية أن الرئيس سيزور العاصمة الفرنسية الأسبوع المقبل.", "نقلت",
         "الرئيس سيزور العاصمة الفرنسية الأسبوع المقبل", "وكالة الأنباء الرسمية"),
        # a verb leading the participle carries its subject
        ("وأكمل الوزير قائلا إن الحكومة ماضية في تنفيذ الإصلاحات الاقتصادية.", "قائلا",
         "الحكومة ماضية في تنفيذ الإصلاحات الاقتصادية", "الوزير"),
    ],
)
def test_verbs_of_saying_with_their_own_argument_shapes(body, cue, content, speaker):
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.text, quote.speaker) == (cue, content, speaker)


@pytest.mark.parametrize(
    "body",
    [
        "وذهب الطفل إلى المدرسة لأنه لم يكن مريضا في ذلك اليوم.",  # went
        "وأرجعت الشركة المبلغ كاملا للعملاء بعد إلغاء الرحلة.",  # returned, no cause after the object
        "وأعرب الوزير عن شكره للعاملين في المستشفى الميداني.",  # a feeling, no clause said
        "وصرح بوتين للصحفيين بعد لقائه بخادم الحرمين الشريفين في الرياض.",  # a name and a circumstance
        "فلما سألوا أمه عن ابنها لم تجب بشيء وبقيت صامتة طويلا.",  # a question without its words
        "ونقلت سيارات الإسعاف المصابين إلى المستشفى لأن حالتهم كانت خطرة.",  # moved, not reported
        "أوضح ذلك رئيس النادي سعيد الزهراني في ختام اللقاء مع الأعضاء.",  # a pointer to words said before
    ],
)
def test_look_alikes_of_those_verbs_are_not_quotes(body):
    assert quotes_of(body) == ()


def test_a_colon_that_ends_its_paragraph_takes_the_next_paragraph_as_content():
    body = "وقال وزير المالية سعيد حداد:\n«نحن نعمل على حل الأزمة في أقرب وقت ممكن، ولن نسمح بانهيار العملة»."
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker, quote.kind) == (
        "نحن نعمل على حل الأزمة في أقرب وقت ممكن، ولن نسمح بانهيار العملة", "سعيد حداد", "direct")


def test_a_link_after_a_colon_is_not_content():
    assert quotes_of("وكتب الوزير على حسابه في تويتر:\nhttps://example.test/status/1") == ()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("«نحن نعمل على حل الأزمة في أقرب وقت ممكن ولن نسمح بانهيار العملة»، قال الوزير سعيد حداد.", "سعيد حداد"),
        ("«نحن نعمل على حل الأزمة في أقرب وقت ممكن ولن نسمح بانهيار العملة»، يقول الوزير سعيد حداد للصحفيين.",
         "سعيد حداد"),
    ],
)
def test_a_verb_of_saying_right_after_a_quotation_attributes_it(body, speaker):
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker, quote.kind) == (
        "نحن نعمل على حل الأزمة في أقرب وقت ممكن ولن نسمح بانهيار العملة", speaker, "direct")


def test_a_quoted_title_inside_a_sentence_is_not_taken_by_a_following_verb():
    body = "ونشر الكاتب مقالا تحت عنوان «الطريق إلى السلام يمر من هنا»، قال فيه إن الحرب ستنتهي قريبا."
    assert all(q.text != "الطريق إلى السلام يمر من هنا" for q in quotes_of(body))


def test_a_paragraph_wholly_in_quotation_marks_continues_the_previous_speaker():
    body = ("وقالت وزيرة الصحة سلمى منصور إن المستشفيات مستعدة لاستقبال المرضى.\n"
            "«لا نستبعد أي سيناريو، ونحن نتابع الوضع ساعة بساعة مع الفرق الطبية».\n"
            "«وقد وفرنا كل ما يلزم من أدوية ومعدات في المحافظات كافة».")
    first, second, third = quotes_of(body)
    assert first.speaker == second.speaker == third.speaker == "سلمى منصور"
    assert (second.text, third.text) == ("لا نستبعد أي سيناريو، ونحن نتابع الوضع ساعة بساعة مع الفرق الطبية",
                                         "وقد وفرنا كل ما يلزم من أدوية ومعدات في المحافظات كافة")


def test_a_short_quoted_line_without_punctuation_is_a_subheading_not_a_continuation():
    body = ("وقال وزير المالية سامي العلي: «نعمل على خطة جديدة تشمل القطاعات كلها».\n"
            "«خطة طموحة جدا»\n"
            "وأوضح الوزير أن الخطة تبدأ مطلع العام المقبل في المدن الكبرى.\n"
            "«وسننفذها خلال عامين، بالتعاون مع الجميع».")
    texts = [q.text for q in quotes_of(body)]
    assert "خطة طموحة جدا" not in texts
    # (a short line the speaker goes on with makes a sentence, with its own punctuation)
    assert "وسننفذها خلال عامين، بالتعاون مع الجميع" in texts


def test_a_quotation_paragraph_after_narration_is_not_continued():
    body = ("وقال الوزير إن الحكومة ستدعم المزارعين هذا العام، ثم غادر القاعة دون أن يجيب عن الأسئلة الكثيرة.\n"
            "وشهدت القاعة نقاشا حادا بين النواب حول الموازنة الجديدة.\n"
            "«الأسعار لن ترتفع هذا العام مهما حدث في الأسواق العالمية».")
    assert [q.text for q in quotes_of(body) if "الأسعار لن ترتفع" in q.text] == []


def test_a_labelled_interview_gives_one_answer_per_paragraph_without_the_label():
    body = ("حاوره: سامي عادل\n"
            "التقينا وزير الزراعة خالد العمري في مكتبه وكان لنا معه هذا الحوار.\n"
            "س: كيف تقيمون موسم الحصاد هذا العام؟\n"
            "ج: الموسم كان جيدا رغم قلة الأمطار، وقد تجاوز الإنتاج توقعاتنا بنسبة كبيرة.\n"
            "س: وماذا عن أسعار القمح في السوق المحلية؟\n"
            "ج: الأسعار مستقرة والحكومة تتدخل عند الحاجة لحماية المزارعين والمستهلكين.")
    answers = [q.text for q in quotes_of(body) if q.cue == "answer"]
    assert answers == ["الموسم كان جيدا رغم قلة الأمطار، وقد تجاوز الإنتاج توقعاتنا بنسبة كبيرة",
                       "الأسعار مستقرة والحكومة تتدخل عند الحاجة لحماية المزارعين والمستهلكين"]


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        # the speaker named right after a quotation that opens the article
        ('بيروت- "الوضع لم يعد يحتمل، والأسعار تضاعفت منذ بداية العام". تقول ليلى حداد، وهي أم لثلاثة أطفال، '
         "إنها لم تعد قادرة على شراء الحليب.", "ليلى حداد", "الوضع لم يعد يحتمل، والأسعار تضاعفت منذ بداية العام"),
        ('"لم يعد لدينا ما نخسره بعد أن فقدنا كل شيء". بهذه الكلمات يلخص المزارع سالم داود حال عائلته.',
         "سالم داود", "لم يعد لدينا ما نخسره بعد أن فقدنا كل شيء"),
        # a headline with the quotation first and its speaker and verb after it
        ('"الأسعار سترتفع خلال الأشهر المقبلة".. خبير اقتصادي يحذر', "خبير اقتصادي",
         "الأسعار سترتفع خلال الأشهر المقبلة"),
    ],
)
def test_a_quotation_opening_a_paragraph_belongs_to_the_speaker_named_after_it(body, speaker, content):
    quotes = quotes_of(body)
    assert (quotes[0].text, quotes[0].speaker, quotes[0].kind) == (content, speaker, "direct")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        # an anonymous source speaking to an outlet is a speaker, though "مصدر:" alone is a label
        ('مصدر أمني لـ"الشروق": القبض على المتهمين خلال ساعات', "مصدر أمني", "القبض على المتهمين خلال ساعات"),
        # the words on the line after the name
        ("رئيس الوزراء:\n«الحكومة ستواصل دعم الفئات الفقيرة حتى تنتهي الأزمة»", "رئيس الوزراء",
         "الحكومة ستواصل دعم الفئات الفقيرة حتى تنتهي الأزمة"),
    ],
)
def test_headline_colons_in_other_layouts(body, speaker, content):
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker) == (content, speaker)


def test_a_heading_colon_before_a_list_is_not_a_quote():
    assert quotes_of("المقادير:\n- نصف كيلو لحم مقطع قطعا متوسطة.\n- كوب من البصل المفروم.") == ()


def test_a_name_with_a_long_role_can_head_a_colon_headline():
    body = "محمد بن سالم الحارثي رئيس لجنة الشؤون الخارجية في مجلس الشورى: لن نقبل بأي تدخل في شؤوننا الداخلية"
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker) == ("لن نقبل بأي تدخل في شؤوننا الداخلية", "محمد بن سالم الحارثي")


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        # whom a verb urges stands between the subject and the preposition: part of the content
        ("بدوره، حث وزير الدفاع سامي داود، السبت، السكان على تجنب تطبيق القانون بأيديهم.",
         "السكان على تجنب تطبيق القانون بأيديهم", "سامي داود"),
        # a role set off after the name is skipped before the object
        ('من جانبه، أرجع الدكتور مصطفى حمدان، عضو مكتب الحركة، قرار تعليق الاعتصام لإفساح المجال أمام الحوار.',
         "قرار تعليق الاعتصام لإفساح المجال أمام الحوار", "مصطفى حمدان"),
        # a verb of saying set off by commas inside the words said
        ("الأسعار، يقول الخبير الاقتصادي سامر خليل، لن تنخفض قبل نهاية العام المقبل.",
         "الأسعار، يقول الخبير الاقتصادي سامر خليل، لن تنخفض قبل نهاية العام المقبل", "سامر خليل"),
    ],
)
def test_objects_appositions_and_set_off_verbs(body, content, speaker):
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker) == (content, speaker)


def test_an_opener_before_a_set_off_verb_is_not_content():
    body = "من جانبه، قال الدكتور سعيد العلي، عضو مجلس الشورى، إن القرار صائب ويخدم الجميع."
    (quote,) = quotes_of(body)
    assert (quote.rule, quote.text) == ("verb_that", "القرار صائب ويخدم الجميع")


def test_according_to_a_family_name_written_before_after_a_given_name_is_a_source():
    body = ("وقال سعد الزكري، مدير الجمعية، إن التبرعات زادت هذا العام.\n"
            "ووفقا للزكري، فإن الدورة الجديدة ستشمل أكثر من ألف أسرة محتاجة.\n"
            "ووفقا للأنظمة، فإن التسجيل يبدأ الأسبوع المقبل في جميع الفروع.")
    quotes = quotes_of(body)
    assert [(q.cue, q.speaker, q.text) for q in quotes if q.cue == "according_to"] == [
        ("according_to", "سعد الزكري", "الدورة الجديدة ستشمل أكثر من ألف أسرة محتاجة")]


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        # no comma: after a definite source or a name the verb opens the content
        ("وقال مدير المعرض خالد الحربي إن الزوار تجاوزوا المتوقع.\n"
         "ووفقا للحربي ارتفعت أسعار التذاكر إلى خمسين ريالا خلال أيام المعرض.", "خالد الحربي",
         "ارتفعت أسعار التذاكر إلى خمسين ريالا خلال أيام المعرض"),
        ("وبحسب مسؤول في البلدية تراجع عدد المخالفات بنسبة كبيرة خلال العام الماضي.", "مسؤول في البلدية",
         "تراجع عدد المخالفات بنسبة كبيرة خلال العام الماضي"),
        # a family name that is also a common word, written before after a compound given name
        ("وقال مدير المعرض عبد الكريم العمران إن الزوار زادوا.\n"
         "وبحسب العمران يستقبل المعرض الزوار حتى منتصف الليل خلال أيام العيد.", "عبد الكريم العمران",
         "يستقبل المعرض الزوار حتى منتصف الليل خلال أيام العيد"),
        # a definite document named before, the clause right after it
        ("وقالت الهيئة في بيان إن الحادث لم يسفر عن إصابات.\n"
         "وبحسب البيان تضررت ثلاثة منازل في الحي الشرقي من المدينة.",
         "الهيئة", "تضررت ثلاثة منازل في الحي الشرقي من المدينة"),
    ],
)
def test_according_to_without_a_comma_the_content_opens_with_its_verb(body, speaker, text):
    [quote] = [q for q in quotes_of(body) if q.cue == "according_to"]
    assert (quote.speaker, quote.text) == (speaker, text)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a title's next word is a name even when it could be read as a verb
        ("واستغرق تصوير الفيلمين خمس سنوات وفقا للمخرج سام منديز في حوار إذاعي.", "سام منديز"),
        ("وعادت الطواقم الحكومية إلى العمل في المدينة وفق وزير التربية عز الدين الأصبحي، الذي قال إن القرار مؤقت.",
         "عز الدين الأصبحي"),
        # a relative clause describing an indefinite source stays in the mention
        ("ووفقا لمصدر أمني ليبي يعمل حاليا في الجيش، فقد نقلت الأسلحة إلى مخازن جبلية بعيدة.",
         "مصدر أمني ليبي يعمل حاليا في الجيش"),
    ],
)
def test_according_to_a_verb_shaped_name_or_relative_clause_stays_in_the_source(body, speaker):
    [quote] = [q for q in quotes_of(body) if q.cue == "according_to"]
    assert quote.speaker and quote.speaker.endswith(speaker)


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        # a relative clause, an adjective's complement or a place attached to the source
        ("وبحسب المسؤول الذي طلب عدم ذكر اسمه، فإن اللجنة ستعلن أسماء الفائزين الأسبوع المقبل.",
         "المسؤول", "اللجنة ستعلن أسماء الفائزين الأسبوع المقبل"),
        ("وحسب مصادر محلية متابعة لملف المياه في المنطقة، فإن السد سيكتمل قبل نهاية العام الحالي.",
         "مصادر محلية", "السد سيكتمل قبل نهاية العام الحالي"),
        # the office's holder named last, after a title: the name is the source
        ("وبحسب مدير الإدارة في محافظة الخرج للشؤون الفنية المهندس سالم القحطاني، أن العمل في المشروع "
         "سينتهي خلال شهرين.", "سالم القحطاني", "العمل في المشروع سينتهي خلال شهرين"),
    ],
)
def test_according_to_a_long_source_ends_at_the_comma_before_its_complementizer(body, speaker, text):
    [quote] = [q for q in quotes_of(body) if q.cue == "according_to"]
    assert (quote.speaker, quote.text) == (speaker, text)


def test_according_to_then_a_verb_of_saying_is_not_read_past():
    body = "وبحسب ما جاء في الصحيفة قال المدير التنفيذي للهيئة سالم العلي، إن المشروع سيكتمل في موعده المحدد."
    assert all(not q.text.startswith("المشروع") or q.speaker == "سالم العلي" for q in quotes_of(body))


def test_a_comma_after_a_subjectless_verb_of_saying_stands_for_its_colon():
    body = ("وقال المدير إن الموسم بدأ مبكرا هذا العام.\n"
            "وتابع، نحن نعمل على توسيع الفروع في المدن الصغيرة خلال الأشهر المقبلة.\n"
            "وأضاف، في تصريح صحفي، الفروع الجديدة ستفتح قريبا.")
    assert [(q.speaker, q.text) for q in quotes_of(body)] == [
        ("المدير", "الموسم بدأ مبكرا هذا العام"),
        ("المدير", "نحن نعمل على توسيع الفروع في المدن الصغيرة خلال الأشهر المقبلة")]


def test_a_lede_quotation_credited_to_a_given_name_with_an_age():
    body = '"لم نعد نستطيع دفع الإيجار كل شهر كما كنا". هكذا تقول جلنار (45 عاما)، وهي معلمة في مدرسة خاصة.'
    (quote,) = quotes_of(body)
    assert (quote.rule, quote.speaker, quote.speaker_mention) == ("lede_quote", "جلنار", "جلنار")


def test_letter_lam_of_a_name_after_hasab_is_kept():
    # "وفقا لـ" takes the preposition; after "حسب" a name may begin with the letter ل.
    [according] = [q for q in quotes_of("وارتفعت الأسعار بنسبة كبيرة، وفقا لوزارة التجارة.") if q.rule == "according_to"]
    assert according.speaker == "وزارة التجارة"
    speakers = [q.speaker for q in quotes_of("«القرار كان شجاعا جدا»، حسب ليندا مارش، مهندسة بالشركة.")]
    assert not any(s and s.startswith("يندا") for s in speakers)


def test_subject_before_an_imperfect_verb_of_saying_at_a_paragraph_start():
    body = "وتابعت القوات تقدمها نحو المدينة.\nمصدر عسكري آخر يقول إن القادة يعلمون بوصول الأسلحة إلى المتطرفين."
    [quote] = [q for q in quotes_of(body) if "القادة" in q.text]
    assert quote.speaker == "مصدر عسكري آخر"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A contrasting clause ends an object's content; a titled name after it speaks itself.
        ("وحذر اللاعب سامي علي من وقوع حوادث جسيمة، بينما رئيس الاتحاد خالد عمر قال إن الإعلام بالغ في نقلها.",
         [("سامي علي", "من وقوع حوادث جسيمة"), ("خالد عمر", "الإعلام بالغ في نقلها")]),
        ("ودعا صحافيون بارزون إلى وضع خطة سلامة للكتاب، في حين دعا آخرون إلى تمكين اللجان الصحافية.",
         [("صحافيون بارزون", "إلى وضع خطة سلامة للكتاب"), ("آخرون", "إلى تمكين اللجان الصحافية")]),
        # "فيما يخص" is "regarding": the object goes on.
        ("وشدد المدير خالد عمر على ضرورة التقيد بالأنظمة والتعليمات، فيما يخص العاملين من المقيمين.",
         [("خالد عمر", "على ضرورة التقيد بالأنظمة والتعليمات، فيما يخص العاملين من المقيمين")]),
    ],
)
def test_a_contrasting_clause_ends_an_object_and_opens_its_own_subject(body, expected):
    assert [(q.speaker, q.text) for q in quotes_of(body)] == expected


def test_a_verb_after_a_participle_ends_its_words_when_the_clause_subject_came_first():
    body = ("وقال الدكتور سامي علي إن الطلاب مرحب بهم. فيما قدم الدكتور خالد عمر الشكر للأساتذة، "
            "مشيرًا إلى الارتباط الوثيق بين الجامعتين، وأضاف: «لدينا رغبة كبيرة في استمرار التبادل».")
    quotes = quotes_of(body)
    assert [q.speaker for q in quotes] == ["سامي علي", "خالد عمر", "خالد عمر"]
    assert "لدينا" not in quotes[1].text


def test_a_relayed_source_s_words_after_a_colon_are_a_quote_and_other_colons_after_the_verb_are_not():
    relayed = quotes_of("ونقلت الوكالة عن سامي خليل قوله: الأنشطة لها علاقة بأعمال الطرق ولا صلة لها بالسلاح.")
    assert [(q.speaker, q.text) for q in relayed] == [("سامي خليل", "الأنشطة لها علاقة بأعمال الطرق ولا صلة لها بالسلاح")]
    # "نقل" moving people, with a list after a colon further on
    assert quotes_of("المشروع هو نقل السكان من النهر إلى البحر، ويمر عن قرب بمدن القناة: السويس والإسماعيلية وبورسعيد.") == ()


def test_words_cut_at_the_next_verb_of_saying_leave_its_conjunction_to_it():
    found = quotes_of("وقال سامي خليل قائد الحرس: إن قرار المجلس «غير مقبول» أبدا. وقال «بعض البنود تجاوزت الخطوط».")
    assert found[0].text == "إن قرار المجلس «غير مقبول» أبدا"


@pytest.mark.parametrize(
    "body",
    [
        "وعندما تؤكد كل الحقائق المعروفة أن الاقتصاد تعافى، يتجاهل المحللون ذلك.",
        "وتشير معظم المؤشرات إلى أن الاقتصاد تعافى خلال الربع الأخير.",
    ],
)
def test_facts_and_indicators_a_quantifier_opens_are_narration_not_speakers(body):
    assert quotes_of(body) == ()


@pytest.mark.parametrize(
    "body",
    [
        # after "غير" a participle is a negated adjective
        "وقام الوزير سامي العلي أول من أمس بزيارة غير معلنة إلى الحدود الجنوبية.",
        # a feminine participle right after a feminine noun agrees with it
        "وطالب الوزير سامي العلي بفرض رقابة مشددة على كل المنشآت التجارية في المدينة.",
        "وكشف مصدر طبي تسجيل تسع حالات إصابة مؤكدة من المنومين في المستشفى.",
    ],
)
def test_a_participle_that_describes_a_noun_opens_no_quote(body):
    assert all(q.cue not in ("معلنة", "مشددة", "مؤكدة") for q in quotes_of(body))


def test_a_feminine_participle_after_a_pronoun_ending_still_opens_a_quote():
    body = "وتوفر الحكومة الرعاية الصحية كبرنامج رئيسي لإدارته مؤكدة أهمية تلبية احتياجات السكان."
    assert [q.cue for q in quotes_of(body)] == ["مؤكدة"]


@pytest.mark.parametrize(
    "body",
    [
        "ولفت نظري في المعرض أن أغلب الزوار كانوا من الشباب الذين جاؤوا من مدن بعيدة.",
        "وقد لفت انتباهنا أن عددا كبيرا من الجماهير حضر المباراة قبل موعدها بساعات.",
    ],
)
def test_what_caught_the_writers_attention_is_no_one_speaking(body):
    assert [q.speaker for q in quotes_of(body)] == []


def test_after_the_writers_attention_a_later_verb_has_its_own_speaker():
    body = ("لفت انتباهي أن القاعة امتلأت قبل بدء الحفل بساعة كاملة.\n"
            "وقال مدير المهرجان سالم العتيبي إن عدد الحضور تجاوز كل التوقعات هذا العام.")
    assert [q.speaker for q in quotes_of(body)] == ["سالم العتيبي"]


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        # an honorific, a name and an apposed office before the verb's own preposition
        ("كشف الشيخ سالم الحربي مدير الجمعية الخيرية عن خطة جديدة لتوزيع المساعدات على الأسر.",
         "سالم الحربي", "عن خطة جديدة لتوزيع المساعدات على الأسر"),
        ("وأكد المهندس فهد السالم مدير المشروع على أهمية الالتزام بالجدول الزمني المحدد للتنفيذ.",
         "فهد السالم", "على أهمية الالتزام بالجدول الزمني المحدد للتنفيذ"),
        # an object between: its preposition is its own, the object is the content
        ("وأكد الدكتور خالد العمري أهمية العمل على تطوير المناهج في المدارس الحكومية.",
         "خالد العمري", "أهمية العمل على تطوير المناهج في المدارس الحكومية"),
    ],
)
def test_a_verbs_own_preposition_after_an_honorific_name_and_office(body, speaker, text):
    [quote] = quotes_of(body)
    assert (quote.speaker, quote.text) == (speaker, text)


def test_by_his_saying_after_a_lead_verb_quotes_its_subject():
    body = "وختم الوزير سامي العلي حديثه بقوله: «سنواصل العمل حتى يكتمل المشروع في موعده المحدد»."
    (quote,) = quotes_of(body)
    assert (quote.text, quote.speaker) == ("سنواصل العمل حتى يكتمل المشروع في موعده المحدد", "سامي العلي")


def test_by_her_saying_continues_the_speaker_named_before():
    body = ("وأكدت الباحثة منى الخالدي أن الطلب على المساكن ارتفع خلال العام الماضي.\n"
            "وتطرقت إلى أسعار الإيجارات في كلمات محدودة بقولها: «الأسعار ستستقر بعد اكتمال المشاريع الجديدة».")
    quotes = quotes_of(body)
    assert [(q.text, q.speaker) for q in quotes][1:] == [
        ("الأسعار ستستقر بعد اكتمال المشاريع الجديدة", "منى الخالدي")]


def test_by_his_saying_ends_the_indirect_content_before_it():
    body = "وأكد اللاعب سامي العلي أنه سيعتذر للجماهير بقوله: «أخطأت في حقكم وأعدكم بأن أعوض ذلك في المباراة القادمة»."
    assert [(q.text, q.speaker) for q in quotes_of(body)] == [
        ("أنه سيعتذر للجماهير", "سامي العلي"),
        ("أخطأت في حقكم وأعدكم بأن أعوض ذلك في المباراة القادمة", "سامي العلي"),
    ]


def test_by_his_saying_after_a_verb_of_saying_leaves_the_verb_its_frame():
    body = "وعلق مصور الفيديو، وهو مواطن من المنطقة، في نهاية المقطع بقوله: «هذا ما يحدث كل يوم في الحي القديم»."
    (quote,) = quotes_of(body)
    assert (quote.cue, quote.speaker) == ("علق", "مصور الفيديو")


def test_by_his_saying_before_a_word_quotes_scripture_not_the_subject():
    body = "واستشهد الخطيب سامي العلي بقوله تعالى: «وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان»."
    assert all(q.cue != "بقوله" for q in quotes_of(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال ميلر لقوات أميركية في القاعدة: «نحن نحقق بعض التقدم ونحتاج إلى فعل المزيد».", "ميلر"),
        ("وقال سامي العلي للصحفيين إن الفريق سيعود إلى التدريبات الأسبوع المقبل بعد الراحة.", "سامي العلي"),
    ],
)
def test_whom_a_named_person_spoke_to_is_not_part_of_the_name(body, speaker):
    (quote,) = quotes_of(body)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an institution named after a person keeps its domain
        ("وقال مركز الأمير سامي العلي للأبحاث إن الدراسة شملت ألف مريض في ثلاث مدن مختلفة.",
         "مركز الأمير سامي العلي للأبحاث"),
        # a kunya: the name goes on after "أم"
        ("وقالت أم لمار إنها انتظرت عند باب المطعم نصف ساعة قبل أن تصل سيارتها.", "أم لمار"),
    ],
)
def test_a_lam_word_that_is_part_of_a_name_stays_in_it(body, speaker):
    (quote,) = quotes_of(body)
    assert quote.speaker == speaker


def test_a_verbal_noun_with_its_pronoun_after_a_name_is_the_object_not_the_name():
    body = "وأكد المدرب جوميز معرفته بالدوري السعودي، لا سيما أنه سبق له التدريب في منطقة الخليج العربي."
    (quote,) = quotes_of(body)
    assert quote.speaker == "جوميز"
