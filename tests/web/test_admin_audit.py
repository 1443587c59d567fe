"""Changes made through the admin land in the protocol's history, with who and what."""

from __future__ import annotations

import pytest
from django.contrib import admin as django_admin
from django.urls import reverse

from samverkan.audit.models import ChangeRecord
from samverkan.meetings.models import AgendaItem, Meeting, Statement
from tests.web.pages import parse, rows, texts


def admin_form_values(client, url: str) -> dict[str, object]:
    """The change form's fields as the browser would submit them unchanged."""
    form = parse(client.get(url)).xpath("//form[@id='meeting_form']")[0]
    values: dict[str, object] = {}
    for name, value in form.form_values():
        values.setdefault(name, value)
    return values


def change_meeting(client, meeting: Meeting, **changes) -> None:
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    data = admin_form_values(client, url) | changes
    response = client.post(url, data)
    assert response.status_code == 302, parse(response).xpath("//ul[@class='errorlist']//text()")


def test_changing_a_meeting_records_who_and_which_fields(client_for, admin, published):
    change_meeting(client_for(admin), published, location="Sal 5", start_time="13:15")

    record = ChangeRecord.objects.get(meeting=published)
    assert (record.user, record.action) == (admin, "admin_change")
    assert record.summary == "Ändrade möte ”Förvaltningsgrupp 2023-09-20” i administrationen"
    assert record.changes == {
        "Plats": ["Sal 3, Swedenborgsgatan 20", "Sal 5"],
        "Starttid": ["13:00:00", "13:15:00"],
    }


def test_admin_change_is_shown_on_the_history_page(client_for, admin, secretary, published):
    change_meeting(client_for(admin), published, location="Sal 5")

    page = client_for(secretary).get(reverse("web:meeting_history", args=[published.pk]))
    assert texts(page, "//ol[@class='history']//h2") == [
        "Ändrade möte ”Förvaltningsgrupp 2023-09-20” i administrationen"
    ]
    assert "admin · admin_change" in texts(page, "//ol[@class='history']//p")[0]
    assert rows(page, "//ol[@class='history']//tbody/tr") == [
        ["Plats", "Sal 3, Swedenborgsgatan 20", "Sal 5"]
    ]


def test_changing_an_item_inline_records_the_item(client_for, admin, published):
    opening = published.items.get(number="1")
    client = client_for(admin)
    url = reverse("admin:meetings_meeting_change", args=[published.pk])
    data = admin_form_values(client, url)
    index = next(
        k.split("-")[1]
        for k, v in data.items()
        if k.endswith("-id") and k.startswith("items-") and v == str(opening.pk)
    )
    data[f"items-{index}-title"] = "Mötet öppnas"
    assert client.post(url, data).status_code == 302

    record = ChangeRecord.objects.get(meeting=published)
    assert record.summary == "Ändrade punkt ”1 Mötet öppnas” i administrationen"
    assert record.changes == {"Rubrik": ["Mötets öppnande", "Mötet öppnas"]}


def test_unchanged_save_records_nothing(client_for, admin, published):
    change_meeting(client_for(admin), published)
    assert ChangeRecord.objects.count() == 0


def test_deleting_an_item_records_it_against_the_meeting(client_for, admin, published):
    opening = published.items.get(number="1")
    url = reverse("admin:meetings_agendaitem_delete", args=[opening.pk])
    assert client_for(admin).post(url, {"post": "yes"}).status_code == 302

    record = ChangeRecord.objects.get(meeting=published)
    assert (record.user, record.action) == (admin, "admin_delete")
    assert record.changes == {"Borttagen": ["1 Mötets öppnande", None]}
    assert not AgendaItem.objects.filter(pk=opening.pk).exists()


def test_deleting_a_meeting_leaves_a_record_behind(client_for, admin, draft):
    url = reverse("admin:meetings_meeting_delete", args=[draft.pk])
    assert client_for(admin).post(url, {"post": "yes"}).status_code == 302

    record = ChangeRecord.objects.get()
    assert (record.meeting, record.user, record.action) == (None, admin, "admin_delete")
    assert record.changes == {"Borttagen": ["Förvaltningsgrupp 2023-10-18", None]}


def test_history_lists_the_newest_change_first(client_for, admin, secretary, published):
    client = client_for(admin)
    change_meeting(client, published, location="Sal 5")
    change_meeting(client, published, location="Sal 7")
    page = client_for(secretary).get(reverse("web:meeting_history", args=[published.pk]))
    assert rows(page, "//ol[@class='history']//tbody/tr") == [
        ["Plats", "Sal 5", "Sal 7"],
        ["Plats", "Sal 3, Swedenborgsgatan 20", "Sal 5"],
    ]


def test_history_page_says_so_when_nothing_changed(client_for, secretary, published):
    page = client_for(secretary).get(reverse("web:meeting_history", args=[published.pk]))
    assert texts(page, "//main/p") == ["Inga ändringar är registrerade för protokollet."]


@pytest.mark.parametrize("model", list(django_admin.site._registry), ids=lambda m: m._meta.label)
def test_every_admin_list_opens_for_staff(client_for, admin, published, model):
    meta = model._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    assert client_for(admin).get(url).status_code == 200


def test_the_admin_is_closed_to_members(client_for, secretary):
    response = client_for(secretary).get(reverse("admin:meetings_meeting_changelist"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_the_protocol_page_shows_an_admin_change_at_once(client_for, admin, reader, published):
    page_url = published.get_absolute_url()
    assert "Mötets öppnande" in client_for(reader).get(page_url).content.decode()
    client = client_for(admin)
    url = reverse("admin:meetings_agendaitem_change", args=[published.items.get(number="1").pk])
    data = parse(client.get(url)).xpath("//form[@id='agendaitem_form']")[0].form_values()
    data = dict(data) | {"title": "Mötet öppnas"}
    assert client.post(url, data).status_code == 302

    page = client_for(reader).get(page_url)
    assert texts(page, "//section[@aria-labelledby='punkter']//h3")[0] == "1 Mötet öppnas"


def test_adding_an_item_in_the_admin_records_its_fields(client_for, admin, published):
    url = reverse("admin:meetings_agendaitem_add")
    data = {
        "meeting": published.pk,
        "number": "9",
        "title": "Övriga frågor",
        "kind": "other",
        "order": 9,
    }
    data |= {
        f"{prefix}-{key}": value
        for prefix in ("statements", "follow_ups", "decisions", "metrics")
        for key, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))
    }
    response = client_for(admin).post(url, data)
    assert response.status_code == 302, parse(response).xpath("//ul[@class='errorlist']//text()")

    record = ChangeRecord.objects.get(meeting=published)
    assert (record.user, record.action) == (admin, "admin_add")
    assert record.summary == "Lade till punkt ”9 Övriga frågor” i administrationen"
    assert record.changes["Rubrik"] == [None, "Övriga frågor"]
    assert record.changes["Typ"] == [None, "övrigt"]


def test_bulk_delete_action_records_each_statement(client_for, admin, published):
    statements = list(Statement.objects.filter(item__meeting=published).order_by("pk"))
    url = reverse("admin:meetings_statement_changelist")
    data = {
        "action": "delete_selected",
        "post": "yes",
        "_selected_action": [s.pk for s in statements],
    }
    assert client_for(admin).post(url, data).status_code == 302

    records = ChangeRecord.objects.filter(meeting=published, action="admin_delete").order_by("id")
    assert [r.changes["Borttagen"][0] for r in records] == [str(s) for s in statements]
    assert not Statement.objects.filter(item__meeting=published).exists()
