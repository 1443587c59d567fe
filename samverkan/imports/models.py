"""An imported protocol file, kept byte for byte, with what the reader made of it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from samverkan.meetings.models import Meeting
from samverkan.organisations.models import Group


class ImportedDocument(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("väntar på granskning")
        CONFIRMED = "confirmed", _("importerad")
        DISCARDED = "discarded", _("förkastad")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="imports")
    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="source_document"
    )
    filename = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(max_length=100)
    # The original file is kept unchanged in the database, so that it commits or
    # rolls back together with the meeting it produced.
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    source_text = models.TextField(blank=True)
    parsed = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("importerad fil")
        verbose_name_plural = _("importerade filer")

    def __str__(self) -> str:
        return self.filename
