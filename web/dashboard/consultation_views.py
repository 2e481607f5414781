"""Dashboard pages for consultations: list, create (import), details, open and close.

They call the same code as the command line: ``parse_consultation`` (what
``./hearme consultations validate`` runs) to check a definition, and
``web.consultations.services`` (what ``manage.py consultations import/open/close``
run) to store, open and close it. Nothing here validates or stores on its own.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bot.consultations.definition import (
    DEFAULT_TEXT_MAX_LENGTH,
    MAX_FILE_BYTES,
    ConsultationError,
    parse_consultation,
)
from bot.problems import DataFileError, Problem
from web.consultations import services
from web.consultations.models import Consultation
from web.dashboard.views import staff_required

logger = logging.getLogger("hearme.dashboard")

# The example shown in the empty form: the smaller of the two in consultations/examples/.
EXAMPLE_FILE: Final = (
    Path(__file__).resolve().parents[2] / "consultations" / "examples" / "online-safety-at-home.yml"
)
UPLOAD_SUFFIXES: Final = (".yml", ".yaml", ".json")
# How the validator names a pasted definition in its problems.
PASTED_SOURCE: Final = "(pasted text)"


@lru_cache(maxsize=1)
def example_definition() -> str:
    """The example definition's text, or an empty string if the file is missing."""
    try:
        return EXAMPLE_FILE.read_text(encoding="utf-8")
    except OSError:
        return ""


class DefinitionForm(forms.Form):
    """A definition pasted as text or uploaded as a file; the file wins if both are given."""

    definition = forms.CharField(
        label="Definition (YAML)",
        required=False,
        strip=False,
        widget=forms.Textarea(
            attrs={"rows": 24, "cols": 80, "spellcheck": "false", "class": "code-input"}
        ),
    )
    file = forms.FileField(
        label="Or upload a file (.yml, .yaml or .json)",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if not str(upload.name).lower().endswith(UPLOAD_SUFFIXES):
            raise forms.ValidationError("Upload a .yml, .yaml or .json file.", code="file_type")
        if upload.size is None or upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {MAX_FILE_BYTES // 1024:,} kB; a consultation"
                " definition is a few kB.",
                code="file_size",
            )
        data = upload.read(MAX_FILE_BYTES + 1)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "The file is not UTF-8 text: save it as UTF-8 in your editor.", code="encoding"
            ) from None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        file_text = cleaned.get("file")
        text = cleaned.get("definition") or ""
        if self.errors:
            return cleaned
        if file_text is not None:
            pasted = text.strip()
            if pasted and pasted != example_definition().strip() and pasted != file_text.strip():
                raise forms.ValidationError(
                    "You gave both a file and text in the box. Empty the box to import the"
                    " file, or leave out the file to import the text.",
                    code="both",
                )
            cleaned["source"] = Path(str(self.files["file"].name)).name
            cleaned["text"] = file_text
        elif text.strip():
            cleaned["source"] = PASTED_SOURCE
            cleaned["text"] = text
        else:
            raise forms.ValidationError(
                "Paste a definition in the box or choose a file.", code="empty"
            )
        return cleaned


def _with_counts() -> Any:
    return Consultation.objects.annotate(
        responses_total=Count("responses"),
        responses_complete=Count("responses", filter=Q(responses__status="complete")),
    )


def _optional_url(name: str, *args: Any) -> str | None:
    """The URL of a dashboard page that may not exist (yet), or None."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


@never_cache
@staff_required
@require_GET
def consultation_list(request: HttpRequest) -> HttpResponse:
    """Every stored version, newest first within each consultation, as ``consultations list``."""
    rows = _with_counts().order_by("slug", "-version")
    return render(request, "dashboard/consultations.html", {"consultations": rows})


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def consultation_new(request: HttpRequest) -> HttpResponse:
    """Validate a definition as ``validate`` does and store it as ``import`` does."""
    problems: tuple[Problem, ...] = ()
    if request.method == "POST":
        form = DefinitionForm(request.POST, request.FILES)
        if form.is_valid():
            text: str = form.cleaned_data["text"]
            source: str = form.cleaned_data["source"]
            try:
                definition = parse_consultation(text, source=source)
            except ConsultationError as exc:
                problems = exc.problems
            except DataFileError:
                # Another data file the validator reads (knowledge/helplines.yml) is broken.
                logger.exception("dashboard.consultation_check_failed")
                form.add_error(
                    None,
                    "The definition could not be checked because another data file is"
                    " broken; ask an engineer to run ./hearme consultations validate.",
                )
            else:
                outcome = services.import_definition(definition)
                stored = outcome.consultation
                logger.info(
                    "dashboard.consultation_imported",
                    extra={
                        "user_id": request.user.pk,
                        "consultation": stored.label,
                        "new_version": outcome.created,
                    },
                )
                if not outcome.created:
                    messages.info(
                        request,
                        f"Nothing changed: {stored.label} is already stored"
                        f" ({stored.get_status_display().lower()}).",
                    )
                elif outcome.previous is None:
                    messages.success(
                        request, f"Imported {stored.label} as a draft. Open it when ready."
                    )
                else:
                    messages.success(
                        request,
                        f"Imported {stored.label} as a draft: a new version, because the"
                        f" definition changed since version {outcome.previous}.",
                    )
                return redirect("dashboard:consultation", ref=stored.label)
            # Keep what staff typed or uploaded in the box, so nothing is lost.
            if "text" in form.cleaned_data:
                data = request.POST.copy()
                data["definition"] = form.cleaned_data["text"]
                form.data = data
    else:
        form = DefinitionForm(initial={"definition": example_definition()})
    return render(
        request,
        "dashboard/consultations_new.html",
        {
            "form": form,
            "problems": problems,
            "max_kb": MAX_FILE_BYTES // 1024,
        },
        status=400 if request.method == "POST" else 200,
    )


def _get(ref: str) -> Consultation:
    try:
        return services.get_consultation(ref)
    except services.NotFound:
        raise Http404("No such consultation") from None


@never_cache
@staff_required
@require_GET
def consultation_detail(request: HttpRequest, ref: str) -> HttpResponse:
    """One version (``id`` for the latest, ``id@version``): its definition and state."""
    consultation = _get(ref)
    counted = _with_counts().get(pk=consultation.pk)
    try:
        spec = consultation.spec()
    except ConsultationError as exc:
        spec = None
        problems: tuple[Problem, ...] = exc.problems
    else:
        problems = ()
    versions = _with_counts().filter(slug=consultation.slug).order_by("-version")
    return render(
        request,
        "dashboard/consultations_detail.html",
        {
            "consultation": counted,
            "spec": spec,
            "problems": problems,
            "versions": versions,
            "default_max_length": DEFAULT_TEXT_MAX_LENGTH,
            "results_url": _optional_url("dashboard:results", consultation.pk),
            "moderation_url": _optional_url("dashboard:moderation", consultation.pk),
        },
    )


def _back(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    if request.POST.get("back") == "detail":
        return redirect("dashboard:consultation", ref=consultation.label)
    return redirect("dashboard:consultations")


@staff_required
@require_POST
def consultation_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a version, as ``consultations open``; another open version of it closes."""
    consultation = get_object_or_404(Consultation, pk=pk)
    try:
        closed = services.open_consultation(consultation)
    except services.ConsultationServiceError as exc:
        messages.error(request, f"Not opened: {exc}")
    else:
        logger.info(
            "dashboard.consultation_opened",
            extra={"user_id": request.user.pk, "consultation": consultation.label},
        )
        note = f" ({', '.join(closed)} closed, as only one version can be open)" if closed else ""
        messages.success(request, f"Opened {consultation.label}{note}.")
    return _back(request, consultation)


@staff_required
@require_POST
def consultation_close(request: HttpRequest, pk: int) -> HttpResponse:
    """Close a version, as ``consultations close``: its answers are final."""
    consultation = get_object_or_404(Consultation, pk=pk)
    try:
        services.close_consultation(consultation)
    except services.ConsultationServiceError as exc:
        messages.error(request, f"Not closed: {exc}")
    else:
        logger.info(
            "dashboard.consultation_closed",
            extra={"user_id": request.user.pk, "consultation": consultation.label},
        )
        messages.success(
            request,
            f"Closed {consultation.label}; its answers will be deleted after"
            f" {consultation.delete_after:%Y-%m-%d}.",
        )
    return _back(request, consultation)
