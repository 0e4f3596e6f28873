"""Security defaults a newsroom relies on."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-correct-password-42"


def login(client: Client, password: str) -> int:
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "editor", "password": password}, REMOTE_ADDR="203.0.113.7"
    )
    return response.status_code


def test_admin_login_is_locked_after_repeated_wrong_passwords() -> None:
    get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    client = Client()
    for _ in range(4):
        assert login(client, "guess") == 200  # the form again, with an error
    assert login(client, "guess") == 429  # the fifth failure locks the account out
    assert login(client, PASSWORD) == 429
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_a_correct_password_logs_in_before_the_limit() -> None:
    get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    client = Client()
    assert login(client, "guess") == 200
    assert login(client, PASSWORD) == 302
    assert client.get("/admin/").status_code == 200
