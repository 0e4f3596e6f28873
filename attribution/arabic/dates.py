"""Find publication dates in scraped Arabic news text: one parser for every form seen.

Handles ISO timestamps, day-first numeric dates, English month names ("28th, October 2023"),
Arabic month names in the Egyptian/Gulf series (يناير … ديسمبر), the Levantine series
(كانون الثاني … كانون الأول) and the Maghrebi series (جانفي … ديسمبر), with Western,
Arabic-Indic or Persian digits. Hijri dates (محرم … ذو الحجة, or a trailing هـ) are
recognised so that they are skipped, never misread as Gregorian.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

from attribution.arabic.normalize import fold_digits

# Month names → month number. Keys are written as they appear in text; alef/hamza variants
# are listed explicitly so the regex can stay a plain alternation.
GREGORIAN_MONTHS: Final[dict[str, int]] = {
    # Egyptian / Gulf series
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Maghrebi series
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "اوت": 8,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
HIJRI_MONTHS: Final[tuple[str, ...]] = (
    "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الاخر", "ربيع الثاني",
    "جمادى الأولى", "جمادى الاولى", "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
)
HIJRI_SUFFIX: Final = "هـ"
# Plausible publication years; anything else (e.g. Hijri 1436) is not a Gregorian date.
MIN_YEAR, MAX_YEAR = 1970, 2100


def _alternation(words: object) -> str:
    # Longest first so "كانون الثاني" wins over a shorter prefix.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_MONTH: Final = _alternation(GREGORIAN_MONTHS)
_HIJRI: Final = _alternation(HIJRI_MONTHS)
_TZ: Final = r"(?:Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d)|GMT|UTC)"
_TIME: Final = r"(?:\d{1,2}):(?:\d{2})(?::\d{2})?"

_DATE: Final = re.compile(
    rf"""
    (?P<hijri>
        (?<!\d)\d{{1,2}}\s*(?:{_HIJRI})\s*,?\s*\d{{3,4}}(?!\d)(?:\s*{HIJRI_SUFFIX}|\s*ه(?![\w]))?
      | (?<!\d)\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\s*{HIJRI_SUFFIX}
      | (?<!\d)\d{{3,4}}\s*{HIJRI_SUFFIX}
    )
  | (?P<iso>
        (?<!\d)(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})(?!\d)
        (?:[T\s]+(?P<ih>\d{{1,2}}):(?P<imi>\d{{2}})(?::(?P<is>\d{{2}}))?(?:\.\d+)?)?
        (?:\s*(?P<itz>{_TZ}))?
    )
  | (?P<dmy>
        (?:(?P<th>\d{{1,2}}):(?P<tmi>\d{{2}})(?::\d{{2}})?\s*(?P<ttz>{_TZ})?\s+)?
        (?<!\d)(?P<dd>\d{{1,2}})[./-](?P<dm>\d{{1,2}})[./-](?P<dy>\d{{4}})(?!\d)
        (?:\s+(?P<th2>\d{{1,2}}):(?P<tmi2>\d{{2}})(?::\d{{2}})?)?
        (?:\s*(?P<dtz>{_TZ}))?
    )
  | (?P<dmony>
        (?<!\d)(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*
        (?P<amon>{_MONTH})(?:\s*[/(]\s*(?:{_MONTH})\s*\)?)?\s*[,،]?\s*(?P<ay>\d{{4}})(?!\d)
        (?:\s*(?:م(?![\w]))?\s*[,،-]?\s*(?P<ah>\d{{1,2}}):(?P<ami>\d{{2}}))?
        (?:\s*(?P<atz>{_TZ}))?
    )
  | (?P<mondy>
        (?<![\w])(?P<bmon>{_MONTH})(?:\s*[/(]\s*(?:{_MONTH})\s*\)?)?\s+(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?
        \s*[,،]?\s*(?P<by>\d{{4}})(?!\d)
        (?:\s*(?P<btz>{_TZ}))?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: ``value`` is ``None`` for Hijri dates (recognised, not used)."""

    value: datetime | None
    start: int
    end: int
    hijri: bool = False


def _tz(token: str | None) -> timezone:
    if not token or token.upper() in {"Z", "GMT", "UTC"}:
        return UTC
    sign = -1 if token[0] == "-" else 1
    digits = token[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _build(y: str, mo: int | str, d: str, h: str | None, mi: str | None,
           s: str | None, tz: str | None) -> datetime | None:
    try:
        year = int(y)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return datetime(year, int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                        tzinfo=_tz(tz))
    except (ValueError, OverflowError):
        return None


def _month(name: str) -> int:
    key = " ".join(name.split())
    return GREGORIAN_MONTHS.get(key) or GREGORIAN_MONTHS.get(key.lower(), 0)


def _value(m: re.Match[str]) -> datetime | None:
    g = m.group
    if g("iso"):
        return _build(g("iy"), g("im"), g("id"), g("ih"), g("imi"), g("is"), g("itz"))
    if g("dmy"):
        hour, minute = (g("th"), g("tmi")) if g("th") else (g("th2"), g("tmi2"))
        return _build(g("dy"), g("dm"), g("dd"), hour, minute, None, g("ttz") or g("dtz"))
    if g("dmony"):
        return _build(g("ay"), _month(g("amon")), g("ad"), g("ah"), g("ami"), None, g("atz"))
    return _build(g("by"), _month(g("bmon")), g("bd"), None, None, None, g("btz"))


def iter_dates(text: str) -> Iterator[DateMatch]:
    """Yield every date expression in ``text`` in order, Hijri ones with ``value=None``.

    Offsets are into ``text`` (digit folding keeps lengths).

    >>> [m.value.date().isoformat() if m.value else "hijri" for m in
    ...  iter_dates("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")]
    ['hijri', '2015-08-10']
    """
    for m in _DATE.finditer(fold_digits(text)):
        if m.group("hijri"):
            yield DateMatch(None, m.start(), m.end(), hijri=True)
            continue
        value = _value(m)
        if value is not None:
            yield DateMatch(value, m.start(), m.end())


def find_date(text: str) -> DateMatch | None:
    """Return the first Gregorian date in ``text``, or ``None``.

    >>> find_date("فبراير ۲۰، ۲۰۲٤اتخذت روسيا").value.isoformat()
    '2024-02-20T00:00:00+00:00'
    """
    for match in iter_dates(text):
        if match.value is not None:
            return match
    return None


def parse_date(text: object) -> datetime | None:
    """Return the first Gregorian date in ``text`` as a timezone-aware datetime (UTC if unzoned).

    Any value is accepted (a scraped field may be a number): only a string holds a date.

    >>> parse_date("2024-06-12T12:23+0000").isoformat()
    '2024-06-12T12:23:00+00:00'
    >>> parse_date("تاريخ النشر: 28th, October 2023 GMT").date().isoformat()
    '2023-10-28'
    >>> parse_date("12 ربيع الأول 1445 هـ") is None
    True
    """
    if not text or not isinstance(text, str):
        return None
    match = find_date(text[:1000])
    return match.value if match else None
