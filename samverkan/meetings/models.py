"""A meeting and its protocol: items, attendance, statements, follow-ups, justering."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samverkan.organisations.models import Group, Organisation, Party, Person


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Meetings the user may read: every public protocol, and drafts of own groups."""
        from samverkan.accounts.access import visible_meetings

        return visible_meetings(self, user)


class Meeting(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("planerat")
        CALLED = "called", _("kallat")
        HELD = "held", _("genomfört")
        IN_JUSTERING = "in_justering", _("under justering")
        APPROVED = "approved", _("justerat")
        PUBLISHED = "published", _("publicerat")
        IMPORTED = "imported", _("importerat")

    # Statuses whose protocol every logged-in employee may read (allmän handling).
    PUBLIC_STATUSES = (Status.APPROVED, Status.PUBLISHED, Status.IMPORTED)

    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("grupp")
    )
    date = models.DateField(_("datum"), null=True, blank=True)
    start_time = models.TimeField(_("starttid"), null=True, blank=True)
    end_time = models.TimeField(_("sluttid"), null=True, blank=True)
    location = models.CharField(_("plats"), max_length=300, blank=True)
    remote_link = models.CharField(_("distanslänk"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    chair = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ordförande"),
    )
    secretary = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sekreterare"),
    )
    adjustment_date = models.DateField(_("justeras senast"), null=True, blank=True)
    adjustment_digital = models.BooleanField(_("digital justering"), null=True, blank=True)
    comments_due = models.DateTimeField(_("synpunkter senast"), null=True, blank=True)
    validation_url = models.URLField(_("validering av underskrifter"), blank=True, max_length=500)
    next_meeting_text = models.CharField(_("nästa möte"), max_length=300, blank=True)
    links = models.JSONField(_("länkar"), default=list, blank=True)
    warnings = models.JSONField(_("varningar från inläsningen"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [
            models.Index(fields=["group", "date"]),
            models.Index(fields=["status", "date"]),
        ]
        verbose_name = _("möte")
        verbose_name_plural = _("möten")

    def __str__(self) -> str:
        day = self.date.isoformat() if self.date else _("utan datum")
        return f"{self.group.name} {day}"

    def get_absolute_url(self) -> str:
        return reverse("web:meeting", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        STANDARD = "standard", _("stående punkt")
        INFORMATION = "information", _("information")
        QUESTION = "question", _("fråga")
        PREREGISTERED = "preregistered", _("föranmäld fråga")
        MATTER = "matter", _("nämndärende")
        OTHER = "other", _("övrigt")

    class Mbl(models.TextChoices):
        P11 = "§11", _("MBL § 11 (samverkan i stället för förhandling)")
        P19 = "§19", _("MBL § 19 (information)")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    number = models.CharField(_("nummer"), max_length=20, blank=True)
    title = models.CharField(_("rubrik"), max_length=1000)
    text = models.TextField(_("text"), blank=True)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.STANDARD)
    mbl = models.CharField(_("MBL"), max_length=4, choices=Mbl.choices, blank=True)
    mbl_parts = models.JSONField(default=list, blank=True)
    order = models.PositiveIntegerField(_("ordning"))

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("punkt")
        verbose_name_plural = _("punkter")

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("närvarande")
        REMOTE = "remote", _("på distans")
        ABSENT = "absent", _("anmält förhinder")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(_("roll"), max_length=200, blank=True)
    status = models.CharField(
        _("närvaro"), max_length=10, choices=Status.choices, default=Status.PRESENT
    )
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "order"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="one_attendance_per_person"),
        ]
        verbose_name = _("närvaro")
        verbose_name_plural = _("närvaro")

    def __str__(self) -> str:
        return f"{self.person} – {self.get_status_display()}"


class Statement(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("fråga")
        ANSWER = "answer", _("svar")
        INFORMATION = "information", _("information")
        OPINION = "opinion", _("synpunkt")
        DISAGREEMENT = "disagreement", _("oenighet")
        REQUEST = "request", _("begäran")

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="statements")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="statements")
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("text"))
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["item", "order"]
        verbose_name = _("yttrande")
        verbose_name_plural = _("yttranden")

    def __str__(self) -> str:
        return f"{self.party}: {self.text[:60]}"


class Decision(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("beslut"))
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["item", "order"]
        verbose_name = _("beslut")
        verbose_name_plural = _("beslut")

    def __str__(self) -> str:
        return self.text[:80]


class FollowUp(models.Model):
    """An outstanding question: a line of the balanslista until it is answered."""

    class Status(models.TextChoices):
        OPEN = "open", _("öppen")
        ANSWERED = "answered", _("besvarad")
        CLOSED = "closed", _("avförd")

    text = models.TextField(_("text"))
    owner_text = models.CharField(_("ansvarig"), max_length=200, blank=True)
    owner_party = models.ForeignKey(
        Party, on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups"
    )
    owner_person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups"
    )
    raised_at = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="follow_ups")
    due_text = models.CharField(_("när"), max_length=100, blank=True)
    due_date = models.DateField(_("senast"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    answered_at = models.ForeignKey(
        AgendaItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="answers"
    )
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["raised_at", "order"]
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")

    def __str__(self) -> str:
        return self.text[:80]


class Metric(models.Model):
    """A figure reported at a meeting: sjukfrånvaro %, personalomsättning %, result in mnkr."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="metrics")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="metrics")
    name = models.CharField(_("nyckeltal"), max_length=200)
    value = models.DecimalField(_("värde"), max_digits=14, decimal_places=4)
    unit = models.CharField(_("enhet"), max_length=20)
    period = models.CharField(_("period"), max_length=20, blank=True)

    class Meta:
        ordering = ["item", "id"]
        indexes = [models.Index(fields=["organisation", "name", "period"])]
        verbose_name = _("nyckeltal")
        verbose_name_plural = _("nyckeltal")

    def __str__(self) -> str:
        return f"{self.name}: {self.value} {self.unit}"


class Adjuster(models.Model):
    """A justerare: approves the protocol, or records disagreement (oenighet)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="adjusters")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="adjusting")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    disagreement = models.TextField(_("oenighet"), blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "order"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="one_adjuster_per_person"),
        ]
        verbose_name = _("justerare")
        verbose_name_plural = _("justerare")

    def __str__(self) -> str:
        return f"{self.person} ({self.party})"


class Signature(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="signatures")
    name = models.CharField(_("namn"), max_length=200)
    person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="signatures"
    )
    party = models.ForeignKey(
        Party, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    role = models.CharField(_("roll"), max_length=100, blank=True)
    note = models.CharField(_("anteckning"), max_length=500, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("underskrift")
        verbose_name_plural = _("underskrifter")

    def __str__(self) -> str:
        return self.name


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.meeting_id}/{filename}"


class Attachment(models.Model):
    """A bilaga that goes with the protocol: slides, reports."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attachments")
    item = models.ForeignKey(
        AgendaItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="attachments"
    )
    title = models.CharField(_("titel"), max_length=300)
    file = models.FileField(_("fil"), upload_to=attachment_path)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")

    def __str__(self) -> str:
        return self.title
