"""The editors' desk through the test client: access, lists, actions, merge, verdicts, history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution import admin as desk
from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.importer import import_article
from attribution.models import (
    Article,
    Claim,
    Quote,
    Speaker,
    SpeakerAlias,
    SpeakerMerge,
    search_key,
)
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

BODY = (
    "قال وزير الخارجية أحمد عطّاف إن الجزائر لن تتخلى عن موقفها.\n"
    "وأضاف أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.\n"
    "وقال مصدر مطلع إن الاجتماع عقد ثلاث مرات."
)
RAW = (
    "https://example.test/news/admin\n"
    "الهباش: وقف الحرب أولوية\n"
    "قال محمود الهباش إن وقف الحرب على غزة أولوية فلسطينية.\n"
    "وقال مصدر مطلع إن الاجتماع عقد 3 مرات هذا الشهر."
)


def changelist_url(model: str) -> str:
    return reverse(f"admin:attribution_{model}_changelist")


def change_url(obj) -> str:
    return reverse(f"admin:attribution_{obj._meta.model_name}_change", args=[obj.pk])


def run_action(client: Client, model: str, action: str, objects, **data):
    return client.post(
        changelist_url(model), {"action": action, "_selected_action": [obj.pk for obj in objects], **data}
    )


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(username="editor", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    return client


@pytest.fixture
def attaf() -> Speaker:
    return make_speaker("أحمد عطّاف", aliases=("عطاف", "وزير الخارجية الجزائري"))


@pytest.fixture
def article() -> Article:
    return make_article(BODY, outlet="الشروق")


@pytest.fixture
def quote(article, attaf) -> Quote:
    quote = make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=attaf, confidence=0.9)
    quote.mention_start = article.body.index("أحمد عطّاف")
    quote.mention_end = quote.mention_start + len("أحمد عطّاف")
    quote.save()
    return quote


# --- Access and language ---------------------------------------------------------------------


def test_editors_group_has_exactly_the_permissions_curation_needs() -> None:
    codenames = set(Group.objects.get(name="editors").permissions.values_list("codename", flat=True))
    assert codenames == {
        "view_speaker", "change_speaker", "add_speaker", "merge_speaker",
        "view_speakeralias", "change_speakeralias", "add_speakeralias", "delete_speakeralias",
        "view_article", "reextract_article",
        "view_quote", "change_quote",
        "view_claim", "change_claim", "add_claim",
        "view_speakermerge", "view_speakercandidate", "view_speakerrole",
    }


def test_anonymous_user_is_sent_to_login(quote) -> None:
    response = Client().get(change_url(quote))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_the_group_cannot_see_or_change_quotes(quote) -> None:
    client = Client()
    client.force_login(get_user_model().objects.create_user(username="staff", is_staff=True))
    assert client.get(changelist_url("quote")).status_code == 403
    assert client.post(change_url(quote), {"status": "approved"}).status_code == 403
    run_action(client, "quote", "approve", [quote])
    quote.refresh_from_db()
    assert (quote.status, quote.curated) == (Quote.Status.PENDING, False)


def test_viewer_without_change_permission_cannot_run_curation_actions(quote) -> None:
    user = get_user_model().objects.create_user(username="viewer", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_quote"))
    client = Client()
    client.force_login(user)
    assert client.get(changelist_url("quote")).status_code == 200
    run_action(client, "quote", "approve", [quote])
    quote.refresh_from_db()
    assert quote.status == Quote.Status.PENDING


@pytest.mark.parametrize(
    ("accept_language", "html_tag"),
    [("ar", '<html lang="ar" dir="rtl">'), ("en-GB,en;q=0.8", '<html lang="en" dir="ltr">')],
    ids=["arabic", "english"],
)
def test_admin_language_and_direction_follow_the_browser(editor, quote, accept_language: str, html_tag: str) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE=accept_language)
    client.force_login(editor)
    assert html_tag in client.get(changelist_url("quote")).content.decode()


# --- Quote list ------------------------------------------------------------------------------


def many_quotes(count: int, *, batch: str = "") -> None:
    """Create ``count`` quotes over several articles and speakers."""
    speakers = [make_speaker(f"متحدث {batch}{i}") for i in range(10)]
    for a in range(3):
        sentences = [f"قال المتحدث إن الجملة رقم {batch}{a}-{i} مهمة." for i in range(count // 3)]
        article = make_article("\n".join(sentences), outlet=f"outlet {a}")
        rows = []
        for i, sentence in enumerate(sentences):
            text = sentence[sentence.index("الجملة") : -1]
            start = article.body.index(text)
            rows.append(
                Quote(
                    article=article, speaker=speakers[i % 10], text=text, text_normalized=search_key(text),
                    kind=Quote.Kind.INDIRECT, cue="قال", start=start, end=start + len(text),
                    published_at=article.published_at, confidence=(i % 10) / 10,
                )
            )
        Quote.objects.bulk_create(rows)


def test_quote_list_makes_the_same_queries_for_many_rows_as_for_few(editor_client, django_assert_max_num_queries) -> None:
    many_quotes(6)
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(changelist_url("quote")).status_code == 200
    many_quotes(150, batch="b")
    with django_assert_max_num_queries(len(few)):
        response = editor_client.get(changelist_url("quote"))
    assert len(response.context["cl"].result_list) == 100


def test_quote_list_shows_the_columns_editors_review_by(editor_client, quote) -> None:
    response = editor_client.get(changelist_url("quote"))
    content = response.content.decode()
    for text in ("الجزائر لن تتخلى عن موقفها", "أحمد عطّاف", quote.article.outlet, "0.90", "pending review"):
        assert text in content
    assert '<div class="quote-excerpt" dir="rtl">' in content


@pytest.mark.parametrize(
    "term",
    ["احمد عطاف", "أحمدُ عطّاف", "عطاف", "وزير الخارجيه الجزايري", "الجزائر لن تتخلي", "الجزاير لن تتخلى"],
    ids=["bare alef", "diacritics", "alias", "ta marbuta and hamza in alias", "alef maksura", "hamza on ya"],
)
def test_quote_search_ignores_diacritics_and_hamza_alef_ya_ta_spelling(editor_client, quote, article, term: str) -> None:
    make_quote(article, "الاجتماع عقد ثلاث مرات", speaker=make_speaker("مصدر مطلع", kind=Speaker.Kind.ANONYMOUS))
    response = editor_client.get(changelist_url("quote"), {"q": term})
    assert list(response.context["cl"].result_list) == [quote]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"confidence_band": "high"}, ["high"]),
        ({"confidence_band": "low"}, ["low"]),
        ({"outlet": "الشروق"}, ["high", "low"]),
        ({"outlet": "الخبر"}, ["other outlet"]),
        ({"curated__exact": "1"}, ["low"]),
        ({"status__exact": "approved"}, ["low"]),
        ({"kind__exact": "indirect"}, ["other outlet"]),
    ],
)
def test_quote_list_filters(editor_client, article, attaf, params: dict, expected: list[str]) -> None:
    quotes = {
        "high": make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=attaf, confidence=0.95),
        "low": make_quote(article, "الاجتماع عقد ثلاث مرات", confidence=0.2, status="approved", curated=True),
        "other outlet": make_quote(
            make_article("قالت الوزارة إن الطقس حار.", outlet="الخبر"), "الطقس حار", kind="indirect", confidence=0.6
        ),
    }
    response = editor_client.get(changelist_url("quote"), params)
    assert set(response.context["cl"].result_list) == {quotes[name] for name in expected}


def test_speaker_filter_uses_autocomplete_and_filters_by_speaker(editor_client, quote, article) -> None:
    make_quote(article, "الاجتماع عقد ثلاث مرات", speaker=make_speaker("محمد اشتية"))
    response = editor_client.get(changelist_url("quote"), {"speaker__id__exact": quote.speaker_id})
    assert list(response.context["cl"].result_list) == [quote]
    content = response.content.decode()
    assert 'class="admin-autocomplete' in content
    assert f'<option value="{quote.speaker_id}" selected>أحمد عطّاف</option>' in content
    assert "attribution/autocomplete_filter.js" in content


def test_speaker_autocomplete_finds_speakers_by_any_alias_spelling(editor_client, attaf) -> None:
    make_speaker("محمد اشتية")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "attribution", "model_name": "quote", "field_name": "speaker", "term": "وزير الخارجيه"},
    )
    assert [row["id"] for row in response.json()["results"]] == [str(attaf.pk)]


# --- Quote change page and actions -----------------------------------------------------------


def test_change_page_highlights_the_quote_inside_its_paragraph(editor_client, quote) -> None:
    content = editor_client.get(change_url(quote)).content.decode()
    assert '<mark class="quote-highlight">الجزائر لن تتخلى عن موقفها</mark>' in content
    assert '<mark class="mention-highlight">أحمد عطّاف</mark>' in content
    assert "قال وزير الخارجية" in content  # context before
    assert "المفاوضات" not in content.split('class="quote-context"')[1].split("</div>")[0]  # next paragraph


def test_quote_text_with_script_is_escaped_on_the_change_page_and_list(editor_client) -> None:
    payload = '<script>alert("x")</script>'
    speaker = make_speaker('<img src=x onerror="alert(1)">')
    article = make_article(f"قال المتحدث: {payload} ثم غادر.", title="<b>عنوان</b>")
    quote = make_quote(article, payload, speaker=speaker)
    pages = {url: editor_client.get(url).content.decode() for url in (change_url(quote), changelist_url("quote"))}
    for content in pages.values():
        assert payload not in content
        assert "<img src=x" not in content
        assert "<b>عنوان</b>" not in content
    assert '<mark class="quote-highlight">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>' in pages[change_url(quote)]


def test_saving_the_change_form_marks_the_quote_curated_with_history(editor_client, editor, quote) -> None:
    other = make_speaker("محمد اشتية")
    response = editor_client.post(
        change_url(quote),
        {"speaker": other.pk, "intermediary": "", "status": "pending", "kind": "indirect", "stance": "neutral"},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker, quote.kind, quote.curated, quote.reviewed_by) == (other, "indirect", True, editor)
    assert quote.history.latest().history_user == editor


@pytest.mark.parametrize(("action", "status"), [("approve", "approved"), ("reject", "rejected")])
def test_approve_and_reject_actions(editor_client, editor, quote, action: str, status: str) -> None:
    response = run_action(editor_client, "quote", action, [quote])
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.status, quote.curated, quote.reviewed_by) == (status, True, editor)
    latest = quote.history.latest()
    assert (latest.history_user, latest.status) == (editor, status)


def test_reassign_speaker_action_asks_for_the_speaker_then_reassigns(editor_client, editor, quote, article) -> None:
    second = make_quote(article, "الاجتماع عقد ثلاث مرات")
    other = make_speaker("محمد اشتية")

    page = run_action(editor_client, "quote", "reassign_speaker", [quote, second])
    assert page.status_code == 200
    assert "admin/attribution/quote/reassign_speaker.html" in [t.name for t in page.templates]
    assert 'data-model-name="quote"' in page.content.decode()  # the speaker picker is autocomplete

    response = run_action(editor_client, "quote", "reassign_speaker", [quote, second], apply="yes", speaker=other.pk)
    assert response.status_code == 302
    for reassigned in (quote, second):
        reassigned.refresh_from_db()
        assert (reassigned.speaker, reassigned.curated, reassigned.reviewed_by) == (other, True, editor)


def test_create_claim_action_links_a_claim_to_each_quote(editor_client, quote) -> None:
    run_action(editor_client, "quote", "create_claim", [quote])
    claim = Claim.objects.get()
    assert (claim.text, claim.claimant, list(claim.quotes.all())) == (quote.text, quote.speaker, [quote])
    quote.refresh_from_db()
    assert quote.curated


def test_quote_history_is_visible_and_revertible(editor_client, editor, quote) -> None:
    run_action(editor_client, "quote", "approve", [quote])
    entries = quote.history.count()
    history = editor_client.get(reverse("admin:attribution_quote_history", args=[quote.pk]))
    assert history.status_code == 200
    assert "editor" in history.content.decode()

    original = quote.history.earliest()
    revert_url = reverse("admin:attribution_quote_simple_history", args=[quote.pk, original.history_id])
    assert editor_client.get(revert_url).status_code == 200
    response = editor_client.post(
        revert_url,
        {"speaker": original.speaker_id, "intermediary": "", "status": original.status, "kind": original.kind,
         "stance": original.stance},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.status, quote.curated) == (Quote.Status.PENDING, True)
    assert quote.history.count() == entries + 1
    assert quote.history.latest().history_user == editor


# --- Speakers --------------------------------------------------------------------------------


def test_speaker_list_counts_quotes_and_finds_speakers_by_alias(editor_client, quote, attaf, article) -> None:
    make_quote(article, "الاجتماع عقد ثلاث مرات", speaker=attaf)
    make_speaker("محمد اشتية")
    response = editor_client.get(changelist_url("speaker"), {"q": "وزير الخارجيه الجزايري"})
    (found,) = response.context["cl"].result_list
    assert (found, found.quote_count) == (attaf, 2)


def test_speaker_change_page_shows_aliases_inline(editor_client, attaf) -> None:
    content = editor_client.get(change_url(attaf)).content.decode()
    assert "وزير الخارجية الجزائري" in content
    assert 'id="aliases-group"' in content


def test_merge_action_picks_the_survivor_and_loses_nothing(editor_client, editor, article) -> None:
    survivor = make_speaker("أحمد عطاف", aliases=("عطاف",))
    merged = make_speaker("احمد عطاف الوزير", aliases=("الوزير",))
    make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=survivor)
    moved = make_quote(article, "المفاوضات ستستأنف الأسبوع المقبل في جنيف", speaker=merged)
    claim = make_claim("المفاوضات ستستأنف", quotes=(moved,), claimant=merged)
    before = {
        "speakers": Speaker.objects.count(), "quotes": Quote.objects.count(), "claims": Claim.objects.count(),
        "aliases": SpeakerAlias.objects.count(),
    }

    page = run_action(editor_client, "speaker", "merge", [survivor, merged])
    assert page.status_code == 200
    assert "admin/attribution/speaker/merge.html" in [t.name for t in page.templates]

    response = run_action(editor_client, "speaker", "merge", [survivor, merged], apply="yes", survivor=survivor.pk)
    assert response.status_code == 302
    assert response["Location"] == change_url(survivor)
    assert Speaker.objects.count() == before["speakers"] - 1
    assert (Quote.objects.count(), Claim.objects.count(), SpeakerAlias.objects.count()) == (
        before["quotes"], before["claims"], before["aliases"],
    )
    assert survivor.quotes.count() == 2
    claim.refresh_from_db()
    assert claim.claimant == survivor
    assert set(survivor.aliases.values_list("name", flat=True)) == {"أحمد عطاف", "عطاف", "احمد عطاف الوزير", "الوزير"}
    record = SpeakerMerge.objects.get()
    assert (record.survivor, record.merged_name, record.merged_by) == (survivor, "احمد عطاف الوزير", editor)
    assert record.snapshot["quotes"] == [moved.pk]
    assert editor_client.get(change_url(record)).status_code == 200


def test_merge_needs_the_merge_permission(quote, attaf) -> None:
    user = get_user_model().objects.create_user(username="changer", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_speaker", "change_speaker"]))
    client = Client()
    client.force_login(user)
    other = make_speaker("عطاف أحمد")
    run_action(client, "speaker", "merge", [attaf, other], apply="yes", survivor=attaf.pk)
    assert Speaker.objects.filter(pk=other.pk).exists()
    assert not SpeakerMerge.objects.exists()


def test_merge_log_is_read_only(editor_client, editor) -> None:
    survivor, merged = make_speaker("أحمد عطاف"), make_speaker("عطاف الوزير")
    run_action(editor_client, "speaker", "merge", [survivor, merged], apply="yes", survivor=survivor.pk)
    record = SpeakerMerge.objects.get()
    superuser = Client()
    superuser.force_login(get_user_model().objects.create_superuser(username="root", password="x"))
    assert superuser.get(reverse("admin:attribution_speakermerge_add")).status_code == 403
    assert superuser.post(reverse("admin:attribution_speakermerge_delete", args=[record.pk]), {"post": "yes"}).status_code == 403
    assert SpeakerMerge.objects.filter(pk=record.pk).exists()


# --- Articles --------------------------------------------------------------------------------


def test_article_page_links_the_source_and_shows_quotes_with_read_only_offsets(editor_client, quote, article) -> None:
    content = editor_client.get(change_url(article)).content.decode()
    assert f'<a href="{article.url}" target="_blank" rel="noopener noreferrer"' in content
    assert "الجزائر لن تتخلى عن موقفها" in content
    assert 'name="quotes-0-start"' not in content


def test_javascript_url_is_not_a_link(editor_client) -> None:
    article = make_article("قال المتحدث إن الطقس حار.", url="javascript:alert(1)")
    assert 'href="javascript:' not in editor_client.get(change_url(article)).content.decode()


def test_reextract_action_keeps_curated_quotes(editor_client) -> None:
    import_article(extraction=extract_article(parse_article(RAW, url="https://example.test/news/admin")), source="t")
    article = Article.objects.get()
    kept = article.quotes.get(text="وقف الحرب على غزة أولوية فلسطينية")
    run_action(editor_client, "quote", "reject", [kept])
    uncurated = set(article.quotes.filter(curated=False).values_list("pk", flat=True))

    response = run_action(editor_client, "article", "reextract", [article])

    assert response.status_code == 302
    kept.refresh_from_db()
    assert (kept.status, kept.curated) == (Quote.Status.REJECTED, True)
    fresh = set(article.quotes.filter(curated=False).values_list("pk", flat=True))
    assert fresh and not fresh & uncurated


# --- Claims ----------------------------------------------------------------------------------


def claim_form(claim: Claim, **changes) -> dict:
    data = {
        "text": claim.text, "claimant": claim.claimant_id or "", "quotes": [q.pk for q in claim.quotes.all()],
        "status": claim.status, "verdict": claim.verdict, "rating_text": claim.rating_text,
        "verdict_explanation": claim.verdict_explanation, "factcheck_url": claim.factcheck_url,
    }
    return {**data, **changes}


def test_claim_cannot_be_reviewed_without_verdict_explanation_and_url(editor_client, quote) -> None:
    claim = make_claim("الجزائر لن تتخلى عن موقفها", quotes=(quote,), claimant=quote.speaker)
    response = editor_client.post(change_url(claim), claim_form(claim, status="reviewed", verdict="false"))
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"verdict_explanation", "factcheck_url"}
    claim.refresh_from_db()
    assert claim.status == Claim.Status.UNREVIEWED


def test_claim_verdict_workflow_records_reviewer_and_history(editor_client, editor, quote) -> None:
    claim = make_claim("الجزائر لن تتخلى عن موقفها", quotes=(quote,), claimant=quote.speaker)
    run_action(editor_client, "claim", "start_review", [claim])
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW

    response = editor_client.post(
        change_url(claim),
        claim_form(claim, status="reviewed", verdict="misleading", verdict_explanation="السياق مختلف.",
                   factcheck_url="https://factcheck.test/attaf"),
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.reviewed_by) == (Claim.Status.REVIEWED, "misleading", editor)
    assert [h.status for h in claim.history.order_by("history_id")] == ["unreviewed", "in_review", "reviewed"]


def test_linking_a_quote_in_the_claim_form_keeps_it_through_reextraction(editor_client, editor) -> None:
    import_article(extraction=extract_article(parse_article(RAW, url="https://example.test/news/admin")), source="t")
    article = Article.objects.get()
    quote = article.quotes.get(text="وقف الحرب على غزة أولوية فلسطينية")
    claim = make_claim("وقف الحرب على غزة أولوية فلسطينية")

    response = editor_client.post(change_url(claim), claim_form(claim, quotes=[quote.pk]))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.curated, quote.reviewed_by) == (True, editor)

    run_action(editor_client, "article", "reextract", [article])
    assert list(claim.quotes.values_list("pk", flat=True)) == [quote.pk]


def test_changing_an_article_date_moves_its_quotes_date_with_it(quote, article) -> None:
    # Editors never change articles (offsets point into the body); an administrator may fix a date.
    admin_client = Client(HTTP_ACCEPT_LANGUAGE="en")
    admin_client.force_login(get_user_model().objects.create_superuser(username="chief", password="x"))
    form = {
        "title": article.title, "url": article.url or "", "outlet": article.outlet,
        "published_at_0": "2024-05-01", "published_at_1": "10:00:00", "language": article.language,
        "source": article.source, "quotes-TOTAL_FORMS": "1", "quotes-INITIAL_FORMS": "1",
        "quotes-MIN_NUM_FORMS": "0", "quotes-MAX_NUM_FORMS": "1000", "quotes-0-id": quote.pk,
        "quotes-0-article": article.pk, "quotes-0-status": quote.status,
        "quotes-0-speaker": quote.speaker_id or "", "quotes-0-kind": quote.kind,
    }
    response = admin_client.post(change_url(article), form)

    assert response.status_code == 302
    article.refresh_from_db()
    quote.refresh_from_db()
    assert article.published_at.date().isoformat() == "2024-05-01"
    assert quote.published_at == article.published_at


def test_claim_page_shows_its_quotes_and_articles(editor_client, quote) -> None:
    claim = make_claim("الجزائر لن تتخلى عن موقفها", quotes=(quote,), claimant=quote.speaker)
    content = editor_client.get(change_url(claim)).content.decode()
    assert change_url(quote) in content
    assert change_url(quote.article) in content


def test_claim_filters_by_verdict_and_claimant(editor_client, quote, attaf) -> None:
    wanted = make_claim("الجزائر لن تتخلى عن موقفها", claimant=attaf, verdict="false")
    make_claim("الطقس حار", verdict="false")
    make_claim("المفاوضات ستستأنف", claimant=attaf, verdict="true")
    response = editor_client.get(changelist_url("claim"), {"verdict__exact": "false", "claimant__id__exact": attaf.pk})
    assert list(response.context["cl"].result_list) == [wanted]


# --- Speed -----------------------------------------------------------------------------------


def test_paginator_counts_filtered_lists_exactly(editor_client) -> None:
    many_quotes(30)
    paginator = desk.EstimatedCountPaginator(Quote.objects.filter(confidence__gte=0.5), 10)
    assert paginator.count == Quote.objects.filter(confidence__gte=0.5).count()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row estimates come from PostgreSQL's pg_class")
def test_paginator_reads_the_planner_estimate_for_a_big_unfiltered_table(monkeypatch) -> None:
    many_quotes(30)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE attribution_quote")
    monkeypatch.setattr(desk, "ESTIMATE_ABOVE", 0)
    estimate = desk.estimated_row_count(Quote, using="default")
    assert estimate is not None
    assert desk.EstimatedCountPaginator(Quote.objects.all(), 10).count == estimate


def test_quote_date_hierarchy_offers_the_years_between_first_and_last_quote(editor_client, attaf) -> None:
    make_quote(make_article(BODY, published_at=datetime(2022, 3, 1, tzinfo=UTC)), "الجزائر لن تتخلى عن موقفها")
    make_quote(make_article(BODY, published_at=datetime(2024, 5, 1, tzinfo=UTC)), "الجزائر لن تتخلى عن موقفها")
    content = editor_client.get(changelist_url("quote")).content.decode()
    for year in (2022, 2023, 2024):
        assert f"?published_at__year={year}" in content
    drilled = editor_client.get(changelist_url("quote"), {"published_at__year": 2024}).content.decode()
    assert "published_at__month=5" in drilled


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_desk_page_renders_for_an_editor(editor, quote, language: str) -> None:
    claim = make_claim("الجزائر لن تتخلى عن موقفها", quotes=(quote,), claimant=quote.speaker)
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(editor)
    alias = quote.speaker.aliases.first()
    urls = [reverse("admin:index"), reverse("admin:app_list", args=["attribution"])]
    for obj in (quote, quote.speaker, alias, quote.article, claim):
        urls += [changelist_url(obj._meta.model_name), change_url(obj)]
    urls += [
        reverse("admin:attribution_quote_history", args=[quote.pk]),
        reverse("admin:attribution_speaker_add"), reverse("admin:attribution_claim_add"),
        changelist_url("speakermerge"),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_undo_merge_action_restores_the_merged_speaker(editor_client, article) -> None:
    survivor, merged = make_speaker("أحمد عطاف"), make_speaker("عطاف الوزير")
    moved = make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=merged)
    run_action(editor_client, "speaker", "merge", [survivor, merged], apply="yes", survivor=survivor.pk)
    record = SpeakerMerge.objects.get()

    response = run_action(editor_client, "speakermerge", "undo", [record])

    assert response.status_code == 302
    moved.refresh_from_db()
    assert (moved.speaker_id, moved.speaker.name) == (merged.pk, "عطاف الوزير")
    record.refresh_from_db()
    assert record.snapshot["undone_at"]
