"""The project's evaluator computes the shared scorer's metrics (checked by hand)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from attribution.arabic import evaluate as ev

ROOT = Path(__file__).resolve().parents[2]
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score_quotes.py"

GOLD = {
    "doc": "x.txt",
    "forbidden": ["هناك أسباب للاعتقاد أن الاستخبارات"],
    "quotes": [
        {"id": "q1", "speaker": ["فلاديمير بوتين", "بوتين"], "anchor": "العلاقات الروسية الفلسطينية راسخة وذات طابع خاص"},
        {"id": "q2", "speaker": ["محمود عباس", "عباس"], "anchor": "روسيا صديق عظيم لنا نعتمد عليه"},
        {"id": "q3", "speaker": ["دميتري بيسكوف", "بيسكوف"], "anchor": "المحادثات ستركز على العلاقات الثنائية"},
        {"id": "q4", "speaker": ["مذيع الأخبار"], "anchor": "من المقرر أن تجتمع الفصائل", "optional": True},
    ],
}
SYSTEM = [
    # Right span (diacritics and quote marks do not matter), right speaker: a full hit.
    {"text": "«العلاقاتُ الروسية الفلسطينية راسخةٌ وذات طابع خاص»", "speaker": "الرئيس الروسي فلاديمير بوتين"},
    # Right span, wrong speaker.
    {"text": "روسيا صديق عظيم لنا نعتمد عليه في العديد من المجالات", "speaker": "بوتين"},
    # The same gold quote again: a duplicate.
    {"text": "إن العلاقات الروسية الفلسطينية راسخة وذات طابع خاص", "speaker": "بوتين"},
    # Optional only: not counted at all.
    {"text": "من المقرر أن تجتمع الفصائل الفلسطينية في موسكو", "speaker": None},
    # Not in the gold.
    {"text": "كلام لا علاقة له بأي تصريح", "speaker": "أحد"},
    # Forbidden text.
    {"text": "وقالت زاخاروفا هناك أسباب للاعتقاد أن الاستخبارات ضالعة", "speaker": "ماريا زاخاروفا"},
    # Two speakers' words merged.
    {"text": "المحادثات ستركز على العلاقات الثنائية و روسيا صديق عظيم لنا نعتمد عليه", "speaker": "بيسكوف"},
    # A leading و on the speaker is tolerated.
    {"text": "المحادثات ستركز على العلاقات الثنائية بين البلدين", "speaker": "وبيسكوف"},
]
# By hand: 3 required gold quotes, all found (s1, s2, s8); attributed q1 and q3; counted
# system quotes s1 s2 s3 s5 s6 s7 s8 = 7; span TPs s1 s2 s8 = 3; e2e TPs s1 s8 = 2.
EXPECTED = {
    "gold": 3, "found": 3, "attributed": 2, "system": 7, "tp_span": 3, "tp_e2e": 2,
    "span_precision": 0.429, "span_recall": 1.0, "span_f1": 0.6, "attribution_accuracy": 0.667,
    "e2e_precision": 0.286, "e2e_recall": 0.667, "e2e_f1": 0.4,
}


def test_handmade_case_matches_the_figures_computed_by_hand():
    row = ev.score_document(GOLD, SYSTEM)
    assert ev.summarize({"x.txt": row}) == EXPECTED
    reasons = [e.get("fp") for e in row.errors if "fp" in e]
    assert reasons == ["duplicate", "not a gold quote", "forbidden", "spans several speakers"]
    assert {"wrong_speaker": "بوتين", "gold": "محمود عباس", "id": "q2"} in row.errors


@pytest.mark.parametrize(
    ("system_speaker", "aliases", "ok"),
    [
        ("الرئيس الروسي فلاديمير بوتين", ["فلاديمير بوتين", "بوتين"], True),
        ("فلاديمير", ["فلاديمير بوتين"], False),
        ("وبوتين", ["بوتين"], True),
        (None, ["بوتين"], False),
        ("الخارجيّة الروسيّة", ["وزارة الخارجية الروسية", "الخارجية الروسية"], True),
    ],
)
def test_speaker_matches_when_all_words_of_one_alias_are_present(system_speaker, aliases, ok):
    assert ev.speaker_matches(system_speaker, aliases) is ok


def _shared_scorer():
    if not SHARED_SCORER.exists():
        pytest.skip("the shared reference scorer is not available")
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agrees_with_the_shared_reference_scorer_on_the_handmade_case():
    ref = _shared_scorer()
    assert ref.summarize({"x.txt": ref.score_doc(GOLD, SYSTEM)}) == ev.summarize({"x.txt": ev.score_document(GOLD, SYSTEM)})


def test_agrees_with_the_shared_reference_scorer_on_the_dev_set():
    ref = _shared_scorer()
    gold_dir = ROOT / "tests" / "gold" / "dev"
    extracted = ev.extract_quotes(sorted(gold_dir.glob("*.txt")))
    reference = {}
    for name, gold in ev.load_gold(gold_dir).items():
        reference[name] = ref.score_doc(gold, extracted.get(name, []))
    ours, _rows = ev.evaluate(gold_dir, sorted(gold_dir.glob("*.txt")))
    assert {k: ours[k] for k in EXPECTED} == {k: v for k, v in ref.summarize(reference).items() if k in EXPECTED}


def test_main_prints_a_table(capsys):
    assert ev.main([str(ROOT / "tests" / "gold" / "seeds"), str(ROOT / "seeds")]) == 0
    out = capsys.readouterr().out
    assert "e2e_f1" in out and "span_recall" in out


def test_main_prints_the_calibration_table_on_request(capsys):
    assert ev.main([str(ROOT / "tests" / "gold" / "seeds"), str(ROOT / "seeds"), "--calibration"]) == 0
    out = capsys.readouterr().out
    assert "confidence calibration" in out and "[0.8,1.0]" in out
