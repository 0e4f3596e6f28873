"""Arabic text processing for quote attribution: pure Python, no Django.

Pipeline: ``article.parse_article`` → ``pipeline.extract_article`` (reported-speech
frames, speaker resolution, claim candidates). Everything here is importable and
testable without Django settings.

The modules may also be compiled to C with mypyc (``scripts/build_native.py``, run by
``bin/run`` and ``bin/test``): the same code, about twice as fast. A build is used only when
it was made from exactly the sources beside this file, so an edited module never runs stale
compiled code; without a matching build (or with ``ATTRIBUTION_PURE_PYTHON=1``) the package
runs as plain Python.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
NATIVE_ROOT = HERE / "_native"
#: Modules left as Python: this one picks the build; the evaluation and sanity reports are
#: not on the extraction path and read their own docstrings; the readers' ``Source`` goes to
#: worker processes, and a compiled frozen dataclass cannot be unpickled (mypyc sets its fields).
PURE_MODULES = frozenset({"__init__.py", "evaluate.py", "readers.py", "sanity.py"})


def compiled_modules() -> list[Path]:
    """Return the package's modules that a native build compiles, in a stable order."""
    return sorted(p for p in HERE.glob("*.py") if p.name not in PURE_MODULES)


def source_key() -> str:
    """Return the digest naming a native build of the current sources."""
    digest = hashlib.sha256()
    for path in compiled_modules():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def _native_dir() -> Path | None:
    if os.environ.get("ATTRIBUTION_PURE_PYTHON") or not NATIVE_ROOT.is_dir():
        return None
    built = NATIVE_ROOT / source_key()
    return built if (built / "COMPLETE").is_file() else None


_built = _native_dir()
if _built is not None:
    # Submodules are looked up along __path__ in order: the compiled ones come first.
    __path__.insert(0, str(_built))  # noqa: F821 (a package's __path__ is set before its code runs)

#: Whether the modules run compiled (a build matching these sources was found).
NATIVE = _built is not None
