"""The editors' desk in headless Chromium at the screens editors use, in Arabic and English.

The quote list must fit the window without horizontal scrolling with its excerpt as the
widest column; the review queue must work from the keyboard. Screenshots go to
``artifacts/`` for CI to keep. Skipped only where Debian's ``chromium`` is absent.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections

from attribution.models import Claim, Quote
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
    (ARTIFACTS / f"admin_quote_list_{language}_{screen}.json").write_text(json.dumps(layout, indent=1))

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
    if screen == "1366x768":
        # The app sidebar starts closed below 1600 px; opened, the list still fits.
        page.click("#toggle-nav-sidebar")
        opened = page.evaluate(LAYOUT)
        assert opened["scrollWidth"] <= opened["clientWidth"] and opened["tableLeft"] >= 0, opened


QUEUE_BODY = (
    "قال وزير المالية سامي الحداد إن العجز سينخفض هذا العام.\n"
    "وأكد الحداد أن الرواتب ستصرف في موعدها دون تأخير.\n"
    "وأضاف المتحدث أن الموازنة الجديدة ستعرض على البرلمان قريبا.\n"
    "وقال مصدر في الوزارة إن الضرائب لن ترتفع.\n"
    "وزعم النائب أن الديون تضاعفت ثلاث مرات."
)
# (quote, mention, cue, confidence): the queue shows the least confident first.
QUEUE = [
    ("العجز سينخفض هذا العام", "وزير المالية سامي الحداد", "قال", 0.2),
    ("الرواتب ستصرف في موعدها دون تأخير", "الحداد", "وأكد", 0.3),
    ("الموازنة الجديدة ستعرض على البرلمان قريبا", "المتحدث", "وأضاف", 0.4),
    ("الضرائب لن ترتفع", "مصدر في الوزارة", "وقال", 0.5),
    ("الديون تضاعفت ثلاث مرات", "النائب", "وزعم", 0.6),
]

SELECT_WORDS = """(words) => {
    const container = document.querySelector('.review-context .context-text');
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(words);
        if (at >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            return true;
        }
    }
    return false;
}"""


def fill_queue() -> list[Quote]:
    minister = make_speaker("سامي الحداد", aliases=("الحداد",))
    article = make_article(QUEUE_BODY, outlet="الرياض")
    quotes = []
    for text, mention, cue, confidence in QUEUE:
        quote = make_quote(article, text, speaker=minister, confidence=confidence)
        paragraph = QUEUE_BODY.rfind("\n", 0, quote.start) + 1
        quote.mention_start = QUEUE_BODY.index(mention, paragraph)
        quote.mention_end = quote.mention_start + len(mention)
        quote.cue_start = QUEUE_BODY.index(cue, paragraph)
        quote.cue_end = quote.cue_start + len(cue)
        quote.save()
        quotes.append(quote)
    return quotes


def test_review_queue_in_arabic_from_the_keyboard(browser, live_server, editor) -> None:
    quotes = fill_queue()
    spokesman = make_speaker("المتحدث باسم وزارة المالية")
    page = logged_in_page(browser, live_server, language="ar", screen="1366x768")
    page.click("a.review-queue-link")
    page.wait_for_url(f"{live_server.url}/admin/attribution/quote/review/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.inner_text(".review-context mark.quote-highlight") == QUEUE[0][0]
    assert page.inner_text(".review-context mark.mention-highlight") == QUEUE[0][1]
    assert page.inner_text(".review-context mark.cue-highlight") == QUEUE[0][2]
    assert (page.inner_text(".reviewed-today"), page.inner_text(".pending-count")) == ("0", "5")
    assert page.locator(".review-decisions kbd").all_inner_texts() == ["A", "R", "S", "F", "C", "N"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin_review_queue_ar.png"), full_page=True)
    layout = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert layout[0] <= layout[1]

    # A approves and moves on.
    with page.expect_navigation():
        page.keyboard.press("a")
    assert page.inner_text(".review-context mark.quote-highlight") == QUEUE[1][0]
    assert (page.inner_text(".reviewed-today"), page.inner_text(".pending-count")) == ("1", "4")

    # F fixes the span to the words selected in the paragraph.
    assert page.evaluate(SELECT_WORDS, "الرواتب ستصرف في موعدها")
    with page.expect_navigation():
        page.keyboard.press("f")
    assert page.inner_text(".review-context mark.quote-highlight") == QUEUE[2][0]

    # S opens the speaker search; picking one reassigns.
    page.keyboard.press("s")
    page.fill(".select2-search__field", "المتحدث باسم")
    with page.expect_navigation():
        page.click(".select2-results__option >> text=المتحدث باسم وزارة المالية")
    assert page.inner_text(".review-context mark.quote-highlight") == QUEUE[3][0]

    # C creates a claim, R rejects.
    with page.expect_navigation():
        page.keyboard.press("c")
    with page.expect_navigation():
        page.keyboard.press("r")
    assert page.locator(".review-empty").count() == 1
    assert page.inner_text(".reviewed-today") == "5"

    for quote in quotes:
        quote.refresh_from_db()
    assert [quote.status for quote in quotes] == [Quote.Status.APPROVED] * 4 + [Quote.Status.REJECTED]
    assert all(quote.curated and quote.reviewed_by == editor for quote in quotes)
    assert (quotes[1].text, quotes[1].offsets_match()) == ("الرواتب ستصرف في موعدها", True)
    assert quotes[2].speaker == spokesman
    assert Claim.objects.get().quotes.get() == quotes[3]
