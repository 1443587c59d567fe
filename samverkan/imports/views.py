"""Import pages: upload → review beside the source text → confirm or discard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samverkan.accounts import access
from samverkan.imports import domain
from samverkan.imports.forms import ConfirmForm, UploadForm
from samverkan.imports.models import ImportedDocument
from samverkan.meetings.models import Meeting
from samverkan.organisations.models import Group


def in_language(refused: domain.ImportRefused) -> str:
    """The refusal in the page's language: the import words each one in Swedish and English."""
    return refused.message_en if get_language().startswith("en") else refused.message


def importable_groups(user) -> list[Group]:
    groups = Group.objects.select_related("organisation")
    return [group for group in groups if access.can_import_into(user, group)]


def pending_documents(groups: list[Group]):
    # The list needs names only; the files themselves can be megabytes each.
    return (
        ImportedDocument.objects.filter(status=ImportedDocument.Status.PENDING, group__in=groups)
        .select_related("group__organisation", "uploaded_by")
        .defer("content", "source_text", "parsed")
    )


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    groups = importable_groups(request.user)
    if not groups:
        raise PermissionDenied
    form = UploadForm(
        request.POST or None, request.FILES or None, groups=groups, initial=_initial_group(request)
    )
    if request.method == "POST" and form.is_valid():
        documents = _prepare_all(request, form)
        if documents and not form.errors:
            return _after_upload(request, documents)
    context = {"form": form, "pending": pending_documents(groups)}
    return render(request, "imports/upload.html", context, status=400 if form.errors else 200)


def _initial_group(request: HttpRequest) -> dict:
    group = request.GET.get("grupp", "")
    return {"group": int(group)} if group.isdigit() else {}


def _prepare_all(request: HttpRequest, form: UploadForm) -> list[ImportedDocument]:
    """Prepare each file on its own; a refused file becomes an error on the form."""
    documents = []
    for upload in form.cleaned_data["files"]:
        try:
            documents.append(
                domain.prepare_import(
                    group=form.cleaned_data["group"],
                    filename=upload.name,
                    content=upload.read(),
                    user=request.user,
                )
            )
        except domain.ImportRefused as refused:
            form.add_error("files", in_language(refused))
    return documents


def _after_upload(request: HttpRequest, documents: list[ImportedDocument]) -> HttpResponse:
    if len(documents) == 1:
        return redirect("imports:review", documents[0].pk)
    count = len(documents)
    text = ngettext(
        "%(count)d fil väntar på granskning.", "%(count)d filer väntar på granskning.", count
    )
    messages.success(request, text % {"count": count})
    return redirect("imports:upload")


def _document_for(request: HttpRequest, pk: int) -> ImportedDocument:
    """A pending or confirmed document the user may import; discarded ones are gone."""
    document = get_object_or_404(
        ImportedDocument.objects.select_related("group__organisation")
        .defer("content")
        .exclude(status=ImportedDocument.Status.DISCARDED),
        pk=pk,
    )
    if not access.can_import_into(request.user, document.group):
        raise PermissionDenied
    return document


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document_for(request, pk)
    if document.status == ImportedDocument.Status.CONFIRMED:
        return redirect(document.meeting)
    groups = importable_groups(request.user)
    form = ConfirmForm(groups=groups, initial={"group": document.group_id})
    return _render_review(request, document, form)


def _render_review(request, document, form, status: int = 200) -> HttpResponse:
    context = {"review": domain.review(document), "form": form, "document": document}
    return render(request, "imports/review.html", context, status=status)


@login_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document_for(request, pk)
    form = ConfirmForm(request.POST, groups=importable_groups(request.user))
    if not form.is_valid():
        return _render_review(request, document, form, status=400)
    try:
        meeting = domain.confirm_import(
            document=document,
            user=request.user,
            group=form.cleaned_data["group"],
            allow_duplicate=form.cleaned_data["allow_duplicate"],
        )
    except domain.DuplicateMeeting as duplicate:
        form.add_error("allow_duplicate", in_language(duplicate))
        return _render_review(request, document, form, status=409)
    except domain.ImportRefused as refused:
        document.refresh_from_db()
        if document.meeting_id:  # a second click after the first one imported it
            return redirect(document.meeting)
        form.add_error(None, in_language(refused))
        return _render_review(request, document, form, status=400)
    messages.success(request, _("Protokollet från %(file)s är importerat.") % {"file": document})
    return redirect(meeting)


@login_required
@require_POST
def discard(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document_for(request, pk)
    try:
        domain.discard_import(document=document, user=request.user)
    except domain.ImportRefused as refused:
        messages.error(request, in_language(refused))
        return redirect("imports:review", document.pk)
    messages.success(request, _("%(file)s har förkastats.") % {"file": document})
    return redirect("imports:upload")


@login_required
def original(request: HttpRequest, pk: int) -> HttpResponse:
    """The imported file exactly as it was uploaded, for anyone who may read the meeting."""
    meeting = get_object_or_404(Meeting.objects.select_related("group"), pk=pk)
    if not access.can_view_meeting(request.user, meeting):
        raise Http404
    document = ImportedDocument.objects.filter(meeting=meeting).first()
    if document is None:
        raise Http404
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["Content-Disposition"] = content_disposition_header(True, document.filename)
    return response
