"""`manage.py load_demo`: load the demo data once and print the accounts' passwords."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from samverkan.demo.loader import ACCOUNTS, HOME, DemoResult, load_demo


class Command(BaseCommand):
    help = "Load demo administrations, protocols and one account per role (once)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000", help="Where the site runs, for the message."
        )

    def handle(self, *args, url: str, **options):
        result = load_demo()
        if result is None:
            names = ", ".join(spec.username for spec in ACCOUNTS)
            self.stdout.write(
                f"The demo data is already there (accounts: {names}); its passwords were "
                "printed when it was loaded.\nSet a new one with "
                "`.venv/bin/python manage.py changepassword USERNAME`."
            )
            return
        self.stdout.write(self.style.SUCCESS(summary(result)))
        self.stdout.write(account_table(result, url))


def summary(result: DemoResult) -> str:
    return (
        f"Demo data loaded: {len(result.imported)} imported protocols and "
        f"{len(result.drafts)} draft meetings."
    )


def account_table(result: DemoResult, url: str) -> str:
    rows = [("Role", "Username", "Password")]
    rows += [(a.role, a.username, a.password) for a in result.accounts]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(
        [
            "",
            f"Open {url} and log in with one of these accounts.",
            "The passwords are shown only this once:",
            "",
            *(f"  {line.rstrip()}" for line in lines),
            "",
            f"The secretary and both members sit in {HOME}'s förvaltningsgrupp.",
            "",
        ]
    )
