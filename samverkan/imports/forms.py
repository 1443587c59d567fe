"""Forms of the import pages: upload files to a group, confirm a reviewed file."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from samverkan.organisations.models import Group

ACCEPT = ".pdf,.docx,.txt,application/pdf,text/plain"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by the import itself, with its name."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        limit = settings.IMPORT_MAX_FILES
        if len(files) > limit:
            raise forms.ValidationError(
                ngettext(
                    "Högst %(limit)d fil kan importeras åt gången.",
                    "Högst %(limit)d filer kan importeras åt gången.",
                    limit,
                )
                % {"limit": limit},
                code="too_many",
            )
        return files


class GroupChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Group) -> str:
        return f"{obj.name}, {obj.organisation.name}"


class UploadForm(forms.Form):
    group = GroupChoiceField(
        label=_("Grupp"),
        queryset=Group.objects.none(),
        empty_label=None,
        help_text=_("Mötena importeras till den här gruppen."),
    )
    files = MultipleFileField(
        label=_("Protokollfiler"),
        help_text=_("PDF, Word (.docx) eller text (.txt). Du kan välja flera filer."),
        error_messages={"required": _("Välj minst en fil.")},
    )

    def __init__(self, *args, groups: list[Group], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.filter(
            pk__in=[g.pk for g in groups]
        ).select_related("organisation")


class ConfirmForm(forms.Form):
    group = GroupChoiceField(label=_("Grupp"), queryset=Group.objects.none(), empty_label=None)
    allow_duplicate = forms.BooleanField(
        label=_("Importera ändå"),
        required=False,
        help_text=_("Gruppen har redan ett möte samma dag. Kryssa i för att importera ändå."),
    )

    def __init__(self, *args, groups: list[Group], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.filter(
            pk__in=[g.pk for g in groups]
        ).select_related("organisation")
