"""The import pages for every role of the cast, and what each request leaves behind."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from samverkan.imports.models import ImportedDocument
from samverkan.meetings.models import Meeting
from tests import factories
from tests.imports import files
from tests.imports.protocols import pending

pytestmark = pytest.mark.django_db

DENIED = ["employer_member", "union_member", "outsider", "reader"]
ADMITTED = ["secretary", "admin"]


@pytest.fixture
def as_role(request, client_for):
    """The client logged in as the cast member named by the test's `role` parameter."""

    def login(role: str | None):
        user = request.getfixturevalue(role) if role else None
        return client_for(user)

    return login


def upload_file(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def error_items(response) -> list[str]:
    """The texts of the form's error list items, in order."""
    html = response.content.decode()
    return [
        re.sub(r"\s+", " ", text).strip()
        for text in re.findall(r'<li class="error">(.*?)</li>', html, re.S)
    ]


def login_url(path: str) -> str:
    return f"{reverse('login')}?next={path}"


# -- upload ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ADMITTED)
def test_upload_page_offers_the_groups_one_may_import_into(as_role, role, home_group, other_group):
    response = as_role(role).get(reverse("imports:upload"))
    assert response.status_code == 200
    offered = list(response.context["form"].fields["group"].queryset)
    assert offered == ([home_group] if role == "secretary" else [other_group, home_group])


@pytest.mark.parametrize("role", DENIED)
def test_upload_page_is_forbidden_without_the_right(as_role, role, home_group):
    assert as_role(role).get(reverse("imports:upload")).status_code == 403


def test_upload_page_sends_anonymous_visitors_to_log_in(client, home_group):
    response = client.get(reverse("imports:upload"))
    assert (response.status_code, response.url) == (302, login_url("/import/"))


def test_uploading_one_file_leads_to_its_review(client_for, secretary, home_group):
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {"group": home_group.pk, "files": [upload_file("fvg.txt", files.seed_bytes(0))]},
    )
    document = ImportedDocument.objects.get()
    assert (response.status_code, response.url) == (
        302,
        reverse("imports:review", args=[document.pk]),
    )
    assert (document.group, document.uploaded_by, document.status) == (
        home_group,
        secretary,
        ImportedDocument.Status.PENDING,
    )
    assert bytes(document.content) == files.seed_bytes(0)


def test_uploading_many_files_lists_them_for_review(client_for, secretary, home_group):
    client = client_for(secretary)
    response = client.post(
        reverse("imports:upload"),
        {
            "group": home_group.pk,
            "files": [upload_file(f"fvg{i}.txt", files.seed_bytes(i)) for i in range(3)],
        },
    )
    assert (response.status_code, response.url) == (302, reverse("imports:upload"))
    page = client.get(response.url)
    assert [d.filename for d in page.context["pending"].order_by("pk")] == [
        "fvg0.txt",
        "fvg1.txt",
        "fvg2.txt",
    ]
    assert [str(m) for m in page.context["messages"]] == ["3 filer väntar på granskning."]


def test_uploading_real_pdf_and_docx(client_for, secretary, home_group):
    text = files.seed_text(0)
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {
            "group": home_group.pk,
            "files": [
                upload_file("fvg.pdf", files.pdf(text)),
                upload_file("fvg.docx", files.docx(text)),
            ],
        },
    )
    assert response.status_code == 302
    types = list(ImportedDocument.objects.order_by("pk").values_list("filename", "content_type"))
    assert types == [
        ("fvg.pdf", "application/pdf"),
        ("fvg.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tom.txt", b"", "tom.txt: filen är tom."),
        ("tabell.xlsx", b"PK\x03\x04 data", None),
        ("trasig.pdf", b"%PDF-1.7 nonsense", None),
        ("trasig.docx", b"PK\x03\x04 nonsense", None),
    ],
)
def test_a_bad_file_shows_the_swedish_message_and_stores_nothing(
    client_for, secretary, home_group, name, content, message
):
    from samverkan.imports.domain import ImportRefused, prepare_import

    if message is None:  # the reader's own words, whatever they are
        with pytest.raises(ImportRefused) as refused:
            prepare_import(group=home_group, filename=name, content=content, user=secretary)
        message = refused.value.message
    response = client_for(secretary).post(
        reverse("imports:upload"), {"group": home_group.pk, "files": [upload_file(name, content)]}
    )
    assert response.status_code == 400
    assert error_items(response) == [message]
    assert 'aria-describedby="id_files_helptext id_files_errors" aria-invalid="true"' in (
        response.content.decode()
    )
    assert ImportedDocument.objects.count() == 0


def test_an_oversized_file_is_refused(client_for, secretary, home_group, settings):
    settings.IMPORT_MAX_BYTES = 2 * 1024 * 1024
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {
            "group": home_group.pk,
            "files": [upload_file("stor.pdf", b"%PDF" + b"0" * 3 * 1024 * 1024)],
        },
    )
    assert error_items(response) == [
        "stor.pdf: filen är för stor (3,0 MB). Största tillåtna storlek är 2,0 MB."
    ]
    assert ImportedDocument.objects.count() == 0


def test_good_files_are_kept_when_another_is_refused(client_for, secretary, home_group):
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {
            "group": home_group.pk,
            "files": [upload_file("bra.txt", files.seed_bytes(0)), upload_file("tom.txt", b"")],
        },
    )
    assert (response.status_code, error_items(response)) == (400, ["tom.txt: filen är tom."])
    assert [d.filename for d in response.context["pending"]] == ["bra.txt"]


def test_no_file_chosen(client_for, secretary, home_group):
    response = client_for(secretary).post(reverse("imports:upload"), {"group": home_group.pk})
    assert (response.status_code, error_items(response)) == (400, ["Välj minst en fil."])


def test_a_group_one_may_not_import_into_cannot_be_chosen(client_for, secretary, other_group):
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {"group": other_group.pk, "files": [upload_file("fvg.txt", files.seed_bytes(0))]},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["group"] == [
        "Välj ett giltigt alternativ. Det valet finns inte bland tillgängliga alternativ."
    ]
    assert ImportedDocument.objects.count() == 0


@pytest.mark.parametrize("role", DENIED)
def test_posting_an_upload_without_the_right_stores_nothing(as_role, role, home_group):
    response = as_role(role).post(
        reverse("imports:upload"),
        {"group": home_group.pk, "files": [upload_file("fvg.txt", files.seed_bytes(0))]},
    )
    assert response.status_code == 403
    assert ImportedDocument.objects.count() == 0


def test_pages_have_no_inline_script_or_style(client_for, secretary, home_group):
    client = client_for(secretary)
    for url in (
        reverse("imports:upload"),
        reverse("imports:review", args=[pending(home_group).pk]),
    ):
        html = client.get(url).content.decode()
        assert re.findall(r"<script(?![^>]*\bsrc=)|\sstyle=", html) == []


# -- review ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ADMITTED)
def test_review_shows_the_result_beside_the_source(as_role, role, home_group):
    document = pending(home_group)
    response = as_role(role).get(reverse("imports:review", args=[document.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["review"].document == document
    assert '<h2 id="result-heading">Det här lästes ut</h2>' in html
    assert '<h2 id="source-heading">Text ur filen</h2>' in html
    assert '<pre class="source-page">Protokoll</pre>' in html
    assert '<span class="party-label">Kommunal</span><span class="kind-label">fråga</span>' in html
    assert "id_allow_duplicate" not in html


@pytest.mark.parametrize("role", DENIED)
def test_review_is_forbidden_without_the_right(as_role, role, home_group):
    document = pending(home_group)
    assert as_role(role).get(reverse("imports:review", args=[document.pk])).status_code == 403


def test_review_sends_anonymous_visitors_to_log_in(client, home_group):
    path = reverse("imports:review", args=[pending(home_group).pk])
    assert client.get(path).url == login_url(path)


def test_review_of_a_discarded_or_missing_document_is_not_found(client_for, secretary, home_group):
    document = pending(home_group)
    ImportedDocument.objects.filter(pk=document.pk).update(status=ImportedDocument.Status.DISCARDED)
    client = client_for(secretary)
    assert client.get(reverse("imports:review", args=[document.pk])).status_code == 404
    assert client.get(reverse("imports:review", args=[document.pk + 1])).status_code == 404


def test_review_of_a_confirmed_document_goes_to_its_meeting(client_for, secretary, home_group):
    from samverkan.imports.domain import confirm_import

    document = pending(home_group)
    meeting = confirm_import(document=document, user=secretary)
    response = client_for(secretary).get(reverse("imports:review", args=[document.pk]))
    assert (response.status_code, response.url) == (302, meeting.get_absolute_url())


def test_review_warns_of_a_meeting_the_same_day(client_for, secretary, home_group):
    existing = factories.meeting(home_group, date=dt.date(2023, 8, 23))
    response = client_for(secretary).get(reverse("imports:review", args=[pending(home_group).pk]))
    html = response.content.decode()
    assert response.context["review"].duplicates == [existing]
    assert f'<li><a href="{existing.get_absolute_url()}">{existing}</a></li>' in html
    assert '<label for="id_allow_duplicate">Importera ändå</label>' in html


# -- confirm and discard -----------------------------------------------------------


@pytest.mark.parametrize("role", ADMITTED)
def test_confirm_imports_and_goes_to_the_meeting(as_role, role, home_group):
    document = pending(home_group)
    response = as_role(role).post(
        reverse("imports:confirm", args=[document.pk]), {"group": home_group.pk}
    )
    meeting = Meeting.objects.get()
    assert (response.status_code, response.url) == (302, meeting.get_absolute_url())
    assert response.url == f"/moten/{meeting.pk}/"
    assert (meeting.group, meeting.status, meeting.items.count()) == (
        home_group,
        Meeting.Status.IMPORTED,
        9,
    )


@pytest.mark.parametrize("role", DENIED)
def test_confirm_is_forbidden_without_the_right(as_role, role, home_group):
    document = pending(home_group)
    response = as_role(role).post(
        reverse("imports:confirm", args=[document.pk]), {"group": home_group.pk}
    )
    assert response.status_code == 403
    assert Meeting.objects.count() == 0


def test_confirm_needs_a_post(client_for, secretary, home_group):
    response = client_for(secretary).get(reverse("imports:confirm", args=[pending(home_group).pk]))
    assert response.status_code == 405


def test_confirm_of_a_duplicate_asks_again(client_for, secretary, home_group):
    factories.meeting(home_group, date=dt.date(2023, 8, 23))
    document = pending(home_group)
    response = client_for(secretary).post(
        reverse("imports:confirm", args=[document.pk]), {"group": home_group.pk}
    )
    assert response.status_code == 409
    assert error_items(response) == [
        "Förvaltningsgrupp har redan ett möte 2023-08-23 (eller ett från samma fil). "
        "Kryssa i ”Importera ändå” om det ändå ska importeras."
    ]
    assert (
        'aria-describedby="id_allow_duplicate_helptext id_allow_duplicate_errors" '
        'aria-invalid="true"'
    ) in response.content.decode()
    assert Meeting.objects.count() == 1


def test_confirm_of_a_duplicate_with_the_box_ticked(client_for, secretary, home_group):
    factories.meeting(home_group, date=dt.date(2023, 8, 23))
    document = pending(home_group)
    response = client_for(secretary).post(
        reverse("imports:confirm", args=[document.pk]),
        {"group": home_group.pk, "allow_duplicate": "on"},
    )
    assert response.status_code == 302
    assert Meeting.objects.filter(date=dt.date(2023, 8, 23)).count() == 2


def test_confirm_into_a_group_one_may_not_import_into(
    client_for, secretary, home_group, other_group
):
    document = pending(home_group)
    response = client_for(secretary).post(
        reverse("imports:confirm", args=[document.pk]), {"group": other_group.pk}
    )
    assert response.status_code == 400
    assert Meeting.objects.count() == 0


def test_confirm_reports_data_that_cannot_be_stored(client_for, secretary, home_group):
    from tests.imports.protocols import full

    data = full()
    data["participants"][0]["name"] = "N" * 201
    document = pending(home_group, data)
    response = client_for(secretary).post(
        reverse("imports:confirm", args=[document.pk]), {"group": home_group.pk}
    )
    assert response.status_code == 400
    assert error_items(response)[0].startswith(
        "fvg-2023-08-23.txt: protokollet kunde inte sparas. Person, fältet ”namn”"
    )
    assert Meeting.objects.count() == 0


@pytest.mark.parametrize("role", ADMITTED)
def test_discard_drops_the_file(as_role, role, home_group):
    document = pending(home_group)
    response = as_role(role).post(reverse("imports:discard", args=[document.pk]))
    document.refresh_from_db()
    assert (response.status_code, response.url) == (302, reverse("imports:upload"))
    assert document.status == ImportedDocument.Status.DISCARDED


@pytest.mark.parametrize("role", DENIED)
def test_discard_is_forbidden_without_the_right(as_role, role, home_group):
    document = pending(home_group)
    assert as_role(role).post(reverse("imports:discard", args=[document.pk])).status_code == 403
    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.PENDING


def test_anonymous_posts_go_to_log_in(client, home_group):
    document = pending(home_group)
    for name in ("imports:confirm", "imports:discard"):
        path = reverse(name, args=[document.pk])
        assert client.post(path).url == login_url(path)
    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.PENDING


def test_the_whole_flow_with_a_real_pdf(client_for, secretary, home_group):
    client = client_for(secretary)
    pdf = files.pdf(files.seed_text(0))
    review = client.get(
        client.post(
            reverse("imports:upload"),
            {"group": home_group.pk, "files": [upload_file("fvg.pdf", pdf)]},
        ).url
    )
    assert "Mötet öppnades av Magnus Borgsten." in review.context["review"].pages[0]
    document = review.context["document"]
    done = client.post(reverse("imports:confirm", args=[document.pk]), {"group": home_group.pk})
    meeting = Meeting.objects.get()
    assert done.url == meeting.get_absolute_url()
    assert meeting.items.filter(title="Mötet öppnas").count() == 1
    original = client.get(reverse("imports:original", args=[meeting.pk]))
    assert (original.content, original["Content-Type"]) == (pdf, "application/pdf")


def test_the_pending_list_costs_the_same_queries_for_one_or_many(client_for, secretary, home_group):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(secretary)
    pending(home_group, user=secretary)
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("imports:upload"))
    for index in range(4):
        pending(home_group, filename=f"fler{index}.txt", user=secretary)
    with CaptureQueriesContext(connection) as five:
        response = client.get(reverse("imports:upload"))
    assert len(response.context["pending"]) == 5
    assert len(five.captured_queries) == len(one.captured_queries)


@pytest.fixture
def restore_language():
    yield
    # The request leaves English active in this thread; later tests expect Swedish.
    translation.activate(settings.LANGUAGE_CODE)


def test_an_english_page_gets_the_english_message(
    restore_language, client_for, secretary, home_group
):
    client = client_for(secretary)
    client.cookies["django_language"] = "en"
    response = client.post(
        reverse("imports:upload"), {"group": home_group.pk, "files": [upload_file("tom.txt", b"")]}
    )
    assert error_items(response) == ["tom.txt: the file is empty."]


def test_a_second_click_on_confirm_goes_to_the_meeting(client_for, secretary, home_group):
    client = client_for(secretary)
    document = pending(home_group)
    url = reverse("imports:confirm", args=[document.pk])
    first = client.post(url, {"group": home_group.pk})
    second = client.post(url, {"group": home_group.pk})
    assert (second.status_code, second.url) == (302, first.url)
    assert Meeting.objects.count() == 1


def test_too_many_files_at_once(client_for, secretary, home_group, settings):
    settings.IMPORT_MAX_FILES = 2
    response = client_for(secretary).post(
        reverse("imports:upload"),
        {
            "group": home_group.pk,
            "files": [upload_file(f"f{i}.txt", files.seed_bytes(i)) for i in range(3)],
        },
    )
    assert error_items(response) == ["Högst 2 filer kan importeras åt gången."]
    assert ImportedDocument.objects.count() == 0


def test_a_link_can_choose_the_group(client_for, admin, home_group, other_group):
    client = client_for(admin)
    chosen = client.get(reverse("imports:upload"), {"grupp": home_group.pk})
    assert f'<option value="{home_group.pk}" selected>' in chosen.content.decode()
    ignored = client.get(reverse("imports:upload"), {"grupp": "x"})
    assert ignored.context["form"].initial == {}
