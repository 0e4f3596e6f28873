"""Compile the text package (``attribution/arabic``) to C with mypyc, once per version of its sources.

Usage: python scripts/build_native.py [--force] [--opt-level N]

The build lands in ``attribution/arabic/_native/<digest of the sources>/`` and the package
uses it only while its sources are unchanged (``attribution/arabic/__init__.py``), so an edit
never runs stale compiled code: it runs as Python until this script is run again. Runs with
nothing to do in a fraction of a second; a build takes a few minutes on two cores. Needs
mypy (the ``native`` extra) and a C compiler; without them it says so and exits 0, since the
package works, more slowly, as plain Python. Exits 1 when a build was tried and failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["ATTRIBUTION_PURE_PYTHON"] = "1"  # this process reads the sources, not a build

from attribution import arabic  # noqa: E402

GROUP = "attribution.arabic.native"  # the shared library: attribution/arabic/native__mypyc.*.so


def build(target: Path, opt_level: str) -> None:
    """Compile every module of ``compiled_modules()`` into ``target`` (C sources in a temp dir)."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    with tempfile.TemporaryDirectory(prefix="attribution-native-") as tmp:
        os.chdir(ROOT)  # mypyc names modules by their paths relative to the working folder
        paths = [str(p.relative_to(ROOT)) for p in arabic.compiled_modules()]
        extensions = mypycify([*paths, "--ignore-missing-imports"], opt_level=opt_level,
                              group_name=GROUP, target_dir=str(Path(tmp) / "c"))
        dist = Distribution({"ext_modules": extensions})
        dist.script_args = ["-q", "build_ext", "--build-lib", str(Path(tmp) / "lib"),
                            "--build-temp", str(Path(tmp) / "obj")]
        dist.parse_command_line()
        dist.run_commands()
        built = Path(tmp) / "lib" / "attribution" / "arabic"
        staging = target.with_name(target.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for lib in built.glob("*.so"):
            if not lib.name.startswith("__init__."):
                shutil.copy2(lib, staging / lib.name)
        (staging / "COMPLETE").write_text("built by scripts/build_native.py\n", encoding="utf-8")
        staging.rename(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if a build of these sources exists")
    parser.add_argument("--opt-level", default="3", choices="0123", help="the C compiler's -O level")
    args = parser.parse_args(argv)

    target = arabic.NATIVE_ROOT / arabic.source_key()
    if (target / "COMPLETE").is_file() and not args.force:
        print(f"native build up to date ({target.relative_to(ROOT)})")
        return 0
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("mypy is not installed (pip install -e '.[native]'): the text package runs as Python")
        return 0
    if shutil.which(os.environ.get("CC", "cc")) is None and shutil.which("gcc") is None:
        print("no C compiler found: the text package runs as Python")
        return 0
    print(f"compiling attribution/arabic with mypyc into {target.relative_to(ROOT)} (a few minutes) …",
          flush=True)
    started = time.perf_counter()
    shutil.rmtree(target, ignore_errors=True)
    log = io.StringIO()  # (mypyc's notes on every module: shown only when the build fails)
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            build(target, args.opt_level)
    except (Exception, SystemExit) as exc:  # setuptools reports compiler errors as SystemExit
        print(log.getvalue(), file=sys.stderr)
        print(f"native build failed: {exc}; the text package runs as Python", file=sys.stderr)
        return 1
    for old in arabic.NATIVE_ROOT.iterdir():
        if old != target:
            shutil.rmtree(old, ignore_errors=True)  # builds of earlier sources are never used again
    print(f"built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
