"""Dashboard pages for one consultation's free text and results.

* ``moderation``: the pending free-text answers (redacted, as stored), oldest first, 50
  a page, with Approve / Reject / Flag for safeguarding. Decisions go through
  ``services.moderate``, the same service as ``consultations moderate --decide``, so a
  flag creates the pseudonymous safeguarding alert in the same transaction.
* ``results``: ``results.export_data`` (the ``results`` and ``export`` commands' own
  functions): counts with small groups suppressed, moderation counts and themes.
* ``results_export``: the CSV and JSON files of ``consultations export``, as
  attachments; like the command, an open consultation's export is provisional and has
  to be asked for as such.

Nothing here shows who a child is: no pseudonym, no country next to a text, no time.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from bot.consultations.definition import ConsultationError
from web.consultations import results as results_module
from web.consultations import services
from web.consultations.models import Answer, Consultation, ConsultationStatus, Moderation
from web.dashboard.views import staff_required
from web.safeguarding.models import CATEGORY_CHOICES

logger = logging.getLogger("hearme.dashboard")

PAGE_SIZE: Final = 50
# Largest id the form accepts: bigger numbers cannot be a row and overflow SQLite.
MAX_ID: Final = 2**31 - 1
EXPORT_TYPES: Final = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
}


class DecisionForm(forms.Form):
    """One moderator decision on one answer; the service checks the rest (a flag needs
    a category)."""

    answer = forms.IntegerField(min_value=1, max_value=MAX_ID)
    decision = forms.ChoiceField(choices=[(d, d) for d in services.MODERATION_DECISIONS])
    category = forms.ChoiceField(choices=[("", "—"), *CATEGORY_CHOICES], required=False)
    page = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)


def moderation_counts(consultation: Consultation) -> dict[str, int]:
    """How many free-text answers of a consultation are in each moderation state
    (every answer, complete or not, as in the queue)."""
    counts = dict.fromkeys(Moderation.values, 0)
    for state, n in (
        Answer.objects.filter(consultation=consultation)
        .exclude(moderation="")
        .values_list("moderation")
        .annotate(n=Count("*"))
        .order_by()
    ):
        counts[state] = n
    return counts


def pending_counts(consultations: list[Consultation]) -> dict[int, int]:
    """Pending free-text answers per consultation id (the moderation index answers it)."""
    return dict(
        Answer.objects.filter(moderation=Moderation.PENDING, consultation__in=consultations)
        .values_list("consultation")
        .annotate(n=Count("*"))
        .order_by()
    )


def _question_texts(consultation: Consultation) -> dict[str, str]:
    """The question words in English (or the first language), by question id."""
    try:
        questions = consultation.spec().questions
    except ConsultationError:
        return {}
    return {q.id: q.text.get("en") or next(iter(q.text.values()), "") for q in questions}


def _moderation_page(
    request: HttpRequest,
    consultation: Consultation,
    page_number: object,
    *,
    form: DecisionForm | None = None,
    status: int = 200,
) -> HttpResponse:
    # The same queue as services.pending_texts (pending, oldest first), paginated.
    pending = (
        Answer.objects.filter(consultation=consultation, moderation=Moderation.PENDING)
        .select_related("question")
        .order_by("created_at", "pk")
    )
    page = Paginator(pending, PAGE_SIZE).get_page(page_number)
    texts = _question_texts(consultation)
    rows = [
        {"answer": answer, "question_text": texts.get(answer.question.key, "")}
        for answer in page.object_list
    ]
    return render(
        request,
        "dashboard/moderation.html",
        {
            "consultation": consultation,
            "title": consultation.title.get("en") or next(iter(consultation.title.values()), ""),
            "counts": moderation_counts(consultation),
            "page": page,
            "rows": rows,
            "categories": CATEGORY_CHOICES,
            "form": form,
        },
        status=status,
    )


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def moderation(request: HttpRequest, pk: int) -> HttpResponse:
    """The pending free text of one consultation; POST records one decision."""
    consultation = get_object_or_404(Consultation, pk=pk)
    if request.method != "POST":
        return _moderation_page(request, consultation, request.GET.get("page"))
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _moderation_page(
            request, consultation, request.POST.get("page"), form=form, status=400
        )
    answer_id: int = form.cleaned_data["answer"]
    decision: str = form.cleaned_data["decision"]
    category: str = form.cleaned_data["category"] or ""
    page_number = form.cleaned_data["page"] or 1
    back = reverse("dashboard:moderation", args=[consultation.pk]) + f"?page={page_number}"
    try:
        with transaction.atomic():
            # Locked, so two moderators deciding the same answer cannot both win.
            answer = (
                Answer.objects.select_for_update()
                .filter(pk=answer_id, consultation=consultation)
                .exclude(moderation="")
                .first()
            )
            if answer is None:
                messages.error(request, f"There is no free-text answer {answer_id} here.")
                return redirect(back)
            if answer.moderation != Moderation.PENDING:
                messages.warning(
                    request,
                    f"Answer {answer_id} was already decided ({answer.get_moderation_display()}"
                    "); nothing changed.",
                )
                return redirect(back)
            services.moderate(
                answer_id,
                decision,
                user=request.user,
                now=timezone.now(),
                category=category or None,
            )
    except services.InvalidAnswer:
        if decision == Moderation.FLAGGED and not category:
            messages.error(request, f"Choose a safeguarding category to flag answer {answer_id}.")
        else:
            messages.error(request, f"Answer {answer_id}: that decision is not possible.")
        return redirect(back)
    except services.NotFound:
        messages.error(request, f"There is no free-text answer {answer_id} here.")
        return redirect(back)
    logger.info(
        "dashboard.answer_moderated",
        extra={"user_id": request.user.pk, "answer_id": answer_id, "decision": decision},
    )
    done = {
        Moderation.APPROVED: "approved",
        Moderation.REJECTED: "rejected",
        Moderation.FLAGGED: "flagged for safeguarding; an alert was created",
    }[Moderation(decision)]
    messages.success(request, f"Answer {answer_id} {done}.")
    return redirect(back)


def _display_block(block: dict[str, Any]) -> dict[str, Any]:
    """One results block with the option counts as a list, for the template."""
    return {
        "n": block.get("n"),
        "counts": block.get("counts", []),
        "median": block.get("median"),
        "q1": block.get("q1"),
        "q3": block.get("q3"),
    }


def _display_questions(data: dict[str, Any], moderation: dict[str, dict[str, int]]) -> list[Any]:
    out = []
    for question in data["questions"]:
        options = [
            (option["id"], option["label"].get("en") or next(iter(option["label"].values()), ""))
            for option in question.get("options", [])
        ]
        out.append(
            {
                "id": question["id"],
                "type": question["type"],
                "text": question["text"].get("en") or next(iter(question["text"].values()), ""),
                "options": [(key, label or key) for key, label in options],
                "overall": _display_block(question["overall"]),
                "by": [
                    (dimension, [{"group": g["group"], **_display_block(g)} for g in groups])
                    for dimension, groups in question["by"].items()
                ],
                "themes": question.get("themes", []),
                "approved": len(question.get("approved_texts", [])),
                "moderation": moderation.get(question["id"]),
            }
        )
    return out


@never_cache
@staff_required
@require_GET
def results(request: HttpRequest, pk: int) -> HttpResponse:
    """Suppressed results, moderation counts and themes of one consultation version."""
    consultation = get_object_or_404(Consultation, pk=pk)
    context: dict[str, Any] = {
        "consultation": consultation,
        "title": consultation.title.get("en") or next(iter(consultation.title.values()), ""),
        "is_over": consultation.is_over(timezone.now()),
    }
    try:
        data = results_module.export_data(consultation)
    except (ConsultationError, ValueError):
        logger.exception("dashboard.results_failed", extra={"consultation_id": consultation.pk})
        context["failed"] = True
        return render(request, "dashboard/results.html", context, status=500)
    context.update(
        data=data,
        k=data["min_group_size"],
        questions=_display_questions(data, results_module.moderation_counts(consultation)),
    )
    return render(request, "dashboard/results.html", context)


@never_cache
@staff_required
@require_GET
def results_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The ``consultations export`` file (aggregates and approved text) as an attachment."""
    if fmt not in EXPORT_TYPES:
        raise Http404("no such export format")
    consultation = get_object_or_404(Consultation, pk=pk)
    provisional = request.GET.get("provisional") == "1"
    if not consultation.is_over(timezone.now()) and not provisional:
        messages.error(
            request,
            "This consultation is still open: its export is provisional. Use the"
            " provisional download link if you really need it now.",
        )
        return redirect("dashboard:results", pk=consultation.pk)
    data = results_module.export_data(consultation)
    text = results_module.to_json(data) if fmt == "json" else results_module.to_csv(data)
    logger.info(
        "dashboard.results_exported",
        extra={"user_id": request.user.pk, "consultation_id": consultation.pk, "format": fmt},
    )
    status_word = "final" if data.get("final") else "provisional"
    filename = f"{consultation.slug}-v{consultation.version}-{status_word}.{fmt}"
    response = HttpResponse(text, content_type=EXPORT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def consultations_to_review(limit: int = 20) -> list[dict[str, Any]]:
    """Open and closed consultations (open first, then the latest closed) with their
    pending count, for the dashboard home."""
    found = list(
        Consultation.objects.filter(
            status__in=[ConsultationStatus.OPEN, ConsultationStatus.CLOSED]
        ).order_by("-status", "-closed_at", "slug", "-version")[:limit]
    )
    pending = pending_counts(found)
    return [
        {
            "consultation": c,
            "title": c.title.get("en") or next(iter(c.title.values()), c.slug),
            "pending": pending.get(c.pk, 0),
        }
        for c in found
    ]
