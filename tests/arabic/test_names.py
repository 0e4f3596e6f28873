"""Identity keys, clean full names and best-attested names (pure, no Django)."""

from __future__ import annotations

import pytest

from attribution.arabic.article import parse_article
from attribution.arabic.names import (
    best_attested_name,
    clean_full_name,
    dynastic_extension,
    identity_key,
    is_clean_name,
    join_compounds,
    lone_family_name,
    misspelt_pair,
    patronymic,
    same_person,
    transliteration_fold,
    transliteration_key,
    unmarked_middle,
)
from attribution.arabic.pipeline import extract_article
from attribution.arabic.validity import is_text_citation

# Made-up people: pairs are spellings of one name, non-pairs are two people.
SAME = [
    ("عبد الكريم الحازمي", "عبدالكريم الحازمي"),  # compound spacing
    ("عبدالكريم بن ناصر الحازمي", "عبد الكريم الحازمي"),  # optional father's name
    ("سالم بن فهد بن سعد العمري", "سالم العمري"),  # a chain of fathers
    ("أسامة الشمّري", "اسامه الشمري"),  # hamza, ة/ه, shadda
    ("مصطفى الزهراني", "مصطفي الزهراني"),  # ى/ي
    ("أبو خليل الرفاعي", "ابوخليل الرفاعي"),  # kunya spacing
    ("ويليام كوبر فارغاس", "وليام كوبر فارجاس"),  # long vowel, غ/ج
    ("غريغوري مالكوف", "جريجوري مالكوف"),  # g as غ or ج
    ("بيتر هاملتون", "بيتر هامِلتون"),  # a diacritic
    ("تيموثي كيلّر", "تيموثي كيلر"),  # doubled letter
    ("نبيل حسن أبو سامي", "نبيل حسن"),  # a kunya after the name
    ("منصور بن خالد بن سعيد", "منصور بن خالد"),  # forefathers after the father
    ("ماجد سعد الحربي", "ماجد الحربي"),  # the father's name without بن
    ("ماجد سعد الحربي", "ماجد بن سعد الحربي"),  # with and without بن
    ("بيتر يوهان هولم", "بيتر هولم"),  # a second given name
    ("صالح بن سعد آل مقرن", "صالح آل مقرن"),  # a dynastic family name, the father optional
    ("خوسيه مارتينيز", "خوسيه مارتينيس"),  # s as ز or س in a transliteration
    ("سامر نبيل بن خالد الحربي", "سامر نبيل الحربي"),  # a second name before the chain of fathers
    ("نوري تشاووش أوغلو", "نوري جاويش أوغلو"),  # ç as تش or ج, "oğlu" a word of its own
    ("نوري جاوش اوغلو", "نوري تشاوش أوغلو"),
    ("كمال حسن زاده", "كمال حسن‌زاده"),  # a Persian family name written apart or joined
    ("سامر بن محمد فرج فارس الحربي", "سامر بن محمد الحربي"),  # forefathers after the father
    ("نوري داود أغولو", "نوري داود أوغلو"),  # "oğlu" misspelt
]
DIFFERENT = [
    ("سعيد الغامدي", "سعد الغامدي"),  # two given names
    ("محمد الزيدي", "محمود الزيدي"),
    ("فهد العنزي", "نايف العنزي"),  # sharing a surname
    ("فيصل بن ماجد العتيبي", "فيصل بن راكان العتيبي"),  # different fathers
    ("منصور بن خالد", "منصور بن ناصر"),
    ("خالد بن سلمان آل مقرن", "خالد بن سعود آل مقرن"),
    ("عمر عاطف", "عمر عطيف"),  # Arabic names that differ by a long vowel
    ("كيري", "كيري"),  # a lone surname is never enough
    ("ماجد سعد الحربي", "ماجد فهد الحربي"),  # two fathers written without بن
    ("محمد أحمد علي", "محمد علي"),  # a name of given names only keeps them all
    ("نوري جاويش أوغلو", "نوري كليتشدار أوغلو"),  # two family names ending in "oğlu"
    ("أحمد أوغلو", "أحمد داوود أوغلو"),  # "oğlu" after a given name is no family name to go on
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_are_one_person(a: str, b: str) -> None:
    assert identity_key(a) == identity_key(b)
    assert same_person(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_two_people_are_never_one_person(a: str, b: str) -> None:
    assert not same_person(a, b)


@pytest.mark.parametrize(("a", "b"), [("سعيد الغامدي", "سعد الغامدي"), ("محمد الزيدي", "محمود الزيدي"),
                                      ("فهد العنزي", "نايف العنزي")])
def test_different_given_names_never_share_a_key(a: str, b: str) -> None:
    assert identity_key(a) != identity_key(b)


def test_compounds_join_but_a_dynastic_family_stays_apart() -> None:
    assert join_compounds(["عبد", "الرحمن", "ال", "مقرن"]) == ["عبدالرحمن", "ال", "مقرن"]
    assert join_compounds(["نصر", "الله"]) == ["نصرالله"]


def test_the_father_stays_when_it_is_all_that_tells_two_people_apart() -> None:
    assert identity_key("منصور بن خالد") == "منصور بن خالد"
    assert patronymic("عادل بن سامي الحربي") == ("سامي",)

def test_a_dynastic_family_name_keys_like_any_family_name_and_fathers_still_tell_apart() -> None:
    assert identity_key("خالد بن سلمان آل مقرن") == identity_key("خالد آل مقرن")
    assert same_person("خالد بن سلمان آل مقرن", "خالد آل مقرن")
    assert not same_person("خالد بن سلمان آل مقرن", "خالد بن سعود آل مقرن")


@pytest.mark.parametrize(("word", "folded"), [("سوينغ", "سنك"), ("سوينج", "سنك"), ("ڤيكتور", "فكتر"),
                                              ("كيللر", "كلر")])
def test_transliteration_fold(word: str, folded: str) -> None:
    assert transliteration_fold(word) == folded


def test_transliteration_key_folds_every_word() -> None:
    assert transliteration_key("ويليام هيغ") == transliteration_key("وليام هيج")


@pytest.mark.parametrize(("mention", "name"), [
    ("رئيس الوزراء البريطاني ديفيد كاميرون لوضع", "ديفيد كاميرون"),
    ("كيري مازحا", "كيري"),
    ("كيري والارتياح ظاهر", "كيري"),
    ("جون كيري أهمية", "جون كيري"),
    ("جون كيري للكونجرس", "جون كيري"),
    ("المتحدث الرسمي للمركز رأفت الصباغ", "رأفت الصباغ"),
    ("رأفت الصباغ المتحدث الرسمي باسم", "رأفت الصباغ"),
    ("الدكتور توفيق بن أحمد خوجة", "توفيق بن أحمد خوجة"),
    ("وزير الخارجية عادل الجبير", "عادل الجبير"),
    ("محمود عباس يقودها", "محمود عباس"),
    ("رجب طيب إردوغان", "رجب طيب إردوغان"),
    ("يوسف البنيان", "يوسف البنيان"),
    ("مدير الجامعة والمسجد النبوي", ""),
    ("المسؤول", ""),
    ("بصراحة", ""),
    # Titles without the article or abbreviated, and a styled title, are cut.
    ("م. سامر العتيبي", "سامر العتيبي"),
    ("دكتور نادر بن فهد الغامدي", "نادر بن فهد الغامدي"),
    ("العميد ركن ماجد الحربي", "ماجد الحربي"),
    ("خادم الحرمين الشريفين الملك فهد بن سعود", "فهد بن سعود"),
    ("خادم الحرمين الشريفين", ""),
    ("نائب خادم الحرمين الشريفين", ""),
    # Run-on words after the name end it.
    ("سامي الخطيب لـ«الوطن»", "سامي الخطيب"),
    ("جاك مونرو دعوته", "جاك مونرو"),
    ("نادر الخطيب ونظيره", "نادر الخطيب"),
    ("نادر الخطيب شكره", "نادر الخطيب"),
    ("نادر بن فهد حفظهم الله", "نادر بن فهد"),
    ("مونرو لصحفيين", "مونرو"),
    ("نوري جاويش أوغلو بدء", "نوري جاويش أوغلو"),  # "oğlu" ends the name
    # After the father's name: a title word last or before another title, a dictionary word last.
    ("أمين المدينة المهندس نادر بن عبد الرحمن المخرج", "نادر بن عبد الرحمن المخرج"),
    ("المهندس نادر بن سامي المخرج أمين المدينة", "نادر بن سامي المخرج"),
    ("المهندس نادر بن سامي قدح", "نادر بن سامي قدح"),
    ("نادر بن سامي بالرياض", "نادر بن سامي"),
    ("وزير الطاقة نادر بن محمد فرج فارس الحربي", "نادر بن محمد فرج فارس الحربي"),
    ("بيرتوني الجالية اليهودية", "بيرتوني"),  # no Arabic family name after a transliterated surname
    ("رئيس اتحاد الكاريبي لكرة القدم", ""),
    ("إدارة منطقة الساحل", ""),  # a place noun is no name word
    ("مدير «المركز الوطني لحقوق الطفل", ""),
    ("الرئيس التنفيذي لشركة النخيل", ""),
    ("وليد الخطيب", "وليد الخطيب"),  # a name that opens with و
    ("وجيه الحربي", "وجيه الحربي"),
    ("لبنى الخطيب", "لبنى الخطيب"),  # a name that opens with ل
    # A title, then one family name: the family name.
    ("الوزير مونرو", "مونرو"),
    ("العميد القحطاني", "القحطاني"),
    ("الرئيس الأمريكي", ""),
    ("المدرب الألماني", ""),
    ("الإيطالي ماركو روسيتي مدرب الفريق", "ماركو روسيتي"),  # a name inside a role chain
    ("تفجير نادر بن فهد الغامدي", "نادر بن فهد الغامدي"),  # an event noun, then the name
    ("رسول الله ﷺ", ""),
    # "علي" folds like the preposition "على", "فان" like "فإن": as written they are name words.
    ("علي الشمراني", "علي الشمراني"),
    ("الشيخ علي الشمراني", "علي الشمراني"),
    ("لويس فان برغن", "لويس فان برغن"),
    ("فان برغن", "فان برغن"),
    ("فان الوزارة", ""),
])
def test_clean_full_name(mention: str, name: str) -> None:
    assert clean_full_name(mention) == name


def test_a_clean_name_is_its_own_clean_name() -> None:
    assert is_clean_name("جون كيري")
    assert not is_clean_name("جون كيري أهمية")
    assert not is_clean_name("")


def test_the_best_attested_clean_name_wins_not_the_latest_or_longest() -> None:
    votes = [("عادل الجبير", 148), ("عادل بن أحمد الجبير", 122)]
    assert best_attested_name("عادل بن أحمد الجبير", votes) == "عادل الجبير"


def test_one_odd_mention_never_renames() -> None:
    votes = [("جون كيري", 40), ("جون فوربس كيري", 1), ("جون كيري أهمية", 90)]
    assert best_attested_name("جون كيري", votes) == "جون كيري"


def test_a_full_name_outranks_a_more_frequent_lone_surname() -> None:
    assert best_attested_name("كيري", [("كيري", 30), ("جون كيري", 2)]) == "جون كيري"


def test_a_tie_keeps_the_current_name() -> None:
    votes = [("سالم العمري", 3), ("سالم بن فهد العمري", 3)]
    assert best_attested_name("سالم بن فهد العمري", votes) == "سالم بن فهد العمري"


def test_no_clean_vote_keeps_the_current_name() -> None:
    assert best_attested_name("الوزير", [("بصراحة", 5)]) == "الوزير"


@pytest.mark.parametrize(("mention", "citation"), [
    ("تعالى", True), ("الله عز وجل", True), ("رسول الله صلى الله عليه وسلم", True), ("رسول الله ﷺ", True),
    ("النبي", True), ("الشاعر", True), ("المثل الشعبي", True),
    ("الشاعر محمد الثبيتي", False), ("وزير الشؤون الإسلامية", False),
])
def test_text_citations(mention: str, citation: bool) -> None:
    assert is_text_citation(mention) is citation


@pytest.mark.parametrize("text", [
    "وفي سورة يوسف قال تعالى: «إن الله لا يضيع أجر المحسنين».",
    "وقال رسول الله ﷺ: «الدين النصيحة».",
    "وقال الشاعر: «إذا الشعب يوما أراد الحياة فلا بد أن يستجيب القدر».",
    "قال الله تعالى: «وتعاونوا على البر والتقوى».",
])
def test_text_citations_are_skipped_by_the_extractor(text: str) -> None:
    assert extract_article(parse_article(text)).quotes == ()


def test_a_person_after_a_text_citation_is_still_quoted() -> None:
    text = "قال تعالى: «وتعاونوا على البر والتقوى». وأضاف وزير الصحة خالد الفالح أن الحملة مستمرة."
    quotes = extract_article(parse_article(text)).quotes
    assert [q.speaker for q in quotes] == ["خالد الفالح"]


def test_a_lone_given_name_is_not_completed_by_a_passing_full_name() -> None:
    votes = [("محمد", 46), ("أبو محمد", 2), ("نشوان هاشم محمد", 1)]
    assert best_attested_name("محمد", votes) == "محمد"


def test_a_name_written_once_does_not_replace_a_voted_name() -> None:
    assert best_attested_name("سالم العمري", [("سالم العمري", 1), ("سالم بن فهد العمري", 1)]) == "سالم العمري"


def test_a_full_name_gathers_its_given_name_surname_when_well_attested() -> None:
    assert best_attested_name("ياسين", [("ياسين", 30), ("رياض ياسين", 10)]) == "رياض ياسين"


def test_one_mention_never_renames_a_row() -> None:
    assert best_attested_name("ذلك", [("سالم العمري", 1)]) == "ذلك"


def test_surname_mentions_keep_the_full_name_the_extractor_resolved() -> None:
    assert best_attested_name("فلاديمير بوتين", [("بوتين", 4)]) == "فلاديمير بوتين"


def test_a_lone_given_name_never_replaces_a_fuller_name() -> None:
    # "عبد الله" is a given name and a family name: its mentions may be anyone's.
    assert best_attested_name("كامل عبد الله", [("عبد الله", 6), ("كامل عبد الله", 1)]) == "كامل عبد الله"
    assert best_attested_name("علي", [("علي", 3)]) == "علي"


def test_a_surname_with_its_particle_counts_for_the_full_name() -> None:
    assert best_attested_name("لويس فان برغن", [("فان برغن", 4), ("لويس فان برغن", 1)]) == "لويس فان برغن"


@pytest.mark.parametrize(("name", "family"), [("الصباغ", "الصباغ"), ("القحطاني", "القحطاني"), ("الوزارة", ""),
                                              ("المسؤول", ""), ("الهيئة", ""), ("الصباغ الجديد", "")])
def test_lone_family_name(name: str, family: str) -> None:
    assert lone_family_name(name) == family


@pytest.mark.parametrize(("name", "middle"), [("ماجد سعد الحربي", ("سعد",)), ("ماجد الحربي", ()),
                                              ("ماجد بن سعد الحربي", ()), ("سامر نبيل بن خالد الحربي", ("نبيل",)),
                                              ("محمد أحمد علي", ())])
def test_unmarked_middle(name: str, middle: tuple[str, ...]) -> None:
    assert unmarked_middle(name) == middle


def test_a_name_ending_in_a_fathers_name_does_not_gather_that_given_name() -> None:
    votes = [("إبراهيم", 6), ("نادر بن إبراهيم", 3)]
    assert best_attested_name("إبراهيم", votes) == "إبراهيم"


@pytest.mark.parametrize(
    ("short", "long", "joined"),
    [
        ("تركي بن طلال", "تركي بن طلال آل سعود", True),
        ("تركي بن طلال", "تركي بن طلال بن عبدالعزيز آل سعود", True),
        ("تركي بن طلال", "تركي بن طلال السديري", False),
        ("تركي", "تركي آل سعود", False),
        ("تركي بن فهد", "تركي بن طلال آل سعود", False),
    ],
)
def test_a_name_with_its_fathers_extends_to_its_dynasty(short, long, joined):
    assert dynastic_extension(short, long) is joined


@pytest.mark.parametrize(("a", "b", "misspelt"), [
    ("ماركو سيبيلا", "ماركو سيبيلو", True),  # one letter off in a foreign family name
    ("نوري داود أوغلو", "نوري واود أوغلو", True),  # in a compound family name
    ("عمر عاطف", "عمر عطيف", False),  # Arabic names that differ by a letter are two people
    ("ماركو سيبيلا", "ميكا سيبيلا", False),  # the given name differs
    ("ماركو سيبيلا", "ماركو سيبيلاتو", False),  # more than one letter
])
def test_misspelt_pair(a: str, b: str, misspelt: bool) -> None:
    assert misspelt_pair(a, b) is misspelt
