"""Parse raw scraped Arabic news text into metadata and an offset-true cleaned body.

The raw text of a scraped page is a list of lines. Each line is classified (url, date,
site name, tags, image/link, contact/footer boilerplate, social, byline, teaser marker,
text) instead of being guessed by position; the first text line is the title. The body is
built from the remaining text lines:

* repeated text is kept once: a paragraph whose sentences all occur elsewhere is dropped,
  longest first, so a run-together copy of the whole article (no line breaks) loses to the
  better-segmented copy, and a paragraph repeated with a glued fragment loses to the clean one;
* stray line breaks inside a sentence are mended when the dropped run-together copy shows
  the sentence continuing there, or when a line ends on an opening quote mark;
* sentences and section headings the scraper glued together ("الحرب.وأكد",
  "بوتينوقال") are split into paragraphs;
* a teaser marker ("اقرأ أيضا") or an end-of-item marker ("// انتهى //") ends the body.

``body`` is ``"\\n".join(paragraphs)`` and starts with the title, so a headline attribution
("بوتين: …") has offsets like any other quote; ``title_span`` says where it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from attribution.arabic.dates import HIJRI_SUFFIX, find_date, iter_dates
from attribution.arabic.normalize import (
    fold_digits,
    fold_presentation_forms,
    has_presentation_forms,
    normalize,
)

# ---------------------------------------------------------------------------------------
# Lexicon: site names, markers and boilerplate, as written on the pages.
# ---------------------------------------------------------------------------------------
KNOWN_OUTLETS: Final[tuple[str, ...]] = (
    "سبوتنيك عربي", "سبوتنيك", "فلسطين أون لاين", "البوابة نيوز", "الجزيرة نت",
    "العربية نت", "سكاي نيوز عربية", "RT Arabic", "RT عربي", "روسيا اليوم",
    "بي بي سي عربي", "BBC عربي", "BBC News عربي", "فرانس 24", "الشرق الأوسط",
    "اليوم السابع", "المصري اليوم", "بوابة الأهرام", "الأهرام", "الشروق", "القدس العربي",
    "عربي 21", "عربي21", "الخليج أونلاين", "الميادين", "وكالة الأناضول", "الأناضول",
    "وكالة الأنباء السعودية", "واس", "وكالة وفا", "شبكة قدس", "المركز الفلسطيني للإعلام",
    "TRT عربي", "إندبندنت عربية", "CNN بالعربية", "يورونيوز عربي", "DW عربية",
    "عين اليوم", "صحيفة الوئام", "صحيفة سبق", "صحيفة عكاظ", "جريدة الرياض",
)
# Domains whose site name is known, for pages that never print it.
OUTLET_DOMAINS: Final[dict[str, str]] = {
    "sarabic.ae": "سبوتنيك عربي",
    "felesteen.news": "فلسطين أون لاين",
    "felesteen.ps": "فلسطين أون لاين",
    "albawabhnews.com": "البوابة نيوز",
    "aljazeera.net": "الجزيرة نت",
    "alarabiya.net": "العربية نت",
    "skynewsarabia.com": "سكاي نيوز عربية",
    "arabic.rt.com": "RT Arabic",
    "france24.com": "فرانس 24",
}
SOURCE_PREFIXES: Final[tuple[str, ...]] = ("المصدر", "مصدر الخبر", "نقلا عن", "Source")
TAG_PREFIXES: Final[tuple[str, ...]] = (
    "كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "الوسوم",
    "وسوم", "مواضيع متعلقة", "Tags", "سمات",
)
# A teaser marker on its own line starts another article's teaser: the body ends there.
TEASER_MARKERS: Final[tuple[str, ...]] = (
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "إقرأ ايضا",
    "أقرأ أيضا", "اقرأ المزيد", "إقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "شاهد ايضا",
    "طالع أيضا", "طالع أيضاً", "اقرأ كذلك", "أخبار ذات صلة", "مواضيع ذات صلة",
    "مقالات ذات صلة", "المزيد من الأخبار", "Read also", "Read more",
)
# End-of-item markers: nothing after them is body. The wire marker is "// انتهى //";
# the footers may follow the last sentence on the same line.
WIRE_END: Final = "انتهى"
FOOTER_MARKERS: Final[tuple[str, ...]] = (
    "رابط الخبر بصحيفة الوئام", "للتواصل مع الكاتب", "جميع الحقوق محفوظة",
    "All rights reserved",
)
# Lines made of these (with a colon) name the author, not a speaker.
BYLINE_LABELS: Final[tuple[str, ...]] = (
    "كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تحرير", "متابعة", "ترجمة", "تصوير",
    "أجرى المقابلة", "أجرت المقابلة", "أجرى الحوار", "أجرت الحوار", "أجرى اللقاء",
    "حاوره", "حاورته", "حاورها",
)
SOCIAL_PHRASES: Final[tuple[str, ...]] = (
    "تابعونا على", "تابعوا", "شارك هذا", "شارك المقال", "شارك الخبر", "انضم إلى قناتنا",
    "اشترك في", "للاشتراك", "Share this", "Follow us",
)
# Words that may sit on a date line besides the date itself.
DATE_LINE_FILLERS: Final[frozenset[str]] = frozenset(
    normalize(w) for w in (
        "date", "published", "updated", "تاريخ النشر", "نشر في", "نشر بتاريخ", "آخر تحديث",
        "اخر تحديث", "تم التحديث", "تحديث", "الموافق", "م", "هـ", "GMT", "UTC", "ص",
        "ت م", "بتوقيت", "غرينتش", "مكة", "المكرمة", "السعودية", "حصري",
    ) for w in normalize(w).split()
)
# Verbs of saying that a scraper glues to the preceding heading ("بوتينوقال").
GLUED_CUES: Final[tuple[str, ...]] = (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "تابع", "تابعت", "أشار", "أشارت",
    "أوضح", "أوضحت", "شدد", "شددت", "ذكر", "ذكرت", "أعلن", "أعلنت", "كشف", "كشفت",
    "لفت", "لفتت", "نفى", "نفت",
)
IMAGE_EXTENSIONS: Final = ("jpg", "jpeg", "png", "gif", "webp", "svg", "mp4", "mp3", "pdf")

# ---------------------------------------------------------------------------------------
# Compiled patterns.
# ---------------------------------------------------------------------------------------
_AR: Final = "\u0621-\u064a"  # Arabic letters (hamza … yeh)
_INVISIBLE: Final = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
_CONTROL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ODD: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_INLINE_JUNK: Final = re.compile(r"\[email\s*protected\]|/\*\s*\*/")
_SPACES: Final = re.compile(r"\s+")
# Three or more blanks inside a line separate paragraphs on some sites (sabq: " \xa0 ").
_WIDE_GAP: Final = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{3,}")
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE_LINE: Final = re.compile(r"^\+?[\d\s().-]{7,}$")
_DIGIT: Final = re.compile(r"\d")
_TIME: Final = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_ARABIC_LETTER: Final = re.compile(f"[{_AR}]")
_WORD: Final = re.compile(r"\w+")
_TERMINAL: Final = ".؟?!:؛…\"»”)"
_LATIN_ID: Final = re.compile(r"[a-z0-9][a-z0-9_.-]{1,30}")
_HASHTAG_OR_HANDLE: Final = re.compile(r"(?<!\w)[#@]\w+")
_DESCRIPTION_TRAILER: Final = re.compile(
    r"(?<=[.!؟\"»”)])\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*[,،]\s*(?P<site>[^,،.\d][^,،.]{1,40})$"
)
_BYLINE: Final = re.compile(
    rf"^(?:{'|'.join(map(re.escape, BYLINE_LABELS))})\s*[:：]\s*(?P<name>[^:.؟!]{{2,60}})$"
)
# "منيف الشهراني – الرياض", "عين اليوم – جدة": name or site, dash, place; nothing else.
_DASH_BYLINE: Final = re.compile(r"^[^\s.:،؟!\"«»]+(?:\s+[^\s.:،؟!\"«»]+){0,3}\s*[-–—ـ]\s*[^\s.:،؟!\"«»]+(?:\s+[^\s.:،؟!\"«»]+){0,2}\s*$")
# A dateline opening the lead: "سبق- الرياض: " or "عبد الله الراجحي- سبق- جازان: ".
_DATELINE_PREFIX: Final = re.compile(
    r"^(?:[^\s.:،؟!\"«»]+\s*){1,4}[-–—ـ]\s*(?:[^\s.:،؟!\"«»]+\s*){1,3}"
    r"(?:[-–—ـ]\s*(?:[^\s.:،؟!\"«»]+\s*){1,3})?[:：]\s*"
)
_SOURCE_LINE: Final = re.compile(
    rf"^(?:{'|'.join(map(re.escape, SOURCE_PREFIXES))})\s*[:：]\s*(?P<name>.{{2,60}})$"
)
_TAG_LINE: Final = re.compile(rf"^(?:{'|'.join(map(re.escape, TAG_PREFIXES))})\s*[:：]")
# Ain Alyoum glues its tag block ("سمات …") after the last sentence.
_TRAILING_TAGS_WORD: Final = "سمات"
_TRAILING_TAGS: Final = re.compile(r"(?<=[.!؟\"»”])\s*" + _TRAILING_TAGS_WORD + r"(?:\s+[^\s.!؟:]+){1,15}\s*$")
_TEASER: Final = re.compile(
    rf"^(?:{'|'.join(map(re.escape, TEASER_MARKERS))})(?![{_AR}\w])\s*[:：.…-]*\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_END: Final = re.compile(
    rf"//\s*{WIRE_END}\s*//|^{WIRE_END}$|(?:^|(?<=[\s.!؟\"»”]))"
    rf"(?:{'|'.join(map(re.escape, FOOTER_MARKERS))})",
    re.IGNORECASE,
)
_TIME_LINE: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:ت\s*م|ص|م|GMT|UTC|AM|PM)?$", re.IGNORECASE)
_COPYRIGHT: Final = re.compile(r"©|\(c\)\s*\d{4}|حقوق (?:النشر|الطبع)", re.IGNORECASE)
_GLUED_CUE: Final = re.compile(rf"و(?:{'|'.join(GLUED_CUES)})(?=[\s:،,])")
# A sentence end glued to the next word: "الحرب.وأكد", "غزة؟من", "".وتابع".
# After a period the next word needs three letters ("في.جي" is a name); after ؟ or ! two do.
# (The stop character comes first so that ``re`` skips ahead to it.)
_GLUED_STOP: Final = re.compile(rf"[.؟!](?:(?<=\.)\.*(?=[{_AR}]{{3}})|(?<=[؟!])[؟!]*(?=[{_AR}]{{2}}))")
_THREE_LETTERS: Final = re.compile(f"[{_AR}]{{3}}")
_SENTENCE_BREAK: Final = re.compile(r"[.؟?!؛:\n]+")

OPENING_QUOTES: Final = "«“„"
CLOSING_QUOTES: Final = "»”"
# Dedup work is quadratic in the worst case; bound it (bigger texts only lose exact dups).
MAX_COVERAGE_CHARS: Final = 150_000
# Lines longer than this are body text; the header/boilerplate tests only run on shorter ones.
SHORT_LINE_CHARS: Final = 300
DESCRIPTION_TAIL_CHARS: Final = 80
# Repeated text is looked for only when a line's opening or middle recurs elsewhere.
PROBE_CHARS: Final = 24
COVERED_SHARE: Final = 0.9
TITLE_MAX_WORDS: Final = 40
HEADER_LINES: Final = 8


@dataclass(frozen=True)
class ParsedArticle:
    """An article ready for extraction.

    ``body`` is the cleaned text every later offset points into; ``paragraphs`` are
    ``(start, end)`` spans of ``body``. ``published`` is timezone-aware (UTC when the
    source gives no zone) or ``None``. ``dropped`` lists the raw lines left out of the body.
    The title is the first paragraph of ``body`` when there is one (``title_span``).
    """

    raw: str
    body: str
    url: str | None = None
    title: str = ""
    outlet: str = ""
    published: datetime | None = None
    language: str = "ar"
    paragraphs: tuple[tuple[int, int], ...] = ()
    dropped: tuple[str, ...] = field(default=(), repr=False)
    title_span: tuple[int, int] | None = None
    byline: str = ""


# ---------------------------------------------------------------------------------------
# Line cleaning and classification.
# ---------------------------------------------------------------------------------------
def clean_text(text: str) -> str:
    """Return one line of display text: no invisible marks, entities decoded, single spaces.

    >>> clean_text("\\u200f\\u202bمطار جازان &quot;فلاي دبي&quot;\\u00a0 ")
    'مطار جازان "فلاي دبي"'
    """
    if _ODD.search(text) is not None:
        text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "[" in text or "/*" in text:
        text = _INLINE_JUNK.sub(" ", text)
    return " ".join(fold_presentation_forms(text).split())


def _words(text: str) -> int:
    # Lines are single-spaced after clean_text, so counting spaces is enough (and fast).
    text = text.strip()
    return text.count(" ") + 1 if text else 0


def _has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None


def _starts_with_any(text: str, prefixes: Iterable[str]) -> bool:
    return any(text.startswith(p) for p in prefixes)


def is_url_line(line: str) -> bool:
    """Return whether ``line`` is a link or image line (a URL and at most a few words).

    >>> is_url_line("https://cdn.img.sarabic.ae/img/1.jpgسبوتنيك عربي")
    True
    """
    m = _URL.match(line)
    return m is not None and _words(line[m.end():]) <= 4


def is_date_line(line: str) -> bool:
    """Return whether ``line`` only states a date (with time, zone or a dateline place).

    >>> is_date_line("12:23 GMT 12.06.2024 (تم التحديث: 12:24 GMT 12.06.2024) حصري")
    True
    >>> is_date_line("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")
    True
    """
    if _DIGIT.search(line) is None or _words(line) > 25:
        return False
    rest, last, found = [], 0, False
    for m in iter_dates(line):
        rest.append(line[last:m.start])
        last, found = m.end, True
    if not found:
        return False
    rest.append(line[last:])
    leftover = _TIME.sub(" ", _URL.sub(" ", " ".join(rest)))
    words = [w for w in normalize(leftover).split() if w not in DATE_LINE_FILLERS]
    return len(words) <= 3


def is_tag_list(line: str) -> bool:
    """Return whether ``line`` is a comma-separated list of short tags.

    >>> is_tag_list("حوارات, أخبار فلسطين اليوم, إسرائيل, روسيا, حصري")
    True
    >>> is_tag_list("زار الرئيس الرياض، وجدة، والدمام، وأكد أن الزيارة ناجحة.")
    False
    """
    if any(ch in line for ch in ".؟?!:\"«»“”"):
        return False
    items = [i.strip() for i in _TAG_SEPARATOR_RE.split(line)]
    return len(items) >= 3 and all(0 < _words(i) <= 4 for i in items)


_TAG_SEPARATOR_RE: Final = re.compile(r"[,،|]")


def is_social_line(line: str) -> bool:
    """Return whether ``line`` is hashtags, handles or a share/follow call.

    >>> is_social_line("#FreeGaza #Palestine #غزة")
    True
    """
    if "#" in line or "@" in line:
        tagged = len(_HASHTAG_OR_HANDLE.findall(line))
        if tagged * 2 >= _words(line):
            return True
    return _words(line) <= 12 and _starts_with_any(line, SOCIAL_PHRASES)


def is_contact_line(line: str) -> bool:
    """Return whether ``line`` is contact or footer boilerplate (mail, phone, copyright).

    >>> is_contact_line("feedback.arabic@sputniknews.com")
    True
    >>> is_contact_line("+74956456601")
    True
    """
    if _PHONE_LINE.match(line):
        return True
    if "@" not in line:
        return _words(line) <= 15 and _COPYRIGHT.search(line) is not None
    without_mail, mails = _EMAIL.subn("", line)
    if mails and _words(without_mail.strip(" ,؛:-|")) <= 3:
        return True
    return _words(line) <= 15 and _COPYRIGHT.search(line) is not None


def byline_name(line: str) -> str | None:
    """Return the author named by a byline line ("أجرى المقابلة: وائل مجدي"), else ``None``.

    >>> byline_name("أجرى المقابلة: وائل مجدي")
    'وائل مجدي'
    """
    m = _BYLINE.match(line)
    return m.group("name").strip() if m and _words(m.group("name")) <= 6 else None


def is_dash_byline(line: str) -> bool:
    """Return whether ``line`` is a "name – place" byline or dateline.

    >>> is_dash_byline("منيف الشهراني – الرياض")
    True
    """
    return _words(line) <= 7 and _DASH_BYLINE.match(line) is not None


def source_name(line: str) -> str | None:
    """Return the outlet of an "المصدر: …" line, else ``None``.

    >>> source_name("المصدر: البوابة نيوز")
    'البوابة نيوز'
    """
    m = _SOURCE_LINE.match(line)
    return m.group("name").strip() if m and _words(m.group("name")) <= 6 else None


_OUTLET_KEYS: Final = {normalize(name): name for name in KNOWN_OUTLETS}


def known_outlet(line: str) -> str | None:
    """Return the site name when ``line`` is just a known outlet's name.

    >>> known_outlet("فلسطين أون لاين")
    'فلسطين أون لاين'
    """
    if _words(line) > 5:
        return None
    return _OUTLET_KEYS.get(normalize(line)) and line


_URL_SCHEME_RE: Final = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def outlet_from_url(url: str | None) -> str:
    """Return the site name of a known domain, else ``""``.

    >>> outlet_from_url("https://sarabic.ae/20240612/x.html")
    'سبوتنيك عربي'
    """
    if not url:
        return ""
    host = _URL_SCHEME_RE.sub("", url).split("/")[0].lower()
    for domain, name in OUTLET_DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return ""


_URL_DATE_RE: Final = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?=[/_-])")


def date_from_url(url: str | None) -> datetime | None:
    """Return the date a URL path encodes (/20240612/, /2015/07/31/), else ``None``.

    >>> date_from_url("https://sarabic.ae/20240612/x.html").date().isoformat()
    '2024-06-12'
    """
    if not url:
        return None
    m = _URL_DATE_RE.search(url)
    if not m:
        return None
    found = find_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    return found.value if found else None


# ---------------------------------------------------------------------------------------
# Line records.
# ---------------------------------------------------------------------------------------
TEXT, META, END, TEASER_END = "text", "meta", "end", "teaser"


@dataclass
class _Line:
    index: int
    text: str
    kind: str = TEXT
    description: bool = False  # a meta-description copy of the lead; dropped first on ties
    key: str = ""


@dataclass
class _Header:
    url: str | None = None
    outlet: str = ""
    published: datetime | None = None
    described: datetime | None = None  # from a meta-description trailer; a weaker source
    byline: str = ""
    title: str = ""
    dropped: list[str] = field(default_factory=list)
    tag_items: set[str] = field(default_factory=set)


def _split_pieces(raw: str) -> list[str]:
    # U+001A stands in for a lost paragraph break (Al-Yaum); wide gaps separate paragraphs.
    raw = raw.replace("\x1a", "\n")
    if _WIDE_GAP.search(raw) is None:
        return raw.splitlines()  # (the usual case: one search of the text, not one a line)
    pieces: list[str] = []
    for line in raw.splitlines():
        if _WIDE_GAP.search(line):
            pieces.extend(_WIDE_GAP.split(line))
        else:
            pieces.append(line)
    return pieces


def _classify(line: _Line, header: _Header, in_header: bool, lead: bool) -> None:
    """Set ``line.kind`` and harvest metadata; text lines may be trimmed in place."""
    text = line.text
    teaser = _TEASER.match(text)
    if teaser is not None:
        line.kind = TEASER_END if _words(teaser.group("rest")) <= 1 else META
        return
    end = _END.search(text) if _has_end_marker(text) else None
    if end is not None:
        before = text[: end.start()].strip()
        header.dropped.append(text[end.start():])
        # Keep the sentence before a glued footer, then stop.
        line.text = before if _words(before) > 2 else ""
        line.kind = END
        return
    if is_url_line(text):
        url = _URL.match(text).group(0)  # type: ignore[union-attr]
        if header.url is None and not url.lower().rstrip("/").endswith(IMAGE_EXTENSIONS) and "/img/" not in url:
            header.url = url
        line.kind = META
        return
    if len(text) > SHORT_LINE_CHARS:
        # Long lines are body text; only a description trailer or a glued date can hide there.
        _classify_long(line, header, lead)
        return
    if (name := byline_name(text)) is not None:
        header.byline = header.byline or name
        line.kind = META
        return
    if (name := source_name(text)) is not None:
        header.outlet = header.outlet or name
        line.kind = META
        return
    if (name := known_outlet(text)) is not None:
        header.outlet = header.outlet or name
        line.kind = META
        return
    if is_tag_list(text):
        header.tag_items.update(normalize(item) for item in _TAG_SEPARATOR_RE.split(text))
        line.kind = META
        return
    if _TAG_LINE.match(text) or is_social_line(text) or is_contact_line(text):
        line.kind = META
        return
    if _TIME_LINE.match(text):
        line.kind = META
        return
    if is_date_line(text):
        _harvest_date(text, header)
        for url in _URL.findall(text):
            header.url = header.url or url
        line.kind = META
        return
    if not _has_arabic(text):
        if in_header and not header.outlet and _LATIN_ID.fullmatch(text):
            header.outlet = text
        if _words(text) <= 8:
            line.kind = META
            return
    if is_dash_byline(text):
        line.kind = META
        return
    _classify_long(line, header, lead)


def _has_end_marker(text: str) -> bool:
    return WIRE_END in text or any(marker in text for marker in FOOTER_MARKERS)


def _classify_long(line: _Line, header: _Header, lead: bool) -> None:
    text = line.text
    tail = text[-DESCRIPTION_TAIL_CHARS:]
    m = _DESCRIPTION_TRAILER.search(fold_digits(tail)) if _DIGIT.search(tail) else None
    if m is not None and _words(m.group("site")) <= 4:
        cut = len(text) - len(tail) + m.start()
        found = find_date(m.group("date"))
        header.described = header.described or (found.value if found else None)
        header.outlet = header.outlet or m.group("site").strip()
        header.dropped.append(text[cut:].strip())
        line.text = text[:cut].rstrip()
        line.description = True
        return
    if lead and header.published is None and _DIGIT.search(text[:40]):
        _strip_leading_date(line, header)


def _harvest_date(text: str, header: _Header) -> None:
    if header.published is None:
        found = find_date(text)
        if found is not None:
            header.published = found.value


def _strip_leading_date(line: _Line, header: _Header) -> None:
    # "فبراير ۲۰، ۲۰۲٤اتخذت روسيا …": a date glued in front of the lead.
    found = find_date(line.text[:80])
    if found is None or found.start > 0 or HIJRI_SUFFIX in line.text[found.end: found.end + 3]:
        return
    header.published = found.value
    header.dropped.append(line.text[: found.end])
    line.text = line.text[found.end:].lstrip(" ,،-–|")


# ---------------------------------------------------------------------------------------
# Repeated text.
# ---------------------------------------------------------------------------------------
def _sentence_keys(text: str) -> list[str]:
    keys = []
    for part in _SENTENCE_BREAK.split(_GLUED_STOP.sub(".", text)):
        key = normalize(part)
        if key.count(" ") >= 2:  # sentences under three words prove nothing
            keys.append(key)
    return keys


def _drop_repeats(lines: list[_Line], dropped: list[str]) -> list[_Line]:
    """Return ``lines`` without paragraphs whose text the other paragraphs already hold."""
    kept = list(lines)
    if not _may_repeat(kept):
        return kept
    for ln in kept:
        _key(ln)
    if sum(len(ln.text) for ln in kept) > MAX_COVERAGE_CHARS:
        seen: set[str] = set()
        result = []
        for ln in kept:
            if ln.key in seen:
                dropped.append(ln.text)
            else:
                seen.add(ln.key)
                result.append(ln)
        return result
    order = sorted(range(len(kept)), key=lambda i: (not kept[i].description, -len(kept[i].text), -i))
    alive = [True] * len(kept)
    for i in order:
        sentences = _sentence_keys(kept[i].text)
        total = sum(len(s) for s in sentences)
        if not total:
            continue
        others = " ".join(kept[j].key for j in range(len(kept)) if alive[j] and j != i)
        missing, budget = 0, total * (1 - COVERED_SHARE)
        for sentence in sentences:
            if sentence not in others:
                missing += len(sentence)
                if missing > budget:
                    break
        if missing <= budget:
            alive[i] = False
            dropped.append(kept[i].text)
    return [ln for ln, keep in zip(kept, alive, strict=True) if keep]


def _may_repeat(lines: list[_Line]) -> bool:
    """Return whether some line's opening or middle recurs: a cheap gate for the dedup."""
    if len(lines) < 2:
        return False
    joined = "\n".join(ln.text for ln in lines)
    for ln in lines:
        text = ln.text
        if len(text) < 2 * PROBE_CHARS:
            continue
        middle = len(text) // 2
        for probe in (text[:PROBE_CHARS], text[middle: middle + PROBE_CHARS]):
            # A second occurrence after the first (what count() > 1 tells, without counting on).
            if joined.find(probe, joined.find(probe) + len(probe)) >= 0:
                return True
    return False


def _ends_open(text: str) -> bool:
    # A line ending on an opening quote mark cannot end a paragraph.
    if not text:
        return False
    last = text[-1]
    if last in OPENING_QUOTES:
        return True
    return last == '"' and text.count('"') % 2 == 1


def _mend_breaks(lines: list[_Line], evidence: str) -> list[_Line]:
    """Join consecutive lines split mid-sentence (see module docstring)."""
    if not lines:
        return lines
    result = [lines[0]]
    for ln in lines[1:]:
        prev = result[-1]
        adjacent = ln.index == prev.index + 1
        join = ""
        if adjacent and _ends_open(prev.text):
            join = "glue"
        elif adjacent and evidence and prev.text[-1:] not in _TERMINAL:
            tail = _key(prev).split()[-3:]
            head = _key(ln).split()[:3]
            if len(tail) + len(head) >= 4 and " ".join(tail + head) in evidence:
                join = "space"
        if join:
            sep = "" if join == "glue" else " "
            result[-1] = _Line(ln.index, prev.text + sep + ln.text, prev.kind, prev.description,
                               normalize(prev.text + sep + ln.text))
        else:
            result.append(ln)
    return result


# ---------------------------------------------------------------------------------------
# Paragraph splitting.
# ---------------------------------------------------------------------------------------
def _balanced(segment: str) -> bool:
    return (
        segment.count('"') % 2 == 0
        and segment.count("«") <= segment.count("»")
        and segment.count("“") <= segment.count("”")
        and segment.count("(") <= segment.count(")")
    )


def _glued_after_word(text: str, stop: int) -> bool:
    # The stop follows a word of three letters or more, or a closing quote: not "د.محمد".
    if stop >= 1 and text[stop - 1] in "\"”»)":
        return True
    return stop >= 3 and _THREE_LETTERS.fullmatch(text, stop - 3, stop) is not None


def split_glued(text: str) -> list[str]:
    """Split sentences and headings the scraper glued together into paragraphs.

    A stop glued to the next word ends a paragraph unless a quotation or parenthesis is
    still open; a verb of saying glued to the previous word starts one.

    >>> split_glued('في الحرب.وأكد الهباش أن "روسيا صديق.نعم".وتابع: "نعم"')
    ['في الحرب.', 'وأكد الهباش أن "روسيا صديق.نعم".', 'وتابع: "نعم"']
    >>> split_glued("تصريحات الرئيس الروسي فلاديمير بوتينوقال بوتين إن")
    ['تصريحات الرئيس الروسي فلاديمير بوتين', 'وقال بوتين إن']
    """
    cuts: list[int] = []
    last = 0
    for m in _GLUED_STOP.finditer(text):
        if _glued_after_word(text, m.start()) and _balanced(text[last: m.end()]):
            cuts.append(m.end())
            last = m.end()
    for m in _GLUED_CUE.finditer(text):
        if m.start() >= 3 and _THREE_LETTERS.fullmatch(text, m.start() - 3, m.start()):
            cuts.append(m.start())
    if not cuts:
        return [text]
    parts, start = [], 0
    for cut in sorted(set(cuts)):
        parts.append(text[start:cut].strip())
        start = cut
    parts.append(text[start:].strip())
    return [p for p in parts if p]


_TRAILING_BYLINE: Final = re.compile(
    rf"(?:{'|'.join(map(re.escape, BYLINE_LABELS))})\s*[:：]\s*(?P<name>[^:.؟!\n]{{2,40}})$"
)


def _trailing_byline(texts: list[str]) -> str:
    # A run-together copy of the page may end with the byline the other copy lacks.
    for text in texts:
        m = _TRAILING_BYLINE.search(text)
        if m is not None and _words(m.group("name")) <= 4:
            return m.group("name").strip()
    return ""


def _strip_dateline(text: str, dropped: list[str]) -> str:
    m = _DATELINE_PREFIX.match(text)
    if m is None or _words(m.group(0)) > 6:
        return text
    dropped.append(m.group(0).strip())
    return text[m.end():]


def _trim_trailing_tags(text: str, dropped: list[str]) -> str:
    if _TRAILING_TAGS_WORD not in text:
        return text  # (the pattern tries every position; most texts lack its word)
    m = _TRAILING_TAGS.search(text)
    if m is None:
        return text
    dropped.append(m.group(0).strip())
    return text[: m.start()].rstrip()


# ---------------------------------------------------------------------------------------
# The parser.
# ---------------------------------------------------------------------------------------
_ARABIC_WORD: Final = re.compile(f"[{_AR}]+")


def _language(body: str) -> str:
    # Arabic when at least half the words of the opening are Arabic; "und" otherwise.
    sample = body[:1500]
    words = _WORD.subn("", sample)[1]  # (a count without a list of the words)
    if not words:
        return "ar"
    return "ar" if 2 * _ARABIC_WORD.subn("", sample)[1] >= words else "und"


def parse_article(
    raw: str,
    *,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: datetime | None = None,
) -> ParsedArticle:
    """Return the parsed article; keyword arguments override what the text says (JSON Lines).

    >>> a = parse_article("https://x.test/a\\nبوتين: العلاقات راسخة\\nسبوتنيك عربي\\n"
    ...                   "2024-06-12T12:23+0000\\nقال بوتين إن العلاقات راسخة.")
    >>> a.title, a.outlet, a.published.date().isoformat(), a.url
    ('بوتين: العلاقات راسخة', 'سبوتنيك عربي', '2024-06-12', 'https://x.test/a')
    >>> a.body
    'بوتين: العلاقات راسخة\\nقال بوتين إن العلاقات راسخة.'
    """
    raw = raw if isinstance(raw, str) else ""
    header = _Header()
    lines: list[_Line] = []
    # Most texts hold nothing clean_text removes or decodes: then a line only loses its extra spaces.
    plain = _ODD.search(raw) is None and "&" not in raw and "[" not in raw and "/*" not in raw \
        and not has_presentation_forms(raw)
    for index, piece in enumerate(_split_pieces(raw)):
        text = " ".join(piece.split()) if plain else clean_text(piece)
        if text:
            lines.append(_Line(index, text))

    given_title = clean_text(title) if isinstance(title, str) else None
    title_key = normalize(given_title) if given_title else ""
    text_seen = 0
    body: list[_Line] = []
    for line in lines:
        in_header = line.index < HEADER_LINES and text_seen <= 1
        _classify(line, header, in_header, lead=text_seen <= 2)
        if line.kind == TEASER_END or (line.kind == END and not line.text):
            if line.kind == TEASER_END:
                header.dropped.append(line.text)
            break
        if line.kind == META:
            header.dropped.append(line.text)
            continue
        if not line.text:
            continue
        text_seen += 1
        # The title is the first text line, when it is headline-sized.
        if (given_title is None and text_seen == 1 and not line.description
                and 2 <= _words(line.text) <= TITLE_MAX_WORDS):
            title_key, header.title = _key(line), line.text
            continue
        if title_key and _same_size(line.text, title_key) and _key(line) == title_key:
            header.dropped.append(line.text)
            continue
        body.append(line)
        if line.kind == END:
            break

    final_title = given_title if given_title is not None else header.title
    body = _drop_noise(body, header.dropped, header.tag_items)
    dropped_repeats: list[str] = []
    body = _drop_repeats(body, dropped_repeats)
    header.dropped.extend(dropped_repeats)
    evidence = " ".join(normalize(t) for t in dropped_repeats if len(t) > 200)
    if not header.byline:
        header.byline = _trailing_byline(dropped_repeats)
    body = _mend_breaks(body, evidence)

    paragraphs: list[str] = [final_title] if final_title else []
    for n, line in enumerate(body):
        text = line.text
        if n == 0:
            text = _strip_dateline(text, header.dropped)
        if n == len(body) - 1:
            text = _trim_trailing_tags(text, header.dropped)
        paragraphs.extend(p for p in split_glued(text) if p)

    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    body_text = "\n".join(paragraphs)
    final_url = url if url is not None else header.url
    return ParsedArticle(
        raw=raw,
        body=body_text,
        url=final_url,
        title=final_title or "",
        outlet=outlet if outlet is not None else (header.outlet or outlet_from_url(final_url)),
        published=published if published is not None else (
            header.published or header.described or date_from_url(final_url)
        ),
        language=_language(body_text),
        paragraphs=tuple(spans),
        dropped=tuple(d for d in header.dropped if d),
        title_span=spans[0] if final_title else None,
        byline=header.byline,
    )


def _key(line: _Line) -> str:
    if not line.key:
        line.key = normalize(line.text)
    return line.key


def _same_size(text: str, key: str) -> bool:
    return abs(len(text) - len(key)) <= len(key) // 3 + 10


def _drop_noise(body: list[_Line], dropped: list[str], tag_items: set[str]) -> list[_Line]:
    """Drop navigation crumbs: one- or two-word lines, tag words, short lines seen twice."""
    counts: dict[str, int] = {}
    for ln in body:
        if _words(ln.text) <= 6:
            counts[_key(ln)] = counts.get(ln.key, 0) + 1
    kept = []
    for ln in body:
        words = _words(ln.text)
        crumb = words <= 2 and ln.text[-1:] not in _TERMINAL
        short = words <= 6
        repeated = short and counts.get(ln.key, 0) > 1 and ln.text[-1:] not in _TERMINAL
        if crumb or repeated or (short and words <= 4 and ln.key in tag_items):
            dropped.append(ln.text)
        else:
            kept.append(ln)
    return kept
