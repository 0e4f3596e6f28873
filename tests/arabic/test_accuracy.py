"""Regression bars on the project's own gold sets, scored by the project's evaluator."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.arabic.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def seeds() -> dict:
    summary, _rows = evaluate(GOLD / "seeds", [ROOT / "seeds"])
    return summary


@pytest.fixture(scope="module")
def dev() -> dict:
    summary, _rows = evaluate(GOLD / "dev", sorted((GOLD / "dev").glob("*.txt")))
    return summary


@pytest.fixture(scope="module")
def dev2() -> dict:
    summary, _rows = evaluate(GOLD / "dev2", sorted((GOLD / "dev2").glob("*.txt")))
    return summary


def test_every_gold_document_has_its_text(seeds, dev, dev2):
    assert seeds["documents"] == 5 and seeds["documents_without_output"] == 0
    assert dev["documents"] == 40 and dev["documents_without_output"] == 0
    assert dev2["documents"] == 40 and dev2["documents_without_output"] == 0


def test_seeds_end_to_end_f1_reaches_the_bar(seeds):
    assert seeds["e2e_f1"] >= 0.98


def test_seeds_span_recall_reaches_the_bar(seeds):
    assert seeds["span_recall"] >= 0.98


def test_dev_end_to_end_f1_reaches_the_bar(dev):
    assert dev["e2e_f1"] >= 0.935


def test_dev2_end_to_end_f1_reaches_the_bar(dev2):
    assert dev2["e2e_f1"] >= 0.88


def test_dev2_attribution_accuracy_reaches_the_bar(dev2):
    assert dev2["attribution_accuracy"] >= 0.945


def test_dev_attribution_accuracy_reaches_the_bar(dev):
    assert dev["attribution_accuracy"] >= 0.96
