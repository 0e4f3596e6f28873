"""Quote confidence: evidence features, the fitted model and the calibration table."""

from __future__ import annotations

import dataclasses
import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest

from attribution.arabic import evaluate as ev
from attribution.arabic.confidence import (
    MODEL_PATH,
    Family,
    Model,
    QuoteEvidence,
    features,
    load_model,
    probability,
    rule_complement,
    rule_family,
)
from attribution.arabic.pipeline import extract_source
from attribution.arabic.readers import Source
from attribution.arabic.speakers import Via
from tests.arabic.test_speakers import quotes_of

NAMED = QuoteEvidence(rule="verb_that", link="explicit", via=Via.NAMED, kind="indirect", closed=False,
                      speaker_type="person", name_words=2, distance=0, content_words=14)


def judged(*pairs: tuple[float, bool]) -> list[ev.Judged]:
    return [ev.Judged(i, confidence, correct) for i, (confidence, correct) in enumerate(pairs)]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # (low, high, quotes, mean confidence, precision) per band
        (judged((0.3, True), (0.35, False)), [(0.2, 0.4, 2, 0.325, 0.5)]),
        (judged((0.9, True), (0.85, True), (1.0, False)), [(0.8, 1.0, 3, 0.9167, 0.6667)]),
        (judged((0.0, False), (0.19, False)), [(0.0, 0.2, 2, 0.095, 0.0)]),
        (judged((0.2, True), (0.6, True), (0.8, False)),
         [(0.2, 0.4, 1, 0.2, 1.0), (0.6, 0.8, 1, 0.6, 1.0), (0.8, 1.0, 1, 0.8, 0.0)]),
    ],
)
def test_calibration_bands_count_quotes_mean_confidence_and_precision(items, expected):
    bands = ev.calibration(items)
    assert [(b.low, b.high) for b in bands] == [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0)]
    filled = [(b.low, b.high, b.quotes, round(b.mean_confidence, 4), round(b.precision, 4))
              for b in bands if b.quotes]
    assert filled == expected


def test_calibration_gap_and_expected_error_weigh_bands_by_their_quotes():
    bands = ev.calibration(judged((0.9, True), (0.9, True), (0.9, False), (0.9, True), (0.1, False)))
    high = bands[-1]
    assert (high.quotes, round(high.gap, 3)) == (4, 0.15)
    # (4 × 0.15 + 1 × 0.1) / 5
    assert ev.expected_calibration_error(bands) == pytest.approx(0.14)


def test_calibration_table_lists_every_band_with_its_figures():
    table = ev.format_calibration("made-up", ev.calibration(judged((0.3, True), (0.35, False), (0.9, True))))
    lines = table.splitlines()
    assert "quotes" in lines[1] and "precision" in lines[1] and "|gap|" in lines[1]
    assert any(line.split()[:5] == ["[0.2,0.4)", "2", "0.325", "0.500", "0.175"] for line in lines)
    assert any(line.split()[:2] == ["[0.8,1.0]", "1"] for line in lines)
    assert lines[-1].startswith("  expected calibration error")


def test_scorer_judges_each_counted_quote_right_only_with_span_and_speaker():
    gold = {"doc": "x.txt", "quotes": [
        {"id": "q1", "speaker": ["خالد المنصوري"], "anchor": "المشروع سيوفر المياه لمليون نسمة"},
        {"id": "q2", "speaker": ["نادر السلموني"], "anchor": "الأسعار ستنخفض في الربع الأخير"},
        {"id": "q3", "speaker": ["مذيع"], "anchor": "نشرة الأخبار تبدأ الآن", "optional": True},
    ]}
    system = [
        {"text": "المشروع سيوفر المياه لمليون نسمة", "speaker": "خالد المنصوري", "confidence": 0.9},
        {"text": "الأسعار ستنخفض في الربع الأخير", "speaker": "خالد المنصوري", "confidence": 0.6},
        {"text": "نشرة الأخبار تبدأ الآن", "speaker": None, "confidence": 0.4},  # optional: not counted
        {"text": "كلام لا علاقة له بأي تصريح", "speaker": "أحد", "confidence": 0.3},
    ]
    row = ev.score_document(gold, system)
    assert row.judged == [ev.Judged(0, 0.9, True), ev.Judged(1, 0.6, False), ev.Judged(3, 0.3, False)]


@pytest.mark.parametrize(
    ("rule", "family", "complement"),
    [
        ("verb_that", Family.VERB_FIRST, "that"),
        ("verb_prep_subject_first", Family.SUBJECT_FIRST, "prep"),
        ("participle_colon", Family.PARTICIPLE, "colon"),
        ("according_to", Family.ACCORDING_TO, ""),
        ("colon_turn", Family.COLON, ""),
        ("interview_answer", Family.INTERVIEW, ""),
        ("statement_that", Family.STATEMENT, ""),
        ("as_said", Family.AS_SAID, ""),
        ("a_rule_not_written_yet", Family.OTHER, ""),
    ],
)
def test_rule_names_map_to_frame_families(rule, family, complement):
    assert (rule_family(rule), rule_complement(rule)) == (family, complement)


def test_unresolved_speaker_gets_zero_and_a_named_speaker_in_the_frame_beats_it():
    unresolved = dataclasses.replace(NAMED, link="continuation", via=Via.UNRESOLVED, speaker_type="unknown",
                                     name_words=0, distance=-1)
    assert probability(unresolved) == 0.0
    assert probability(NAMED) > 0.5


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [
        # Named in this very frame beats a "وأضاف" four paragraphs after the name.
        ({}, {"link": "continuation", "via": Via.CONTINUATION, "distance": 4}),
        # A full name beats a bare title nobody named.
        ({}, {"via": Via.ROLE_BARE, "name_words": 3}),
        # Words long enough to be a statement beat a two-word fragment.
        ({}, {"content_words": 2}),
        # "مؤكدا" right after its speaker beats one paragraphs away.
        ({"link": "participle", "rule": "participle_that", "via": Via.PARTICIPLE},
         {"link": "participle", "rule": "participle_that", "via": Via.PARTICIPLE, "distance": 4}),
    ],
)
def test_more_evidence_means_more_confidence(stronger, weaker):
    assert probability(dataclasses.replace(NAMED, **stronger)) > probability(dataclasses.replace(NAMED, **weaker))


def test_every_combination_of_evidence_gives_a_probability():
    for via, link, kind, closed, words, distance, content in itertools.product(
            list(Via), ["explicit", "continuation", "participle", "colon", "answer", "according_to"],
            ["direct", "indirect", "mixed"], [False, True], [0, 1, 2, 5], [-1, 0, 1, 7], [1, 10, 80]):
        evidence = QuoteEvidence(rule="verb_that", link=link, via=via, kind=kind, closed=closed,
                                 speaker_type="person", name_words=words, distance=distance, content_words=content)
        assert 0.0 <= probability(evidence) <= 1.0


def test_evidence_the_model_never_saw_weighs_nothing():
    model = Model(intercept=0.0, weights={"via=named": 2.0})
    strange = dataclasses.replace(NAMED, rule="a_rule_not_written_yet", kind="sung")
    assert model.probability(features(strange)) == pytest.approx(model.probability(features(NAMED)))
    assert Model(0.0, {}).probability(features(NAMED)) == 0.5


def test_shipped_model_file_has_its_weights_and_provenance():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert {"intercept", "weights", "fitted_on", "ridge"} <= set(data)
    assert load_model().intercept == data["intercept"]


def test_extracted_quotes_carry_their_evidence_and_its_probability():
    body = ("قال وزير المياه خالد المنصوري إن المشروع الجديد سيوفر المياه لأكثر من مليون نسمة في المنطقة.\n"
            "وأضاف أن العمل سيبدأ مطلع العام المقبل بعد اكتمال الدراسات الفنية اللازمة.\n"
            "وأوضحت الوزارة في بيان أن التكلفة الإجمالية للمشروع تبلغ مليار ريال.")
    named, added, ministry = quotes_of(body)
    assert (named.evidence.via, named.evidence.family, named.evidence.distance) == (Via.NAMED, Family.VERB_FIRST, 0)
    assert (added.evidence.via, added.evidence.link, added.evidence.distance) == (Via.CONTINUATION, "continuation", 1)
    assert ministry.evidence.via == Via.ORGANIZATION
    for quote in (named, added, ministry):
        assert quote.confidence == probability(quote.evidence)


def _fit_script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "fit_confidence.py"
    spec = importlib.util.spec_from_file_location("fit_confidence", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_fit_learns_which_evidence_is_right_and_refits_identically():
    fc = _fit_script()
    # Made-up judged quotes: named speakers right 9 times in 10, continuations 1 in 2.
    items = [fc.Item("made-up", f"d{k % 4}", ("via=named",), k % 10 != 0) for k in range(40)]
    items += [fc.Item("made-up", f"d{k % 4}", ("via=continuation",), k % 2 == 0) for k in range(20)]
    first, second = fc.fit(items, l2=0.1), fc.fit(items, l2=0.1)
    assert first == second
    assert first.weights["via=named"] > first.weights["via=continuation"]
    named = fc.Item("made-up", "d0", ("via=named",), True)
    assert first.score(named) == pytest.approx(0.9, abs=0.02)


def test_platt_scaling_stretches_scores_that_are_too_timid():
    fc = _fit_script()
    # Linear scores of ±1 whose outcomes are right 95% / 5% of the time: the scale grows.
    scored = [(1.0, k % 20 != 0) for k in range(100)] + [(-1.0, k % 20 == 0) for k in range(100)]
    scale, shift = fc.platt(scored)
    assert scale > 2 and abs(shift) < 1e-6


@pytest.mark.parametrize(
    ("change", "feature"),
    [
        ({"content_words": 2}, "content_words=<6"),
        ({"content_words": 6}, "content_words=6+"),
        ({"content_words": 41}, "content_words=41+"),
        ({"distance": -1}, "distance=never"),
        ({"distance": 3}, "distance=2+"),
        ({"speaker_quotes": 5}, "speaker_quotes=4+"),
        ({"name_words": 7, "speaker_type": "organization"}, "type_words=organization:3"),
    ],
)
def test_counts_fall_into_their_feature_bands(change, feature):
    assert feature in features(dataclasses.replace(NAMED, **change))


def test_judged_corpus_sample_keeps_only_quotes_still_extracted_as_judged(tmp_path):
    fc = _fit_script()
    text = "عنوان الخبر\nوقال الوزير خالد المنصور إن المشروع سيكتمل قبل نهاية العام الجاري."
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "made-up-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    quote = extract_source(Source("made-up-1", text)).quotes[0]
    judgements = [
        {"id": "made-up-1", "quote": quote.text, "speaker": quote.speaker, "right": True},
        {"id": "made-up-1", "quote": quote.text, "speaker": "الوزير", "right": False},  # another answer
        {"id": "made-up-2", "quote": quote.text, "speaker": quote.speaker, "right": True},  # not in the corpus
    ]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(json.dumps(j, ensure_ascii=False) + "\n" for j in judgements), encoding="utf-8")
    items, missing = fc.sample_items(sample, corpus)
    assert [(i.doc, i.correct) for i in items] == [("made-up-1", True)]
    assert missing == 2
    assert any(name.startswith("via=") for name in items[0].names)
