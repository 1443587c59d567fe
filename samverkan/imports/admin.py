"""Imported files in the admin: metadata only; the bytes stay in the database, unloaded."""

from __future__ import annotations

from django.contrib import admin

from samverkan.imports.models import ImportedDocument


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(admin.ModelAdmin):
    list_display = ["filename", "group", "status", "size", "uploaded_by", "created_at"]
    list_filter = ["status", "group__organisation"]
    search_fields = ["filename", "sha256"]
    list_select_related = ["group__organisation", "uploaded_by"]
    raw_id_fields = ["group", "meeting", "uploaded_by"]
    readonly_fields = ["filename", "content_type", "size", "sha256", "uploaded_by", "created_at"]
    exclude = ["content", "source_text", "parsed"]

    def get_queryset(self, request):
        # The original file can be megabytes; never read it to list or edit metadata.
        return super().get_queryset(request).defer("content", "source_text", "parsed")
