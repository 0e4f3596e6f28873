"""Realistic benchmark data: speakers with aliases, articles, quotes and claims (``generate_benchmark_data``).

Arabic sentences are assembled from word lists, speakers from real-looking names, dates spread
over ten years, and every normalised column is computed with ``search_key`` so searches behave
as on imported data. On PostgreSQL rows are written with COPY (a million quotes in minutes);
elsewhere with bulk_create, which is fine for small scales.

    manage.py generate_benchmark_data                      # 1M quotes, 200k articles, 20k speakers, 50k claims
    manage.py generate_benchmark_data --quotes 100000 --articles 20000 --speakers 2000 --claims 5000
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone

from attribution.copying import copy_rows
from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias, search_key, text_hash

FIRST_NAMES = (
    "محمد", "أحمد", "علي", "حسن", "حسين", "عمر", "خالد", "يوسف", "إبراهيم", "عبد الله",
    "عبد الرحمن", "مصطفى", "محمود", "طارق", "سامي", "وليد", "هشام", "ماجد", "فيصل", "سعيد",
    "نبيل", "رامي", "زياد", "كريم", "عادل", "جمال", "منصور", "ناصر", "سلمان", "بدر", "فهد",
    "تركي", "فاطمة", "مريم", "عائشة", "سارة", "ليلى", "هدى", "نادية", "رانيا", "سلمى", "ريم",
    "دينا", "منى", "أمل", "نور", "هالة", "لبنى",
)
FAMILY_NAMES = (
    "الأحمد", "العلي", "الحسن", "الخطيب", "المصري", "الشامي", "البغدادي", "التونسي", "المغربي",
    "الجزائري", "الكويتي", "القحطاني", "العتيبي", "الدوسري", "الزهراني", "الغامدي", "الشمري",
    "الحربي", "المطيري", "السعدي", "الحمدان", "النعيمي", "الكبيسي", "الجبوري", "الدليمي",
    "التميمي", "العبيدي", "الهاشمي", "الأنصاري", "البرغوثي", "الشريف", "حداد", "نصار", "عيسى",
    "خوري", "منصور", "سليمان", "يعقوب", "داود", "عثمان", "زيدان", "قاسم", "رزق", "بركات",
    "عطية", "شحادة", "الفاسي", "بنكيران", "العثماني",
)
ORGANIZATIONS = (
    "وزارة الصحة", "وزارة الخارجية", "وزارة الداخلية", "وزارة المالية", "وزارة التربية والتعليم",
    "البنك المركزي", "هيئة الإحصاء", "الجيش", "الشرطة", "منظمة الصحة العالمية", "الأمم المتحدة",
    "جامعة الدول العربية", "مجلس الوزراء", "البرلمان", "الهلال الأحمر", "وزارة النفط", "وزارة الزراعة",
)
COUNTRIES = ("المصرية", "السعودية", "العراقية", "الأردنية", "المغربية", "التونسية", "اللبنانية", "الكويتية", "القطرية", "الإماراتية", "السورية", "الليبية")
ROLES = ("وزير الخارجية", "رئيس الوزراء", "المتحدث باسم الحكومة", "النائب", "المحلل الاقتصادي", "رئيس البرلمان", "الخبير", "السفير", "المحافظ", "الناطق العسكري")
OUTLETS = (
    "الأهرام", "الجزيرة", "العربية", "الشرق الأوسط", "النهار", "القدس العربي", "الخليج", "البيان",
    "هسبريس", "الشروق", "المصري اليوم", "عكاظ", "الرياض", "الوطن", "الدستور", "الغد", "الصباح", "الأيام",
    "الحياة", "سكاي نيوز عربية",
)
CUES = ("قال", "أكد", "أعلن", "صرح", "أوضح", "أشار", "نفى", "حذر", "زعم", "اعتبر", "كشف", "شدد")
SUBJECTS = (
    "الاقتصاد", "الحكومة", "معدل البطالة", "التضخم", "أسعار النفط", "الانتخابات", "الموازنة", "اللقاح",
    "الصادرات", "الاستثمار الأجنبي", "قطاع السياحة", "العملة المحلية", "الدين العام", "المدارس",
    "المستشفيات", "الكهرباء", "المياه", "الأمن", "الحدود", "المفاوضات", "الاتفاق", "الجامعة", "الشباب",
    "الزراعة", "القمح", "الإسكان", "الطاقة الشمسية", "النقل العام", "الضرائب", "الرواتب",
)
PREDICATES = (
    "سيشهد نموا", "انخفض بشكل ملحوظ", "ارتفع إلى مستوى قياسي", "لن يتأثر", "يواجه تحديات كبيرة",
    "تحسن خلال العام الماضي", "سيتم دعمه", "تراجع بنسبة", "حقق أرقاما غير مسبوقة", "يحتاج إلى إصلاح",
    "مستقر تماما", "سيعود إلى طبيعته", "تضاعف", "شهد تقدما", "لم يتغير منذ سنوات",
)
TAILS = (
    "خلال الأشهر المقبلة", "هذا العام", "رغم الظروف الصعبة", "بفضل السياسات الجديدة", "في المحافظات كافة",
    "مقارنة بالعام الماضي", "وفق الأرقام الرسمية", "كما أكدت التقارير", "على المدى الطويل", "قبل نهاية العام",
    "في ظل الأزمة الحالية", "بحسب الخبراء",
)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EPOCH = datetime(2015, 1, 1, tzinfo=UTC)
SPAN_SECONDS = int((datetime(2025, 6, 1, tzinfo=UTC) - EPOCH).total_seconds())


def sentence(rng: random.Random) -> str:
    """Return a plausible reported statement, e.g. "التضخم انخفض بشكل ملحوظ بنسبة ٧ في المئة هذا العام"."""
    parts = [rng.choice(SUBJECTS), rng.choice(PREDICATES)]
    if rng.random() < 0.5:
        number = str(rng.randint(2, 95))
        parts.append(f"بنسبة {number.translate(ARABIC_DIGITS) if rng.random() < 0.5 else number} في المئة")
    parts.append(rng.choice(TAILS))
    if rng.random() < 0.4:
        parts += ["وأن", rng.choice(SUBJECTS), rng.choice(PREDICATES)]
    return " ".join(parts)


def speaker_names(count: int, rng: random.Random) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Yield ``count`` distinct (name, kind, aliases) with mostly people, some organisations."""
    seen: set[str] = set()
    while len(seen) < count:
        roll = rng.random()
        if roll < 0.08:
            name, kind = f"{rng.choice(ORGANIZATIONS)} {rng.choice(COUNTRIES)}", Speaker.Kind.ORGANIZATION
            aliases: tuple[str, ...] = ()
        elif roll < 0.10:
            name, kind, aliases = f"مصدر مسؤول {len(seen)}", Speaker.Kind.ANONYMOUS, ()
        else:
            first, father, family = rng.choice(FIRST_NAMES), rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)
            name = f"{first} {father} {family}" if rng.random() < 0.7 else f"{first} {family} {rng.choice(FAMILY_NAMES)}"
            kind = Speaker.Kind.PERSON
            aliases = (f"{first} {family}", f"أبو {rng.choice(FIRST_NAMES)} {family}")
        key = search_key(name)
        if key in seen:
            continue
        seen.add(key)
        yield name, kind, aliases


class Writer:
    """Write rows of a model: COPY on PostgreSQL, bulk_create elsewhere."""

    def __init__(self, model: type[models.Model], batch_size: int = 5000) -> None:
        self.model = model
        self.fields = model._meta.concrete_fields
        self.batch_size = batch_size

    def write(self, rows: Iterable[dict[str, Any]]) -> int:
        if connection.vendor == "postgresql":
            return self._copy(rows)
        written, batch = 0, []
        for row in rows:
            batch.append(self.model(**row))
            if len(batch) >= self.batch_size:
                self.model.objects.bulk_create(batch)
                written, batch = written + len(batch), []
        self.model.objects.bulk_create(batch)
        return written + len(batch)

    def _copy(self, rows: Iterable[dict[str, Any]]) -> int:
        # A column the row leaves out gets its field's default, as bulk_create gives it.
        return copy_rows(self.model, ([row[f.attname] if f.attname in row else f.get_default() for f in self.fields]
                                      for row in rows))


def next_id(model: type[models.Model]) -> int:
    return (model.objects.aggregate(top=models.Max("id"))["top"] or 0) + 1


def reset_sequences(*models_: type[models.Model]) -> None:
    """Move PostgreSQL id sequences past the explicitly written ids."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in models_:
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), COALESCE((SELECT MAX(id) FROM {connection.ops.quote_name(table)}), 1))",
                [table],
            )


@transaction.atomic
def generate(*, speakers: int, articles: int, quotes: int, claims: int, seed: int, report=print) -> dict[str, int]:
    """Write the benchmark rows and return how many of each were written."""
    rng = random.Random(seed)
    now = timezone.now()
    counts: dict[str, int] = {}

    speaker_id, alias_id = next_id(Speaker), next_id(SpeakerAlias)
    speaker_rows, alias_rows, taken_aliases = [], [], set(SpeakerAlias.objects.values_list("name_normalized", flat=True))
    for offset, (name, kind, aliases) in enumerate(speaker_names(speakers, rng)):
        pk = speaker_id + offset
        key = search_key(name)
        speaker_rows.append({
            "id": pk, "key": key, "name": name, "name_normalized": key, "kind": kind,
            "role": rng.choice(ROLES) if kind == Speaker.Kind.PERSON and rng.random() < 0.5 else "",
            "affiliation_id": None, "wikidata_id": "", "verified": rng.random() < 0.2, "created_at": now, "updated_at": now,
        })
        for alias in (name, *aliases):
            alias_key = search_key(alias)
            if alias_key in taken_aliases:
                continue
            taken_aliases.add(alias_key)
            alias_rows.append({"id": alias_id, "speaker_id": pk, "name": alias, "name_normalized": alias_key, "created_at": now})
            alias_id += 1
    counts["speakers"] = Writer(Speaker).write(speaker_rows)
    counts["aliases"] = Writer(SpeakerAlias).write(alias_rows)
    report(f"speakers: {counts['speakers']}, aliases: {counts['aliases']}")

    # A few speakers say most things, as in real news (a Pareto-like weighting).
    speaker_ids = [row["id"] for row in speaker_rows]
    names = {row["id"]: row["name"] for row in speaker_rows}
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(speaker_ids))]
    rng.shuffle(speaker_ids)

    article_id, quote_id = next_id(Article), next_id(Quote)
    per_article = quotes / max(articles, 1)
    quote_rows: list[tuple[int, int, str]] = []  # (quote id, speaker id, text) kept for claims

    def article_rows() -> Iterator[dict[str, Any]]:
        nonlocal quote_id
        remaining = quotes
        for index in range(articles):
            pk = article_id + index
            published = EPOCH + timedelta(seconds=rng.randrange(SPAN_SECONDS))
            n = min(remaining, max(0, round(rng.gauss(per_article, 1.5)))) if index < articles - 1 else remaining
            remaining -= n
            body_parts, offset = [], 0
            spans = []
            for speaker in rng.choices(speaker_ids, weights=weights, k=n):
                cue = rng.choice(CUES)
                lead = f"{cue} {names[speaker]} إن "
                text = sentence(rng)
                start = offset + len(lead)
                spans.append((speaker, cue, text, start, offset, len(cue), len(names[speaker])))
                piece = f"{lead}{text}. "
                body_parts.append(piece)
                offset += len(piece)
            body = "".join(body_parts) or "خبر بلا تصريحات."
            pending_quotes.append((pk, published, spans))
            yield {
                "id": pk, "url": f"https://{rng.choice(('news', 'www', 'ar'))}.example.com/{published:%Y/%m/%d}/{pk}",
                "title": sentence(rng)[:120], "outlet": rng.choice(OUTLETS), "published_at": published,
                "language": "ar", "body": body, "raw_text": body,
                "content_hash": hashlib.sha256(f"benchmark-{seed}-{pk}".encode()).hexdigest(),
                "source": "generate_benchmark_data", "imported_at": now, "extractor_version": "bench",
            }

    def quote_rows_for(batch: list[tuple[int, datetime, list]]) -> Iterator[dict[str, Any]]:
        nonlocal quote_id
        for pk, published, spans in batch:
            for speaker, cue, text, start, cue_start, cue_len, mention_len in spans:
                status = rng.choices(("pending", "approved", "rejected"), weights=(70, 25, 5))[0]
                if len(quote_rows) < claims * 3:
                    quote_rows.append((quote_id, speaker, text))
                yield {
                    "id": quote_id, "article_id": pk, "speaker_id": speaker, "speaker_mention": names[speaker],
                    "intermediary_id": None, "text": text, "text_normalized": search_key(text),
                    "kind": rng.choices(("direct", "indirect", "mixed"), weights=(50, 40, 10))[0], "cue": cue,
                    "stance": rng.choice(Quote.Stance.values), "start": start, "end": start + len(text),
                    "cue_start": cue_start, "cue_end": cue_start + cue_len, "mention_start": cue_start + cue_len + 1,
                    "mention_end": cue_start + cue_len + 1 + mention_len, "published_at": published,
                    "rule": "bench", "extractor_version": "bench", "confidence": round(rng.betavariate(5, 2), 2),
                    "status": status, "curated": status != "pending", "reviewed_by_id": None,
                    "reviewed_at": published if status != "pending" else None, "created_at": now, "updated_at": now,
                }
                quote_id += 1

    pending_quotes: list[tuple[int, datetime, list]] = []
    article_writer, quote_writer = Writer(Article), Writer(Quote)
    counts["articles"] = counts["quotes"] = 0
    chunk = 20000
    generator = article_rows()
    while True:
        batch = [row for _, row in zip(range(chunk), generator, strict=False)]
        if not batch:
            break
        counts["articles"] += article_writer.write(batch)
        counts["quotes"] += quote_writer.write(quote_rows_for(pending_quotes))
        pending_quotes.clear()
        report(f"articles: {counts['articles']}, quotes: {counts['quotes']}")

    claim_id = next_id(Claim)
    link_id = next_id(Claim.quotes.through)
    seen_hashes = set(Claim.objects.values_list("text_hash", flat=True))
    claim_rows, link_rows = [], []
    for quote_pk, speaker, text in quote_rows:
        if len(claim_rows) >= claims:
            break
        digest = text_hash(text)
        if digest in seen_hashes:  # the same statement again is the same claim
            continue
        seen_hashes.add(digest)
        reviewed = rng.random() < 0.4
        verdict = rng.choice(Claim.Verdict.values) if reviewed else ""
        created = EPOCH + timedelta(seconds=rng.randrange(SPAN_SECONDS))
        claim_rows.append({
            "id": claim_id, "text": text, "text_normalized": search_key(text), "text_hash": digest,
            "claimant_id": speaker, "checkworthiness": round(rng.random(), 2),
            "status": "reviewed" if reviewed else rng.choice(("unreviewed", "in_review")), "verdict": verdict,
            "rating_text": "", "verdict_explanation": "راجعنا الأرقام الرسمية." if reviewed else "",
            "factcheck_url": f"https://factcheck.example.com/{claim_id}" if reviewed else "",
            "reviewed_by_id": None, "reviewed_at": created + timedelta(days=2) if reviewed else None,
            "created_at": created, "updated_at": now,
        })
        link_rows.append({"id": link_id, "claim_id": claim_id, "quote_id": quote_pk})
        claim_id, link_id = claim_id + 1, link_id + 1
    counts["claims"] = Writer(Claim).write(claim_rows)
    Writer(Claim.quotes.through).write(link_rows)
    report(f"claims: {counts['claims']}")
    reset_sequences(Speaker, SpeakerAlias, Article, Quote, Claim, Claim.quotes.through)
    return counts
