"""Create a desk editor: staff, in the "editors" group, with a one-time password printed once."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction


class Command(BaseCommand):
    help = "Create a staff user in the editors group and print a one-time password to change at first login."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--email", default="")

    @transaction.atomic
    def handle(self, *args, username: str, email: str, **options) -> None:
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} exists; use changepassword to give them a new password.")
        try:
            group = Group.objects.get(name="editors")
        except Group.DoesNotExist as error:
            raise CommandError("The editors group is missing: run migrate first.") from error
        password = secrets.token_urlsafe(12)
        user = users.objects.create_user(username=username, email=email, password=password, is_staff=True)
        user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor {username!r} created. One-time password (shown once, change it at "
                f"/admin/password_change/): {password}"
            )
        )
