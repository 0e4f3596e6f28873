"""Article parsing: metadata, an offset-true cleaned body, repeated text kept once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from attribution.arabic.article import ParsedArticle, parse_article, split_glued
from attribution.arabic.normalize import normalize

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> ParsedArticle:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return parse_article(path.read_text(encoding="utf-8"))


def paragraphs(article: ParsedArticle) -> list[str]:
    return [article.body[s:e] for s, e in article.paragraphs]


# ---- seeds: metadata ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("prefix", "title", "outlet", "published", "url_start"),
    [
        ("000", 'مستشار الرئيس الفلسطيني لـ"سبوتنيك": نشك في موقف أمريكا من وقف الحرب وعلاقاتنا مع روسيا تاريخية',
         "سبوتنيك عربي", datetime(2024, 6, 12, 12, 23, tzinfo=UTC), "https://sarabic.ae/20240612/"),
        ("001", "يدعو بوتين حماس لإجراء محادثات في موسكو بينما تتخذ الحرب منحىً عالميًّا",
         "", datetime(2024, 2, 20, tzinfo=UTC), None),
        ("002", "روسيا تدافع عن دعوتها وفد حماس: مستمرون في التواصل مع كل الأطراف",
         "البوابة نيوز", datetime(2023, 10, 28, tzinfo=UTC), None),
        ("003", "العلاقات بين حماس وروسيا.. أسباب وأهداف", "فلسطين أون لاين", None, None),
        ("004", "بوتين: العلاقات الروسية الفلسطينية راسخة وذات طابع خاص",
         "سبوتنيك عربي", datetime(2026, 1, 22, tzinfo=UTC), "https://sarabic.ae/20260122/"),
    ],
)
def test_seed_metadata(prefix, title, outlet, published, url_start):
    article = seed(prefix)
    assert article.title == title
    assert article.outlet == outlet
    assert article.published == published
    if url_start is None:
        assert article.url is None
    else:
        assert article.url is not None and article.url.startswith(url_start)
    assert article.language == "ar"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_paragraph_spans_tile_the_body_and_the_title_comes_first(prefix):
    article = seed(prefix)
    assert article.title_span == article.paragraphs[0]
    assert paragraphs(article)[0] == article.title
    assert "\n".join(paragraphs(article)) == article.body
    for text in paragraphs(article):
        assert text == text.strip() and text and "\n" not in text


# ---- seed 000: the interview page with two copies of the body -------------------------
def test_seed_000_keeps_the_interview_once():
    article = seed("000")
    key = normalize(article.body)
    for sentence in ("وأكد الهباش على متانة وعمق العلاقات التاريخية بين فلسطين وروسيا",
                     "جربنا أمريكا أكثر من مرة، واستخدمت واشنطن الفيتو 3 مرات",
                     "ومن هنا تأتي أهمية العلاقات الإسلامية الروسية",
                     "قال محمود الهباش، مستشار الرئيس الفلسطيني، إن وقف الحرب على غزة"):
        assert key.count(normalize(sentence)) == 1, sentence


def test_seed_000_mends_breaks_left_by_links_but_keeps_real_paragraphs():
    texts = paragraphs(seed("000"))
    assert any(t.startswith('وأضاف، في مقابلة مع "سبوتنيك"، أن') for t in texts)
    assert any("على متانة وعمق العلاقات التاريخية" in t for t in texts)
    assert any("فالعالم يتحدث عن حل الدولتين" in t for t in texts)
    assert any("أكثر معرفة بالقضية الفلسطينية" in t for t in texts)
    # No final period, yet a paragraph of its own (glued "واحدةالولايات" in the other copy).
    assert any(t.endswith("لقوة عظمى واحدة") for t in texts)
    assert any(t.startswith("الولايات المتحدة تحاول") for t in texts)
    assert texts[-1].startswith("ومن هنا تأتي أهمية")


def test_seed_000_answers_and_questions_are_separate_paragraphs():
    texts = paragraphs(seed("000"))
    questions = [t for t in texts if t.endswith("؟")]
    assert len(questions) == 9
    assert "بداية.. كيف ترى قرار مجلس الأمن الأخير بشأن وقف الحرب على غزة؟" in texts


def test_seed_000_drops_page_furniture():
    article = seed("000")
    for junk in ("sputniknews.com", "+74956456601", "Rossiya Segodnya", "https://", "ar_EG",
                 "حوارات, أخبار", "أخبار روسيا اليوم", "GMT", "سبوتنيك عربي"):
        assert junk not in article.body, junk
    assert article.byline == "وائل مجدي"
    assert "أجرى المقابلة" not in article.body


# ---- seed 001: date glued to the first word, social lines ------------------------------
def test_seed_001_splits_the_glued_date_from_the_lead():
    texts = paragraphs(seed("001"))
    assert texts[1].startswith("اتخذت روسيا خطوة أكثر جدية")


def test_seed_001_drops_hashtags_and_handles_but_keeps_the_transcript():
    article = seed("001")
    assert "#FreeGaza" not in article.body and "@france24" not in article.body
    texts = paragraphs(article)
    assert any(t.startswith("فيليب تورو:") for t in texts)
    assert any(t.startswith("بوتين: هذه مهمة إنسانية") for t in texts)
    assert "النص العربي:" in texts


# ---- seed 002: repeated paragraph, metadata lines, teaser -------------------------------
def test_seed_002_keeps_the_clean_copy_of_the_repeated_paragraph():
    texts = paragraphs(seed("002"))
    peskov = [t for t in texts if t.startswith("وقال الكرملين على لسان")]
    assert peskov == ['وقال الكرملين على لسان المتحدث باسمه دميتري بيسكوف، إن روسيا "تعتقد أنه '
                      'من الضروري استمرار التواصل مع كل الأطراف في الصراع الإسرائيلي الفلسطيني".']


@pytest.mark.parametrize(
    "forbidden",
    ["روسيا تتهم الاستخبارات الأوكرانية بقتل جنرال قرب موسكو",
     "هناك أسباب للاعتقاد أن الاستخبارات الأوكرانية ضالعة في هذه الجريمة",
     "وحمّلت السلطات الروسية أوكرانيا مسؤولية مقتل كيريلوف",
     "كلمات دلالية", "المصدر:", "إقرأ أيضاً", "تاريخ النشر"],
)
def test_seed_002_body_ends_before_the_teaser(forbidden):
    assert normalize(forbidden) not in normalize(seed("002").body)


# ---- seed 004: one line, glued headings and sentences -----------------------------------
def test_seed_004_splits_glued_headings_and_sentences():
    texts = paragraphs(seed("004"))
    assert "تصريحات الرئيس الروسي فلاديمير بوتين" in texts
    assert "تصريحات الرئيس الفلسطيني محمود عباس" in texts
    assert any(t.startswith("وقال بوتين خلال اللقاء، إنه") for t in texts)
    assert any(t.startswith('وتابع: "نهجنا تجاه القضية الفلسطينية') for t in texts)
    assert any(t.startswith("وقال عباس خلال لقائه") for t in texts)


def test_seed_004_drops_the_description_trailer_but_keeps_the_lead():
    texts = paragraphs(seed("004"))
    assert texts[1].endswith("بالشرق والقضية الفلسطينية.")
    assert "22.01.2026" not in seed("004").body


# ---- handmade inputs --------------------------------------------------------------------
DEV_STYLE = (
    "http://www.alriyadh.com/1069911\n"
    "دراسة مسببات عدم انخفاض السلع\n"
    "alriyadh\n"
    "2015-08-02 23:09:00\n"
    "أكد الدكتور سليمان السماحي أن الجمعية تدرس الظاهرة.\n"
    "وأوضح السماحي بأن ذلك يأتي ضمن أولويات الجمعية.\n"
)


def test_corpus_style_header_lines_are_classified():
    article = parse_article(DEV_STYLE)
    assert (article.url, article.title, article.outlet) == (
        "http://www.alriyadh.com/1069911", "دراسة مسببات عدم انخفاض السلع", "alriyadh")
    assert article.published == datetime(2015, 8, 2, 23, 9, tzinfo=UTC)
    assert paragraphs(article)[1:] == ["أكد الدكتور سليمان السماحي أن الجمعية تدرس الظاهرة.",
                                       "وأوضح السماحي بأن ذلك يأتي ضمن أولويات الجمعية."]


def test_keyword_arguments_override_the_text_and_title_is_not_repeated():
    when = datetime(2020, 1, 1, tzinfo=UTC)
    article = parse_article("العنوان المعطى هنا\nقال الوزير إن الخطة جاهزة.", url="https://x.test/1",
                            title="العنوان المعطى هنا", outlet="okaz", published=when)
    assert (article.url, article.title, article.outlet, article.published) == (
        "https://x.test/1", "العنوان المعطى هنا", "okaz", when)
    assert article.body == "العنوان المعطى هنا\nقال الوزير إن الخطة جاهزة."


def test_given_title_is_the_first_paragraph_of_a_jsonl_body():
    article = parse_article("قال الوزير إن الخطة جاهزة.", title="الوزير: الخطة جاهزة")
    assert paragraphs(article) == ["الوزير: الخطة جاهزة", "قال الوزير إن الخطة جاهزة."]
    assert article.title_span == (0, len("الوزير: الخطة جاهزة"))


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("عين اليوم – جدة", "dash byline"),
        ("منيف الشهراني – الرياض", "dash byline"),
        ("أجرى المقابلة: وائل مجدي", "byline"),
        ("كلمات دلالية: روسيا حماس", "tags"),
        ("الوسوم: اقتصاد، نفط", "tags"),
        ("#غزة #فلسطين #FreeGaza", "hashtags"),
        ("تابعونا على تويتر", "social"),
        ("feedback@example.com", "mail"),
        ("+966 11 123 4567", "phone"),
        ("© 2024 سبوتنيك", "copyright"),
        ("https://example.com/img/photo.jpg", "image"),
        ("2024-06-12T12:23+0000", "date"),
        ("نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس", "dateline"),
        ("18:27 ت م", "time"),
    ],
)
def test_boilerplate_lines_stay_out_of_the_body(line, why):
    text = f"عنوان الخبر هنا\n{line}\nقال الوزير إن الخطة جاهزة تماما.\n"
    article = parse_article(text)
    assert paragraphs(article) == ["عنوان الخبر هنا", "قال الوزير إن الخطة جاهزة تماما."], why
    assert any(line in d for d in article.dropped)


@pytest.mark.parametrize(
    "marker", ["اقرأ أيضا:", "إقرأ أيضاً:", "شاهد أيضا", "اقرأ المزيد"],
)
def test_teaser_marker_ends_the_body(marker):
    article = parse_article(f"عنوان الخبر هنا\nقال الوزير إن الخطة جاهزة.\n{marker}\n"
                            "وزير آخر يعلن استقالته\nقال الوزير الآخر إنه استقال.")
    assert paragraphs(article) == ["عنوان الخبر هنا", "قال الوزير إن الخطة جاهزة."]


@pytest.mark.parametrize(
    ("last_line", "kept"),
    [
        ("وأضاف أن الخطة جاهزة. سمات الحرب اليمن علي صالح", "وأضاف أن الخطة جاهزة."),
        ("وأضاف أن الخطة جاهزة. رابط الخبر بصحيفة الوئام: الخطة جاهزة", "وأضاف أن الخطة جاهزة."),
        ("وأضاف أن الخطة جاهزة.\n// انتهى //\n18:27 ت م", "وأضاف أن الخطة جاهزة."),
        ("وأضاف أن الخطة جاهزة.\nجميع الحقوق محفوظة لصحيفة الخبر 2024", "وأضاف أن الخطة جاهزة."),
    ],
)
def test_footers_glued_to_the_last_sentence_are_cut(last_line, kept):
    article = parse_article(f"عنوان الخبر هنا\nقال الوزير إن الخطة جاهزة.\n{last_line}")
    assert paragraphs(article)[-1] == kept


def test_dateline_before_the_lead_is_dropped():
    article = parse_article("عنوان الخبر هنا\nسبق- الرياض: أكد وزير الخارجية أن الحل سياسي.")
    assert paragraphs(article)[1] == "أكد وزير الخارجية أن الحل سياسي."


def test_wide_gaps_separate_paragraphs():
    article = parse_article("عنوان الخبر هنا\nأكد الوزير أن الحل سياسي. \u00a0 وأضاف: إننا متفقون.")
    assert paragraphs(article)[1:] == ["أكد الوزير أن الحل سياسي.", "وأضاف: إننا متفقون."]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("في الحرب.وأكد الهباش", ["في الحرب.", "وأكد الهباش"]),
        ("على غزة؟من اليوم الأول", ["على غزة؟", "من اليوم الأول"]),
        ('قال إنه "قدمنا مساعدات".وتابع: "نهجنا"', ['قال إنه "قدمنا مساعدات".', 'وتابع: "نهجنا"']),
        ("تصريحات الرئيس الفلسطيني محمود عباسوقال عباس إن", ["تصريحات الرئيس الفلسطيني محمود عباس", "وقال عباس إن"]),
        ('قال: "هذا صحيح.وهذا أيضا"', ['قال: "هذا صحيح.وهذا أيضا"']),  # inside a quotation
        ("وقال د.محمد العلي إن", ["وقال د.محمد العلي إن"]),  # abbreviation
        ('تقرير "في.جي" النرويجي', ['تقرير "في.جي" النرويجي']),
        ("سجل 12.5 نقطة", ["سجل 12.5 نقطة"]),
    ],
)
def test_split_glued(text, parts):
    assert split_glued(text) == parts


def test_presentation_forms_and_invisible_marks_are_cleaned_for_display():
    article = parse_article("\u200f\u202bمطار جازان يستقبل &quot;فلاي دبي&quot;\nأوضح اﻷمين العام أن الرحلات بدأت.")
    assert article.title == 'مطار جازان يستقبل "فلاي دبي"'
    assert paragraphs(article)[1] == "أوضح الأمين العام أن الرحلات بدأت."


def test_hijri_dateline_is_not_a_publication_date():
    article = parse_article("عنوان الخبر هنا\nالرياض 12 ربيع الأول 1445 هـ واس\nقال الوزير إن الخطة جاهزة.")
    assert article.published is None


@pytest.mark.parametrize("raw", ["", "   \n\n  ", "\x00\x01", "https://x.test/only-a-url"])
def test_empty_or_meta_only_text_gives_an_empty_article(raw):
    article = parse_article(raw)
    assert article.body == "" and article.paragraphs == ()


def test_parse_is_linear_on_a_huge_single_line():
    import time

    raw = ("قال الوزير إن الخطة جاهزة، وأضاف أن التنفيذ يبدأ غدا " * 60_000)  # ~3.3 MB
    started = time.perf_counter()
    article = parse_article(raw)
    assert time.perf_counter() - started < 10
    assert article.body
