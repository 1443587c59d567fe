"""Admin for administrations, parties, people, groups and memberships."""

from __future__ import annotations

from django.contrib import admin

from samverkan.organisations.models import (
    Group,
    Membership,
    Organisation,
    Party,
    PartyAlias,
    Person,
)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class PartyAliasInline(admin.TabularInline):
    model = PartyAlias
    extra = 0


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "side", "slug"]
    list_filter = ["side"]
    search_fields = ["name", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PartyAliasInline]


@admin.register(PartyAlias)
class PartyAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "party"]
    list_filter = ["party"]
    search_fields = ["alias"]
    list_select_related = ["party"]


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["person", "party", "role", "start", "end"]
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "party", "title", "email", "user"]
    list_filter = ["party"]
    search_fields = ["name", "email", "title"]
    list_select_related = ["party", "user"]
    raw_id_fields = ["user"]


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "kind"]
    list_filter = ["kind", "organisation"]
    search_fields = ["name", "organisation__name"]
    list_select_related = ["organisation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "group", "party", "role", "start", "end"]
    list_filter = ["role", "party", "group__organisation"]
    search_fields = ["person__name", "group__name"]
    list_select_related = ["person", "group__organisation", "party"]
    autocomplete_fields = ["person", "group"]
