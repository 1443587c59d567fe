"""Who meets: administrations (förvaltningar), parties, people and their groups."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def normalise_name(text: str) -> str:
    """The key names are matched on: case-folded, single spaces."""
    return re.sub(r"\s+", " ", text).strip().casefold()


class Organisation(models.Model):
    """An administration (förvaltning): a stadsdelsförvaltning or fackförvaltning."""

    name = models.CharField(_("namn"), max_length=200, unique=True)
    slug = models.SlugField(unique=True, max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("förvaltning")
        verbose_name_plural = _("förvaltningar")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:organisation", args=[self.slug])


class Party(models.Model):
    """The employer side or one union. Matched through its aliases."""

    class Side(models.TextChoices):
        EMPLOYER = "employer", _("arbetsgivare")
        EMPLOYEE = "employee", _("arbetstagare")
        OTHER = "other", _("övrig")

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(unique=True, max_length=100)
    side = models.CharField(_("sida"), max_length=10, choices=Side.choices)

    class Meta:
        ordering = ["side", "name"]
        verbose_name = _("part")
        verbose_name_plural = _("parter")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:party", args=[self.slug])

    @property
    def is_employer(self) -> bool:
        return self.side == self.Side.EMPLOYER


class PartyAlias(models.Model):
    """Another way a party is written: "SSR", "SACO", "Svergies lärare"."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=100)
    key = models.CharField(max_length=100, unique=True, editable=False)

    class Meta:
        ordering = ["alias"]
        verbose_name = _("alias")
        verbose_name_plural = _("alias")

    def __str__(self) -> str:
        return f"{self.alias} → {self.party}"

    def save(self, *args, **kwargs):
        self.key = normalise_name(self.alias)
        super().save(*args, **kwargs)


class Person(models.Model):
    """Someone who takes part in samverkan; may or may not have a login."""

    name = models.CharField(_("namn"), max_length=200)
    key = models.CharField(max_length=200, db_index=True, editable=False)
    party = models.ForeignKey(
        Party,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("part"),
    )
    title = models.CharField(_("befattning"), max_length=200, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("personer")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = normalise_name(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("web:person", args=[self.pk])


class Group(models.Model):
    """A standing samverkan body: förvaltningsgrupp, samverkansgrupp or skyddskommitté."""

    class Kind(models.TextChoices):
        FORVALTNINGSGRUPP = "forvaltningsgrupp", _("Förvaltningsgrupp")
        SAMVERKANSGRUPP = "samverkansgrupp", _("Samverkansgrupp")
        SKYDDSKOMMITTE = "skyddskommitte", _("Skyddskommitté")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="groups",
        verbose_name=_("förvaltning"),
    )
    name = models.CharField(_("namn"), max_length=200)
    slug = models.SlugField(max_length=100)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["organisation__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="group_slug_per_org"),
        ]
        verbose_name = _("grupp")
        verbose_name_plural = _("grupper")

    def __str__(self) -> str:
        return f"{self.name}, {self.organisation}"

    def get_absolute_url(self) -> str:
        return reverse("web:group", args=[self.organisation.slug, self.slug])


class MembershipQuerySet(models.QuerySet):
    def current(self, on=None):
        from django.utils import timezone

        day = on or timezone.localdate()
        return self.filter(
            models.Q(start__isnull=True) | models.Q(start__lte=day),
            models.Q(end__isnull=True) | models.Q(end__gte=day),
        )


class Membership(models.Model):
    """A person's seat in a group, for one party, in one role, for a period."""

    class Role(models.TextChoices):
        ORDFORANDE = "ordforande", _("ordförande")
        SEKRETERARE = "sekreterare", _("sekreterare")
        LEDAMOT = "ledamot", _("ledamot")
        ERSATTARE = "ersattare", _("ersättare")
        HUVUDSKYDDSOMBUD = "huvudskyddsombud", _("huvudskyddsombud")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices, default=Role.LEDAMOT)
    start = models.DateField(_("från"), null=True, blank=True)
    end = models.DateField(_("till"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["group", "party__side", "party__name", "person__name"]
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True)
                | models.Q(start__isnull=True)
                | models.Q(end__gte=models.F("start")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.party}, {self.get_role_display()}) i {self.group}"
