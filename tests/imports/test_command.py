"""`samverkan import FILE... --group ORG/GROUP`: one transaction per file, a line per file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from samverkan.imports.models import ImportedDocument
from samverkan.meetings.models import Meeting
from tests.imports import files

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SAMVERKAN = Path(sys.executable).with_name("samverkan")


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def seed_files(tmp_path) -> list[Path]:
    paths = []
    for index in range(2):
        path = tmp_path / f"seed{index}.txt"
        path.write_text(files.seed_text(index), encoding="utf-8")
        paths.append(path)
    return paths


def test_imports_every_file_and_prints_a_line_each(home_group, seed_files):
    out, err = run(*map(str, seed_files), "--group", "socialforvaltningen/forvaltningsgrupp")
    meetings = list(Meeting.objects.order_by("pk"))
    assert out.splitlines() == [
        f"{path}: importerad → möte {m.pk}, {m.date or 'utan datum'}, {m.items.count()} punkter"
        for path, m in zip(seed_files, meetings, strict=True)
    ]
    assert (err, [m.group for m in meetings]) == ("", [home_group, home_group])


def test_a_bad_file_is_reported_and_the_others_still_imported(home_group, seed_files, tmp_path):
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7 nonsense")
    missing = tmp_path / "saknas.txt"
    args = [str(seed_files[0]), str(broken), str(missing), str(seed_files[1])]
    with pytest.raises(CommandError) as raised:
        run(*args, "--group", "socialforvaltningen/forvaltningsgrupp")
    assert raised.value.returncode == 2
    assert str(raised.value) == "2 av 4 filer kunde inte importeras."
    assert Meeting.objects.count() == 2
    assert ImportedDocument.objects.count() == 2


def test_a_duplicate_is_refused_unless_allowed(home_group, seed_files):
    run(str(seed_files[0]), "--group", "socialforvaltningen/forvaltningsgrupp")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import",
            str(seed_files[0]),
            "--group",
            "socialforvaltningen/forvaltningsgrupp",
            stdout=io.StringIO(),
            stderr=err,
        )
    first = Meeting.objects.get()
    assert err.getvalue() == (
        f"{seed_files[0]}: finns redan: möte {first.pk} ({first.date or 'utan datum'}). "
        "Använd --allow-duplicate för att importera ändå.\n"
    )
    run(str(seed_files[0]), "--group", "socialforvaltningen/forvaltningsgrupp", "--allow-duplicate")
    assert Meeting.objects.count() == 2


def test_an_unknown_group_lists_the_groups(home_group, seed_files):
    with pytest.raises(CommandError) as raised:
        run(str(seed_files[0]), "--group", "ingen/grupp")
    assert str(raised.value) == (
        "Gruppen ”ingen/grupp” finns inte. Ange --group FÖRVALTNING/GRUPP med kortnamnen, "
        "till exempel socialforvaltningen/forvaltningsgrupp. Grupper:\n"
        "  socialforvaltningen/forvaltningsgrupp  (Förvaltningsgrupp, Socialförvaltningen)"
    )
    assert Meeting.objects.count() == 0


@pytest.mark.django_db(transaction=False)
def test_the_samverkan_console_script_runs_the_import(tmp_path, seed_files):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SAMVERKAN_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "samverkan.settings",
    }

    def samverkan(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(SAMVERKAN), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
        )

    assert samverkan("migrate", "--verbosity", "0").returncode == 0
    setup = (
        "from samverkan.organisations.models import Group, Organisation; "
        "o = Organisation.objects.create(name='Socialförvaltningen', slug='soc'); "
        "Group.objects.create(organisation=o, name='FVG', slug='fvg', kind='forvaltningsgrupp')"
    )
    assert samverkan("shell", "-c", setup).returncode == 0

    done = samverkan("import", str(seed_files[0]), "--group", "soc/fvg")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"{seed_files[0]}: importerad → möte 1, ")

    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7 nonsense")
    failed = samverkan("import", str(broken), str(seed_files[1]), "--group", "soc/fvg")
    assert failed.returncode == 2
    assert failed.stdout.startswith(f"{seed_files[1]}: importerad → möte 2, ")
    assert failed.stderr.splitlines()[0].startswith(f"{broken}: ")
    assert failed.stderr.splitlines()[-1] == "CommandError: 1 av 2 filer kunde inte importeras."

    unknown = samverkan("import", str(seed_files[0]), "--group", "soc/ingen")
    assert unknown.returncode == 1
    assert "Gruppen ”soc/ingen” finns inte." in unknown.stderr
