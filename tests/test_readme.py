"""The README's API examples, run as written against gunicorn serving a test database.

Every ``sh`` block of the README's API section runs in bash with curl, and every ``python``
block runs in this process with requests, against a gunicorn started here on a free loopback
port. Only the host (``http://localhost:8000``) and the example ids are swapped for the test
server's. A README example that breaks fails the suite, and so CI.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote as urlquote
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.db.models import Model
from rest_framework.authtoken.models import Token

from attribution.models import Claim, Quote
from tests.conftest import PROJECT
from tests.factories import make_article, make_claim, make_quote, make_speaker

README = PROJECT / "README.md"
README_HOST = "http://localhost:8000"
# The example ids the README uses, and the test row each one stands for.
README_IDS = {"/quotes/42/": "quote", "/claims/7/": "claim", "/speakers/12/": "speaker"}
PASSWORD = "readme-" + secrets.token_urlsafe(12)
STATUS_MARK = "@@status "

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="the README's examples need curl")


@dataclass(frozen=True, slots=True)
class Block:
    """One fenced code block of the README: its language, first line number and text."""

    language: str
    line: int
    text: str


def api_section(readme: str) -> str:
    """Return the README's "## The API" section, up to the next second-level heading."""
    start = readme.index("\n## The API\n")
    end = readme.index("\n## ", start + 1)
    return readme[start:end]


def fenced_blocks(text: str, *, first_line: int = 1) -> list[Block]:
    """Return the fenced code blocks of markdown ``text``."""
    blocks = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL):
        line = first_line + text.count("\n", 0, match.start())
        blocks.append(Block(language=match.group(1), line=line, text=match.group(2)))
    return blocks


def readme_blocks(language: str) -> list[Block]:
    readme = README.read_text(encoding="utf-8")
    section = api_section(readme)
    offset = readme[: readme.index(section)].count("\n") + 1
    return [block for block in fenced_blocks(section, first_line=offset) if block.language == language]


def shell_commands(script: str) -> list[str]:
    """Return the commands of a shell block, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", script)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def curl_urls(command: str) -> list[str]:
    return re.findall(r"https?://[^\s'\"]+", command)


# --- The examples, read without a server -------------------------------------------------------


def test_the_api_section_has_shell_and_python_examples() -> None:
    assert len(readme_blocks("sh")) >= 4
    assert len(readme_blocks("python")) == 1
    section = api_section(README.read_text(encoding="utf-8"))
    for example_id in README_IDS:
        assert example_id in section, f"{example_id} no longer in the README: update README_IDS"


def test_no_readme_example_puts_raw_arabic_in_a_url() -> None:
    """gunicorn refuses a request line with raw UTF-8: every URL a curl example sends is ASCII."""
    for block in fenced_blocks(README.read_text(encoding="utf-8")):
        for command in shell_commands(block.text):
            for url in curl_urls(command):
                assert url.isascii(), f"README line {block.line}: {url}"


def test_percent_encoded_urls_say_what_they_encode() -> None:
    """A percent-encoded example has the Arabic beside it, "(name=value)", and encodes exactly that."""
    for block in readme_blocks("sh"):
        lines = block.text.splitlines()
        for number, line in enumerate(lines):
            for url in curl_urls(line):
                if "%" not in url:
                    continue
                shown = re.search(r"\((\w+)=([^)]+)\)", lines[number - 1])
                assert shown, f"README line {block.line + number + 1}: say what {url} encodes"
                name, value = shown.groups()
                assert f"{name}={urlquote(value)}" in url
                assert f"{name}={value}" in unquote(url)


# --- The examples, run against gunicorn ---------------------------------------------------------


def at(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


def build_newsroom() -> dict[str, object]:
    """Rows every README example finds something in; return what the example ids stand for."""
    ahmad = make_speaker("أحمد عبد الله", aliases=("ابو محمد",))
    outlets = ("الجزيرة", "الأهرام")
    # 60 quotes in 2024 (more than one default page of 50), one in 2023.
    for n in range(61):
        year, day = (2024, 1 + n % 28) if n < 60 else (2023, 2)
        published = at(year, 1 + n % 12, day)
        article = make_article(
            f"قال أحمد عبد الله إن الاقتصاد سينمو بنسبة {n} في المئة.", outlet=outlets[n % 2], published_at=published,
        )
        make_quote(article, f"الاقتصاد سينمو بنسبة {n} في المئة", speaker=ahmad, confidence=0.5 + n / 200)
    recent = make_article(
        "قال أحمد عبد الله إن معدل البطالة انخفض إلى ٧٪ هذا العام.", outlet="الجزيرة",
        url="https://news.example/jobs", published_at=datetime.now(UTC) - timedelta(days=20),
    )
    jobs = make_quote(recent, "معدل البطالة انخفض إلى ٧٪ هذا العام", speaker=ahmad)
    claim = make_claim("معدل البطالة انخفض إلى 7% هذا العام", quotes=(jobs,), claimant=ahmad, status="in_review")
    make_claim(
        "الاقتصاد سينمو بنسبة 0 في المئة", claimant=ahmad, status="reviewed", verdict="false",
        verdict_explanation="لا.", factcheck_url="https://factcheck.example/growth",
        reviewed_at=datetime.now(UTC) - timedelta(days=3),
    )
    user = get_user_model().objects.create_user(username="me", password=PASSWORD)
    # The editors' permissions, not their group: a transactional test's flush drops migrated groups.
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_quote", "change_claim"]))
    return {"quote": jobs, "claim": claim, "speaker": ahmad, "token": Token.objects.create(user=user).key}


def database_url_for_gunicorn(tmp_path: Path) -> str:
    """Return a DATABASE_URL that shows another process what this test committed.

    PostgreSQL: the test database itself. SQLite: the test database lives in this process's
    memory, so it is copied into a file.
    """
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "readme.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"
    user = urlquote(settings["USER"] or "", safe="")
    password = f":{urlquote(settings['PASSWORD'], safe='')}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"


def start_gunicorn(database_url: str, workdir: Path) -> tuple[subprocess.Popen, str]:
    """Start gunicorn on a free loopback port; return the process and its base URL."""
    import gunicorn

    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.pop("REDIS_URL", None)
    env.update({
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "ERROR",
    })
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", "127.0.0.1:0", "--workers", "1",
        "--graceful-timeout", "5", "--log-level", "info",
    ]
    if gunicorn.version_info >= (27,):
        # Its control socket would otherwise be one path shared with every other gunicorn.
        command += ["--control-socket", str(workdir / "gunicorn.ctl")]
    log = (workdir / "gunicorn.log").open("w+")
    process = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        log.seek(0)
        if found := re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", log.read()):
            return process, found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    stop(process)
    log.seek(0)
    raise AssertionError(f"gunicorn did not start:\n{log.read()}")


def stop(process: subprocess.Popen) -> None:
    """Stop gunicorn (and its worker) and wait for it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True, slots=True)
class LiveAPI:
    url: str
    rows: dict[str, object]
    workdir: Path
    database_url: str

    def read(self, model: type[Model], pk: int, *columns: str) -> tuple:
        """Return ``columns`` of a row as the server sees it (on SQLite it wrote into its own copy)."""
        if self.database_url.startswith("sqlite:"):
            with closing(sqlite3.connect(self.database_url.removeprefix("sqlite:///"))) as db:
                names = ", ".join(f'"{column}"' for column in columns)
                return db.execute(f"SELECT {names} FROM {model._meta.db_table} WHERE id = ?", (pk,)).fetchone()
        return tuple(model.objects.filter(pk=pk).values_list(*columns).get())

    def localise(self, text: str) -> str:
        """Return README ``text`` pointed at this server and its rows."""
        for example_id, row in README_IDS.items():
            text = text.replace(example_id, example_id.replace(example_id.split("/")[2], str(self.rows[row].pk)))
        return text.replace(README_HOST, self.url)


@pytest.fixture
def live_api(transactional_db, tmp_path: Path) -> Iterator[LiveAPI]:
    """gunicorn serving the README's rows; stopped however the test ends."""
    rows = build_newsroom()
    database_url = database_url_for_gunicorn(tmp_path)
    process, url = start_gunicorn(database_url, tmp_path)
    try:
        yield LiveAPI(url=url, rows=rows, workdir=tmp_path, database_url=database_url)
    finally:
        stop(process)


# curl reports each response's status on its own line and fails on an HTTP error.
CURL_WRAPPER = f"""
set -euo pipefail
curl() {{ command curl --silent --show-error --fail-with-body --max-time 30 \\
    --write-out '\\n{STATUS_MARK}%{{http_code}} %{{url_effective}}\\n' "$@"; }}
"""


def test_every_shell_example_in_the_api_section_runs(live_api: LiveAPI) -> None:
    env = {**os.environ, "TOKEN": str(live_api.rows["token"]), "PASSWORD": PASSWORD}
    for block in readme_blocks("sh"):
        script = live_api.localise(block.text)
        result = subprocess.run(
            ["bash", "-c", CURL_WRAPPER + script], cwd=live_api.workdir, env=env,
            capture_output=True, encoding="utf-8", errors="replace", timeout=120,
        )
        where = f"README block at line {block.line}"
        assert result.returncode == 0, f"{where} failed:\n…{result.stdout[-3000:]}\n{result.stderr[-2000:]}"
        statuses = [line.split()[1:] for line in result.stdout.splitlines() if line.startswith(STATUS_MARK)]
        calls = [command for command in shell_commands(script) if command.startswith("curl ")]
        assert len(statuses) == len(calls), f"{where}: {len(calls)} curl calls, {len(statuses)} responses"
        assert all(code == "200" for code, _ in statuses), f"{where}: {statuses}"

    # The examples did what they say.
    quote, claim = live_api.rows["quote"], live_api.rows["claim"]
    assert live_api.read(Quote, quote.pk, "status") == (Quote.Status.APPROVED,)
    assert live_api.read(Claim, claim.pk, "status", "verdict", "short_form") == ("reviewed", "false", "البطالة انخفضت إلى 7٪")
    exported = live_api.workdir / "quotes.csv"
    assert exported.read_bytes().startswith("\N{BYTE ORDER MARK}".encode())
    pd = pytest.importorskip("pandas")
    table = pd.read_csv(exported)  # as a fact-checker opens it: the BOM is not part of the first name
    assert table.columns[0] == "id"
    assert len(table) == 32 and set(table["outlet"]) == {"الجزيرة"}  # 31 of the 61, and the recent one


def test_the_python_quick_start_builds_the_dataframe(live_api: LiveAPI) -> None:
    pd = pytest.importorskip("pandas")
    [block] = readme_blocks("python")
    namespace: dict[str, object] = {"__name__": "readme_quick_start"}
    exec(compile(live_api.localise(block.text), f"README.md:{block.line}", "exec"), namespace)
    quotes = namespace["quotes"]
    assert isinstance(quotes, pd.DataFrame)
    # 60 quotes in 2024: two pages of the default 50, so `next` was followed.
    assert len(quotes) == 60
    assert list(quotes.columns) == ["published_at", "speaker_name", "outlet", "text", "article_url", "confidence"]
    assert quotes["published_at"].dt.year.unique().tolist() == [2024]
    assert set(quotes["speaker_name"]) == {"أحمد عبد الله"}
    assert quotes.groupby("outlet").size().to_dict() == {"الأهرام": 30, "الجزيرة": 30}
