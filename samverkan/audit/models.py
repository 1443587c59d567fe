"""Who changed what in a protocol, and when."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeRecord(models.Model):
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="changes",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("händelse"), max_length=50)
    summary = models.CharField(_("sammanfattning"), max_length=500)
    changes = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ändring")
        verbose_name_plural = _("ändringar")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}: {self.summary}"


def record_change(*, meeting, user, action: str, summary: str, changes: dict | None = None):
    """Append one entry to the protocol's history. Call inside the change's transaction."""
    return ChangeRecord.objects.create(
        meeting=meeting,
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        summary=summary[:500],
        changes=changes or {},
    )
