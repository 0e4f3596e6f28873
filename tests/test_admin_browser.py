"""End to end in headless Chromium: an editor curates in the Arabic, right-to-left admin.

Skipped only where Debian's ``chromium`` is absent (``apt-get install -y chromium``). The
screenshot of the quote page is saved to ``artifacts/`` for CI to keep.
"""

from __future__ import annotations

import importlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections

from attribution.models import Claim, Quote, Speaker, SpeakerMerge
from tests.factories import make_article, make_claim, make_quote, make_speaker

CHROMIUM = shutil.which("chromium")
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PASSWORD = "correct horse battery staple"
BODY = (
    "قال وزير الخارجية أحمد عطّاف إن الجزائر لن تتخلى عن موقفها.\n"
    "وأضاف عطاف أن المفاوضات ستستأنف الأسبوع المقبل في جنيف."
)

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def page(monkeypatch) -> Iterator:
    """A Chromium page whose browser asks for Arabic."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test are
    # still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(locale="ar", extra_http_headers={"Accept-Language": "ar"})
        context.set_default_timeout(15_000)
        try:
            yield context.new_page()
        finally:
            # With Playwright's loop running, the ORM calls of the test got their own
            # connection (asgiref's context-local storage); close it or it outlives the test.
            connections.close_all()
            context.close()
            browser.close()


@pytest.fixture
def editor():
    # A transactional test may follow another one's flush, which empties auth_group.
    importlib.import_module("attribution.migrations.0003_editors_group").create_editors_group(apps, None)
    user = get_user_model().objects.create_user(username="editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


def test_editor_curates_in_the_arabic_rtl_admin(page, live_server, editor) -> None:
    attaf = make_speaker("أحمد عطّاف", aliases=("عطاف",))
    duplicate = make_speaker("وزير الخارجية عطاف")
    article = make_article(BODY, outlet="الشروق")
    quote = make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=attaf)
    make_quote(article, "المفاوضات ستستأنف الأسبوع المقبل في جنيف", speaker=duplicate)
    claim = make_claim("الجزائر لن تتخلى عن موقفها", quotes=(quote,), claimant=attaf)
    admin = f"{live_server.url}/admin/"

    page.goto(f"{admin}login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(admin)
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"

    # The speaker filter's autocomplete narrows the list to one speaker.
    page.goto(f"{admin}attribution/quote/")
    page.click(".autocomplete-filter .select2-selection")
    page.fill(".select2-search__field", "احمد عطاف")
    page.click(".select2-results__option >> text=أحمد عطّاف")
    page.wait_for_url(re.compile(rf"speaker__id__exact={attaf.pk}"))
    assert page.locator("input[name=_selected_action]").count() == 1

    # Approve through the action.
    page.check(f"input[name=_selected_action][value='{quote.pk}']")
    page.select_option("select[name=action]", "approve")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist .success")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin_quote_list_ar.png"), full_page=True)
    quote.refresh_from_db()
    assert (quote.status, quote.curated, quote.reviewed_by) == (Quote.Status.APPROVED, True, editor)

    page.goto(f"{admin}attribution/quote/{quote.pk}/change/")
    assert page.inner_text("mark.quote-highlight") == "الجزائر لن تتخلى عن موقفها"
    page.screenshot(path=str(ARTIFACTS / "admin_quote_ar.png"), full_page=True)

    # Merge the duplicate into the minister, picking the survivor on the intermediate page.
    page.goto(f"{admin}attribution/speaker/")
    for speaker in (attaf, duplicate):
        page.check(f"input[name=_selected_action][value='{speaker.pk}']")
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")
    page.check(f"#survivor_{attaf.pk}")
    page.click(".submit-row input[type=submit]")
    page.wait_for_url(f"{admin}attribution/speaker/{attaf.pk}/change/")
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert attaf.quotes.count() == 2
    assert SpeakerMerge.objects.get().merged_by == editor
    page.screenshot(path=str(ARTIFACTS / "admin_speaker_merged_ar.png"), full_page=True)

    # Give the claim a verdict.
    page.goto(f"{admin}attribution/claim/{claim.pk}/change/")
    page.select_option("#id_status", "reviewed")
    page.select_option("#id_verdict", "false")
    page.fill("#id_verdict_explanation", "الموقف تغير في بيان لاحق.")
    page.fill("#id_factcheck_url", "https://factcheck.test/attaf")
    page.click("input[name=_save]")
    page.wait_for_url(f"{admin}attribution/claim/")
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.reviewed_by) == (Claim.Status.REVIEWED, "false", editor)
