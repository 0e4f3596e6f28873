"""The editors' desk in headless Chromium at the screens editors use, in Arabic and English.

The quote list must fit the window without horizontal scrolling with its excerpt as the
widest column; the review queue must work from the keyboard. Screenshots go to
``artifacts/`` for CI to keep. Skipped only where Debian's ``chromium`` is absent.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections

from tests.factories import make_article, make_quote, make_speaker
from tests.test_admin_browser import ARTIFACTS, CHROMIUM, FLAGS, PASSWORD

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)"),
    pytest.mark.django_db(transaction=True),
]

SCREENS = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
# Made-up paragraphs: long Arabic statements, a long speaker name, and one English paragraph.
ARABIC_PARAGRAPHS = [
    "قال المتحدث باسم وزارة الصحة الدكتور عبد الرحمن بن سليمان الخطيب إن {} "
    "وأضاف أن الوزارة ستنشر تقريرا مفصلا عن النتائج خلال الأيام المقبلة.",
    "وأكد رئيس مجلس إدارة الهيئة العامة للإحصاء أن {}",
]
STATEMENTS = [
    "معدل البطالة تراجع إلى أدنى مستوى له منذ عشر سنوات بفضل برامج التوظيف الجديدة في القطاع الخاص",
    "أسعار المواد الغذائية الأساسية ستبقى مستقرة حتى نهاية العام رغم ارتفاع تكاليف الشحن عالميا",
    "المستشفيات الحكومية استقبلت أكثر من مليون مراجع في الربع الأول من العام الحالي",
]
ENGLISH = "The minister said that the new port would open next spring, ahead of schedule."


@pytest.fixture
def editor():
    # A transactional test may follow another one's flush, which empties auth_group.
    importlib.import_module("attribution.migrations.0003_editors_group").create_editors_group(apps, None)
    user = get_user_model().objects.create_user(username="editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def browser(monkeypatch) -> Iterator:
    # Playwright's sync API runs an event loop in this thread; the test's ORM calls stay synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            connections.close_all()
            browser.close()


def logged_in_page(browser, live_server, *, language: str, screen: str):
    """Return a page of a fresh browser context in ``language`` at ``screen``, logged in as the editor."""
    width, height = SCREENS[screen]
    context = browser.new_context(
        locale=language, extra_http_headers={"Accept-Language": language}, viewport={"width": width, "height": height}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def fill_quote_list() -> None:
    """A page of realistic quotes: long statements, long names, several outlets, one English quote."""
    spokesman = make_speaker("عبد الرحمن بن سليمان الخطيب المتحدث الرسمي باسم وزارة الصحة")
    director = make_speaker("رئيس مجلس إدارة الهيئة العامة للإحصاء")
    outlets = ["سكاي نيوز عربية", "الشرق الأوسط", "المصري اليوم"]
    start = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
    for n in range(24):
        statement = STATEMENTS[n % len(STATEMENTS)]
        body = ARABIC_PARAGRAPHS[n % 2].format(statement)
        article = make_article(body, outlet=outlets[n % 3], published_at=start + timedelta(days=n))
        make_quote(article, statement, speaker=spokesman if n % 2 == 0 else director, confidence=0.3 + n / 50)
    article = make_article(f"Dubai\n{ENGLISH}", outlet="Gulf News", published_at=start + timedelta(days=30))
    make_quote(article, "the new port would open next spring, ahead of schedule", speaker=spokesman)


LAYOUT = """() => {
    const doc = document.documentElement;
    const table = document.querySelector('#result_list').getBoundingClientRect();
    const columns = [...document.querySelectorAll('#result_list thead th')].map(th => ({
        name: [...th.classList].find(c => c.startsWith('column-')) || th.className,
        width: th.getBoundingClientRect().width,
    }));
    const results = document.querySelector('#changelist .results');
    return {
        scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
        resultsOverflow: results.scrollWidth - results.clientWidth,
        tableLeft: table.left, tableRight: table.right, columns,
    };
}"""


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_quote_list_fits_the_screen_with_the_excerpt_widest(browser, live_server, editor, language, screen) -> None:
    fill_quote_list()
    page = logged_in_page(browser, live_server, language=language, screen=screen)
    page.goto(f"{live_server.url}/admin/attribution/quote/")
    layout = page.evaluate(LAYOUT)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"admin_quote_list_{language}_{screen}.png"))

    assert layout["scrollWidth"] <= layout["clientWidth"], layout
    assert layout["resultsOverflow"] <= 0, layout
    # The whole table is on screen, in right-to-left as in left-to-right.
    assert layout["tableLeft"] >= 0 and layout["tableRight"] <= layout["clientWidth"], layout
    widths = {column["name"]: column["width"] for column in layout["columns"]}
    assert list(widths) == [
        "action-checkbox-column", "column-excerpt", "column-speaker_name", "column-outlet",
        "column-published_date", "column-confidence_display", "column-status",
    ]
    assert widths["column-excerpt"] == max(widths.values())
    assert widths["column-excerpt"] >= 0.3 * layout["clientWidth"], layout
    # Each excerpt reads in its paragraph's direction, whatever the page's language.
    directions = page.eval_on_selector_all(
        ".quote-excerpt", "nodes => nodes.map(n => [n.textContent, getComputedStyle(n).direction])"
    )
    assert {direction for text, direction in directions if "port" in text} == {"ltr"}
    assert {direction for text, direction in directions if "port" not in text} == {"rtl"}
