"""The editors' desk used all day: the quote list's columns, the review queue, splitting a speaker."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from attribution import admin as desk
from attribution.curation import fix_quote_span, merge_speakers, split_speaker, undo_merge
from attribution.models import Claim, Quote, Speaker, SpeakerAlias
from attribution.review_queue import next_quote, pending_quotes
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

BODY = (
    "قال وزير الخارجية أحمد عطّاف إن الجزائر لن تتخلى عن موقفها.\n"
    "وأضاف النائب عطاف أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.\n"
    "وأكد عطاف أن الحكومة ستعلن الموازنة الجديدة قريبا."
)
REVIEW_URL = "/admin/attribution/quote/review/"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(username="editor", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def client(editor) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    return client


@pytest.fixture
def attaf() -> Speaker:
    return make_speaker("أحمد عطّاف", aliases=("عطاف", "النائب عطاف"))


@pytest.fixture
def quotes(attaf) -> list[Quote]:
    article = make_article(BODY, outlet="الشروق")
    return [
        make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=attaf, confidence=0.9),
        make_quote(article, "المفاوضات ستستأنف الأسبوع المقبل في جنيف", speaker=attaf, confidence=0.4),
        make_quote(article, "الحكومة ستعلن الموازنة الجديدة قريبا", speaker=attaf, confidence=0.6),
    ]


def decide(client: Client, quote: Quote, decision: str, query: str = "", **data):
    url = reverse("admin:attribution_quote_review_decide", args=[quote.pk]) + (f"?{query}" if query else "")
    return client.post(url, {"decision": decision, **data})


# --- The quote list --------------------------------------------------------------------------


def test_quote_list_shows_only_the_columns_an_editor_decides_with(client, quotes) -> None:
    response = client.get(reverse("admin:attribution_quote_changelist"))
    headers = [column["class_attrib"] for column in response.context["result_headers"]]
    assert [h.split("column-")[1].split('"')[0].split()[0] for h in headers[1:]] == [
        "excerpt", "speaker_name", "outlet", "published_date", "confidence_display", "status",
    ]
    assert 'class="quote-excerpt" dir="rtl"' in response.content.decode()


@pytest.mark.parametrize(
    ("paragraph", "quote", "direction"),
    [
        ("قال الوزير إن الاقتصاد ينمو بسرعة", "الاقتصاد ينمو بسرعة", "rtl"),
        ("The minister said growth was fast", "growth was fast", "ltr"),
        # An English title quoted inside an Arabic paragraph still reads right to left.
        ("قال الوزير إن Vision 2030 تمضي قدما", "Vision 2030 تمضي قدما", "rtl"),
        ("قال:\nNew York is far", "New York is far", "ltr"),
    ],
)
def test_list_excerpt_takes_its_paragraphs_direction(paragraph, quote, direction) -> None:
    row = make_quote(make_article(paragraph), quote)
    assert desk.paragraph_directions([row]) == {row.pk: direction}


def test_quote_list_and_index_link_to_the_review_queue(client, quotes) -> None:
    for url in (reverse("admin:index"), reverse("admin:attribution_quote_changelist")):
        assert f'href="{REVIEW_URL}"' in client.get(url).content.decode()


# --- The review queue ------------------------------------------------------------------------


def test_queue_puts_checkworthy_claims_first_then_low_confidence(quotes) -> None:
    confident, unsure, middling = quotes
    assert next_quote(pending_quotes()) == unsure
    make_claim("الحكومة ستعلن الموازنة", quotes=(middling,), checkworthiness=0.2)
    make_claim("الجزائر لن تتخلى", quotes=(confident,), checkworthiness=0.9)
    assert next_quote(pending_quotes()) == confident
    assert next_quote(pending_quotes(skipped=[confident.pk])) == middling
    assert next_quote(pending_quotes(skipped=[confident.pk, middling.pk])) == unsure


def test_queue_page_shows_the_next_quote_in_its_paragraph_with_shortcuts_and_progress(client, quotes) -> None:
    unsure = quotes[1]
    unsure.mention_start = BODY.index("النائب عطاف")
    unsure.mention_end = unsure.mention_start + len("النائب عطاف")
    unsure.cue_start = BODY.index("وأضاف")
    unsure.cue_end = unsure.cue_start + len("وأضاف")
    unsure.save()
    page = client.get(REVIEW_URL).content.decode()
    assert '<mark class="quote-highlight">المفاوضات ستستأنف الأسبوع المقبل في جنيف</mark>' in page
    assert '<mark class="mention-highlight">النائب عطاف</mark>' in page
    assert '<mark class="cue-highlight">وأضاف</mark>' in page
    for key in "ARSFCN":
        assert f"<kbd>{key}</kbd>" in page
    assert '<strong class="pending-count">3</strong>' in page
    assert '<strong class="reviewed-today">0</strong>' in page


@pytest.mark.parametrize(
    ("decision", "status"),
    [("approve", Quote.Status.APPROVED), ("reject", Quote.Status.REJECTED)],
)
def test_queue_decision_is_curation_and_moves_on(client, editor, quotes, decision, status) -> None:
    unsure = quotes[1]
    response = decide(client, unsure, decision)
    assert response.status_code == 302 and response["Location"] == REVIEW_URL
    unsure.refresh_from_db()
    assert (unsure.status, unsure.curated, unsure.reviewed_by) == (status, True, editor)
    page = client.get(REVIEW_URL)
    assert page.context["quote"] == quotes[2]
    assert page.context["progress"].reviewed_today == 1
    assert page.context["progress"].pending == 2


def test_queue_reassigns_the_speaker_and_approves(client, quotes) -> None:
    other = make_speaker("عطاف النائب في البرلمان")
    decide(client, quotes[1], "reassign", speaker=other.pk)
    quotes[1].refresh_from_db()
    assert (quotes[1].speaker, quotes[1].status, quotes[1].curated) == (other, Quote.Status.APPROVED, True)


def test_queue_reassign_without_a_speaker_changes_nothing(client, quotes, attaf) -> None:
    decide(client, quotes[1], "reassign")
    quotes[1].refresh_from_db()
    assert (quotes[1].speaker, quotes[1].status) == (attaf, Quote.Status.PENDING)


def test_queue_fixes_the_span_to_the_selected_words(client, quotes) -> None:
    start = BODY.index("المفاوضات")
    end = BODY.index(" في جنيف")
    decide(client, quotes[1], "fix_span", start=start - 1, end=end + 1)  # spaces around are dropped
    quotes[1].refresh_from_db()
    assert (quotes[1].text, quotes[1].start, quotes[1].end) == ("المفاوضات ستستأنف الأسبوع المقبل", start, end)
    assert quotes[1].offsets_match() and quotes[1].status == Quote.Status.APPROVED


def test_queue_creates_a_claim_from_the_quote(client, quotes, attaf) -> None:
    decide(client, quotes[1], "claim")
    claim = Claim.objects.get()
    assert (claim.text, claim.claimant, list(claim.quotes.all())) == (quotes[1].text, attaf, [quotes[1]])
    quotes[1].refresh_from_db()
    assert quotes[1].status == Quote.Status.APPROVED


def test_queue_skip_moves_on_without_writing(client, quotes) -> None:
    decide(client, quotes[1], "skip")
    quotes[1].refresh_from_db()
    assert (quotes[1].status, quotes[1].curated) == (Quote.Status.PENDING, False)
    assert client.get(REVIEW_URL).context["quote"] == quotes[2]


def test_queue_keeps_another_editors_earlier_decision(client, quotes) -> None:
    other = get_user_model().objects.create_user(username="other", is_staff=True)
    quotes[1].status, quotes[1].reviewed_by = Quote.Status.REJECTED, other
    quotes[1].save()
    decide(client, quotes[1], "approve")
    quotes[1].refresh_from_db()
    assert (quotes[1].status, quotes[1].reviewed_by) == (Quote.Status.REJECTED, other)


def test_queue_filters_by_outlet_and_speaker_and_keeps_them(client, quotes) -> None:
    elsewhere = make_quote(make_article("قال سامي إن الطقس حار جدا", outlet="الخليج"), "الطقس حار جدا", confidence=0.1)
    assert client.get(REVIEW_URL).context["quote"] == elsewhere
    by_outlet = client.get(REVIEW_URL, {"outlet": "الشروق"})
    assert by_outlet.context["quote"] == quotes[1]
    by_speaker = client.get(REVIEW_URL, {"speaker": quotes[0].speaker_id})
    assert by_speaker.context["quote"] == quotes[1]
    response = decide(client, quotes[1], "approve", query="outlet=%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82")
    assert response["Location"] == f"{REVIEW_URL}?outlet=%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82"


def test_queue_is_closed_to_staff_outside_the_editors_group(quotes) -> None:
    client = Client()
    client.force_login(get_user_model().objects.create_user(username="staff", is_staff=True))
    assert client.get(REVIEW_URL).status_code == 403
    assert decide(client, quotes[1], "approve").status_code == 403
    quotes[1].refresh_from_db()
    assert quotes[1].status == Quote.Status.PENDING


def test_queue_says_when_nothing_is_left(client) -> None:
    assert "Nothing left to review here." in client.get(REVIEW_URL).content.decode()


# --- Fixing a span ---------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 4), (0, len(BODY) + 1), (3, 4)])
def test_fix_span_refuses_empty_outside_or_blank_spans(quotes, editor, start, end) -> None:
    blank = BODY.index(" ")
    start, end = (blank, blank + 1) if (start, end) == (3, 4) else (start, end)
    with pytest.raises(Exception):  # noqa: B017 - ValidationError or the model's check
        fix_quote_span(quote=quotes[0], start=start, end=end, user=editor)


def test_fix_span_refuses_another_quotes_span(quotes, editor) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        fix_quote_span(quote=quotes[0], start=quotes[1].start, end=quotes[1].end, user=editor)


# --- Splitting a speaker ---------------------------------------------------------------------


def test_split_moves_chosen_quotes_and_aliases_to_a_new_speaker(quotes, attaf, editor) -> None:
    alias = SpeakerAlias.objects.get(name="النائب عطاف")
    claim = make_claim("المفاوضات ستستأنف", quotes=(quotes[1],), claimant=attaf)
    deputy = split_speaker(source=attaf, quotes=[quotes[1]], aliases=[alias], user=editor, new_name="النائب عطاف")
    assert list(deputy.quotes.all()) == [quotes[1]]
    assert set(attaf.quotes.all()) == {quotes[0], quotes[2]}
    assert set(deputy.aliases.values_list("name", flat=True)) == {"النائب عطاف"}
    assert "النائب عطاف" not in set(attaf.aliases.values_list("name", flat=True))
    claim.refresh_from_db()
    assert claim.claimant == deputy
    quotes[1].refresh_from_db()
    assert quotes[1].curated
    # Recorded in history: the moved quote, the source and the new speaker.
    row = quotes[1].history.first()
    assert (row.speaker_id, row.history_user, row.history_change_reason) == (
        deputy.pk, editor, f"split from {attaf.key} to {deputy.key}",
    )
    assert attaf.history.first().history_change_reason == f"split: 1 quotes, 1 aliases to {deputy.key}"
    assert deputy.history.filter(history_type="+").exists()


def test_split_to_an_existing_speaker_keeps_claims_that_still_rest_on_the_source(quotes, attaf, editor) -> None:
    other = make_speaker("أحمد عطاف الابن")
    claim = make_claim("بيان مشترك", quotes=(quotes[0], quotes[1]), claimant=attaf)
    split_speaker(source=attaf, quotes=[quotes[1]], aliases=[], user=editor, target=other)
    assert list(other.quotes.all()) == [quotes[1]]
    claim.refresh_from_db()
    assert claim.claimant == attaf


@pytest.mark.parametrize(
    "mistake",
    ["nothing", "own name", "foreign quote", "same speaker", "no target", "existing name", "anonymous"],
)
def test_split_refuses_what_would_lose_or_confuse(quotes, attaf, editor, mistake) -> None:
    from django.core.exceptions import ValidationError

    kwargs = {"source": attaf, "quotes": [quotes[1]], "aliases": [], "user": editor, "new_name": "شخص آخر"}
    if mistake == "nothing":
        kwargs["quotes"] = []
    elif mistake == "own name":
        kwargs["aliases"] = [SpeakerAlias.objects.get(name="أحمد عطّاف")]
    elif mistake == "foreign quote":
        kwargs["quotes"] = [make_quote(make_article("قال سامي إن الجو حار"), "الجو حار")]
    elif mistake == "same speaker":
        kwargs.update(target=attaf, new_name="")
    elif mistake == "no target":
        kwargs["new_name"] = " "
    elif mistake == "existing name":
        kwargs["new_name"] = "احمد عطاف"
    elif mistake == "anonymous":
        source = make_speaker("مصدر مطلع", kind=Speaker.Kind.ANONYMOUS)
        kwargs.update(source=source, quotes=[make_quote(make_article("قال مصدر مطلع إن X"), "X", speaker=source)])
    with pytest.raises(ValidationError):
        split_speaker(**kwargs)
    assert set(attaf.quotes.all()) == set(quotes)


def test_merge_and_its_undo_write_a_history_row_per_quote(quotes, attaf, editor) -> None:
    duplicate = make_speaker("عطاف وزير الخارجية")
    moved = make_quote(make_article("قال عطاف إن الوفد وصل"), "الوفد وصل", speaker=duplicate)
    [record] = merge_speakers(survivor=attaf, others=[duplicate], user=editor)
    row = moved.history.first()
    assert (row.speaker_id, row.history_user, row.history_change_reason) == (
        attaf.pk, editor, f"speaker merged into {attaf.key}",
    )
    restored = undo_merge(merge=record, user=editor)
    row = moved.history.first()
    assert (row.speaker_id, row.history_change_reason) == (restored.pk, f"merge into {attaf.key} undone")


def test_split_action_page_moves_what_the_editor_ticks(client, quotes, attaf) -> None:
    url = reverse("admin:attribution_speaker_changelist")
    page = client.post(url, {"action": "split", "_selected_action": [attaf.pk]})
    assert page.status_code == 200
    assert quotes[1].text in page.content.decode()
    response = client.post(
        url,
        {
            "action": "split", "_selected_action": [attaf.pk], "apply": "yes", "quotes": [quotes[1].pk],
            "new_name": "النائب عطاف", "new_kind": "person",
        },
    )
    deputy = Speaker.objects.get(name="النائب عطاف")
    assert response["Location"] == reverse("admin:attribution_speaker_change", args=[deputy.pk])
    assert list(deputy.quotes.all()) == [quotes[1]]


def test_split_action_wants_exactly_one_speaker(client, attaf) -> None:
    other = make_speaker("سامي")
    url = reverse("admin:attribution_speaker_changelist")
    response = client.post(url, {"action": "split", "_selected_action": [attaf.pk, other.pk]}, follow=True)
    assert "Select exactly one speaker to split." in response.content.decode()


# --- Search ----------------------------------------------------------------------------------


def test_search_finds_the_text_or_any_name_of_the_speaker(quotes, attaf) -> None:
    other = make_quote(make_article("قال سامي إن عطاف وصل"), "عطاف وصل")
    assert set(Quote.objects.text_or_speaker("عطاف")) == {*quotes, other}
    assert set(Quote.objects.text_or_speaker("النائب عطاف")) == set(quotes)
    assert list(Quote.objects.text_or_speaker("  ")) == []


def test_search_counts_up_to_its_limit_and_says_so(client, quotes, monkeypatch) -> None:
    monkeypatch.setattr(desk, "SEARCH_COUNT_LIMIT", 2)
    page = client.get(reverse("admin:attribution_quote_changelist"), {"q": "عطاف"})
    assert "2+ results" in page.content.decode()
    assert len(page.context["cl"].result_list) == 3
    page = client.get(reverse("admin:attribution_quote_changelist"), {"q": "جنيف"})
    assert "1 result" in page.content.decode()


# --- create_editor ---------------------------------------------------------------------------


def test_create_editor_makes_a_staff_editor_who_can_log_in_with_the_printed_password() -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("create_editor", "huda", stdout=out)
    password = out.getvalue().strip().rsplit(" ", 1)[-1]
    user = get_user_model().objects.get(username="huda")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["editors"]
    assert user.check_password(password) and len(password) >= 16
    client = Client()
    login = client.post(reverse("admin:login"), {"username": "huda", "password": password, "next": REVIEW_URL})
    assert login["Location"] == REVIEW_URL
    assert client.get(REVIEW_URL).status_code == 200


def test_create_editor_refuses_an_existing_name(editor) -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError):
        call_command("create_editor", "editor")
