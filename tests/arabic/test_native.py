"""The compiled text package (scripts/build_native.py): the same answers, never stale."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribution import arabic
from attribution.arabic.readers import Source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DEV_TEXTS = sorted((ROOT / "tests" / "gold" / "dev2").glob("*.txt"))  # the project's copy: CI has no ../shared

needs_build = pytest.mark.skipif(
    not arabic.NATIVE, reason="no native build of these sources (scripts/build_native.py; bin/test runs it)")

_EXTRACT = """
import dataclasses, json, sys
from attribution import arabic
from attribution.arabic.readers import Source
from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.arabic.readers import decode_bytes
out = []
for path in sys.argv[1:]:
    article = parse_article(decode_bytes(open(path, "rb").read())[0])
    out.append(repr([dataclasses.asdict(article), dataclasses.asdict(extract_article(article))]))
print(json.dumps({"native": arabic.NATIVE, "out": out}, ensure_ascii=False))
"""

def _extract(paths: list[Path], *, pure: bool, cwd: Path = ROOT) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "ATTRIBUTION_PURE_PYTHON"}
    if pure:
        env["ATTRIBUTION_PURE_PYTHON"] = "1"
    result = subprocess.run([sys.executable, "-c", _EXTRACT, *map(str, paths)], cwd=cwd, env=env,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@needs_build
def test_compiled_extraction_equals_python_on_seeds_and_dev2():
    compiled = _extract(SEEDS + DEV_TEXTS, pure=False)
    python = _extract(SEEDS + DEV_TEXTS, pure=True)
    assert compiled["native"] and not python["native"]
    assert sum(article.count("speaker_type") for article in python["out"]) > 100  # quotes were found
    assert compiled["out"] == python["out"]


@needs_build
def test_an_edited_module_runs_as_python_not_from_the_stale_build(tmp_path):
    shutil.copytree(ROOT / "attribution", tmp_path / "attribution",
                    ignore=shutil.ignore_patterns("__pycache__", "migrations", "templates", "static"))
    seed = SEEDS[:1]
    assert _extract(seed, pure=False, cwd=tmp_path)["native"]
    claims = tmp_path / "attribution" / "arabic" / "claims.py"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = _extract(seed, pure=False, cwd=tmp_path)
    assert not edited["native"]
    assert edited["out"] == _extract(seed, pure=True)["out"]


def test_source_key_names_the_sources():
    assert arabic.source_key() == arabic.source_key()
    assert len(arabic.source_key()) == 20
    assert {p.name for p in arabic.compiled_modules()} >= {"quotes.py", "speakers.py", "article.py"}
    assert "__init__.py" not in {p.name for p in arabic.compiled_modules()}


def test_sources_cross_to_worker_processes():
    # Import workers receive readers.Source objects by pickle (import_runs).
    source = Source("feed.jsonl:3", "قال الوزير إن الخطة جاهزة", url="https://example.com/a", warnings=("w",))
    assert pickle.loads(pickle.dumps(source)) == source
