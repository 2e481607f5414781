"""Deterministic triage plus the learned detectors: one decision per message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.names import Intent
from bot.safety.classifier import NONE, Scores
from bot.safety.lexicon import DEFAULT_SEVERITY, Category
from bot.safety.triage import NOT_ESCALATED, Triage

# A learned safety intent counts when it is DIET's best guess with at least this
# confidence; below it, the message goes to the ordinary fallback. Chosen with
# bench/safety_combination_study.py on both tuning sets (docs/benchmarks.md): 0.5 -> 0.8
# took false alarms from 37 to 28 of 240 (eval/dev/) and from 50 to 45 of 367 (the
# unread eval/dev2/) without losing a disclosure on either.
LEARNED_THRESHOLD = 0.8
# The dedicated safety classifier flags a message when its danger score reaches this
# (0.5 until the 15th session; 0.45 since its score also reads meaning: the study that
# chose MEANING_WEIGHT in bot/safety/classifier.py, docs/benchmarks.md, 16th session).
DANGER_THRESHOLD = 0.45
# DIET's flag counts only when the safety classifier gives the message at least this
# danger score: DIET is near-certain about many ordinary messages ("the doctor says i
# can't play football for a month" as sexual abuse at 0.99) that the classifier, trained
# for this one question, rates as harmless. Chosen on eval/dev/ (the disclosures only
# DIET caught there scored 0.33 or more). For the other categories (not CRITICAL) the
# floor is LEARNED_MIN_DANGER_OTHER.
LEARNED_MIN_DANGER = 0.2
# The categories whose recall target is 100 % (suicide/self-harm, immediate danger,
# sexual abuse, online sexual exploitation): no precision rule below may drop a learned
# flag of one of them. On 2026-11-29 the two rules below, applied to every category,
# took tuning-set false alarms from 19 to 10 of 240 (eval/dev/) and 39 to 30 of 367
# (eval/dev2/) without a loss there, but the held-out set showed they dropped 4 critical
# disclosures (3 suicide/self-harm, 1 online sexual exploitation) for 5 fewer false
# alarms (docs/benchmarks.md): recall first.
CRITICAL: frozenset[Category] = frozenset(
    {
        Category.SUICIDE_SELF_HARM,
        Category.IMMEDIATE_DANGER,
        Category.SEXUAL_ABUSE,
        Category.ONLINE_SEXUAL_EXPLOITATION,
    }
)
# DIET's floor for the other categories: measured with bench/safety_combination_study.py
# (docs/benchmarks.md).
LEARNED_MIN_DANGER_OTHER = 0.5
# When DIET is all but certain (LEARNED_SURE) that a message discloses a CRITICAL
# category, the classifier must rate it clearly harmless (under LEARNED_SURE_MIN_DANGER)
# to overrule it. Added in the 14th session with the classifier trained on the check
# rounds' look-alikes, which rates some indirect disclosures lower than before: on the
# tuning set dev3 it kept a suicide disclosure that DIET was sure of (classifier 0.26 ->
# 0.12) for 3 more false alarms there (docs/benchmarks.md).
LEARNED_SURE = 0.99
LEARNED_SURE_MIN_DANGER = 0.1
# A learned flag also counts as immediate danger (emergency number first) when the
# classifier gives immediate_danger at least this share, even if another category
# leads. Chosen on eval/dev/: 26 of 28 flagged emergencies get the emergency number
# (21 with the top category alone), at the cost of 13 of 191 other disclosures.
IMMEDIATE_DANGER_SHARE = 0.15
# A learned flag of a category the message speaks of harmlessly — an idiom the lexicons
# know ("this homework is killing me", "me muero de risa") or a negated pattern ("i'm
# not going to hurt myself") — counts only when the classifier's danger score reaches
# this: the learned detectors know no idioms and are drawn by the words in them.
# Not for CRITICAL categories. Measured with bench/safety_combination_study.py
# (docs/benchmarks.md).
EXPLAINED_DANGER = 0.9
# A lexicon finding outside the CRITICAL categories and abuse/neglect is not flagged when
# both learned detectors rate the message clearly harmless: the classifier's danger under
# LEXICON_VETO_DANGER and DIET's safety intents together under LEXICON_VETO_LEARNED. Such
# findings are mostly a topic named in a lesson, a book or a series ("we studied the slave
# trade", a role play on cyberbullying), which fences chase one family at a time.
# Measured in the 18th session with each check round's lexicons as they were when the
# round was fresh (docs/benchmarks.md): 234 -> 222 of 2,602 harmless flagged, no
# disclosure lost; unread sets 98 -> 90 of 2,125, nothing lost. Abuse/neglect is exempt:
# the classifier rates some mild disclosures of it as harmless (a coach who makes injured
# gymnasts train and shouts that they are fat: danger 0.014), the one disclosure the veto
# lost there.
LEXICON_VETO_EXEMPT: frozenset[Category] = CRITICAL | {Category.ABUSE_NEGLECT}
LEXICON_VETO_DANGER = 0.05
LEXICON_VETO_LEARNED = 0.2
# A message this short ("no", "oui", "ok", "si") is flagged by the lexicons only: it gives
# a learned detector no evidence (the classifier and DIET called a bare "no", an answer
# to a yes/no question, suicide/self-harm), while the short disclosures children type
# ("kms", "kys") are lexicon entries, tested one by one. Counted in letters and digits
# of the normalised text, so longer single words ("hopeless") still reach the models.
MIN_LEARNED_CHARACTERS = 4


@dataclass(frozen=True)
class SafetyFlag:
    """The category to respond to, how severe, and where the decision came from."""

    category: str
    severity: str
    source: str  # "lexicon", "classifier" or "learned" (DIET)
    categories: tuple[str, ...]


def learned_category(ranking: Sequence[dict[str, Any]]) -> tuple[str, float] | None:
    """The safety category the classifier ranks first, with its confidence, if any."""
    for candidate in ranking:
        name = str(candidate.get("name") or "")
        if name == Intent.NLU_FALLBACK:
            continue
        if not name.startswith(Intent.SAFETY_PREFIX):
            return None
        category = name[len(Intent.SAFETY_PREFIX) :]
        if category in Category._value2member_map_:
            return category, float(candidate.get("confidence") or 0.0)
        return None
    return None


def decide(
    triage: Triage,
    ranking: Sequence[dict[str, Any]],
    scores: Scores | None = None,
    *,
    danger_threshold: float = DANGER_THRESHOLD,
) -> SafetyFlag | None:
    """Combines the lexicon's findings with the learned detectors.

    The lexicon wins when it found something (it is tested phrase by phrase and knows
    idioms and negation), unless it found only categories outside
    :data:`LEXICON_VETO_EXEMPT` and both learned detectors rate the message clearly harmless
    (:data:`LEXICON_VETO_DANGER`, :data:`LEXICON_VETO_LEARNED`). Otherwise the dedicated
    safety classifier flags the message when its danger score reaches
    ``danger_threshold``, and DIET when a safety intent is its confident best guess and
    the classifier does not rate the message as clearly harmless
    (:data:`LEARNED_MIN_DANGER`, :data:`LEARNED_MIN_DANGER_OTHER`,
    :data:`LEARNED_SURE_MIN_DANGER`); either
    catches phrasings no pattern covers. Outside the :data:`CRITICAL` categories, a
    learned flag of a category the message speaks of harmlessly (an idiom, a negation)
    needs :data:`EXPLAINED_DANGER`. A learned flag takes its category's default
    severity, and also counts as immediate danger when the classifier gives that a fair
    share (:data:`IMMEDIATE_DANGER_SHARE`) or the message says it is happening now
    (``triage.happening_now``).
    """
    if triage.top is not None:
        if _lexicon_vetoed(triage, ranking, scores):
            return None
        categories = tuple(dict.fromkeys(f.category.value for f in triage.findings))
        return SafetyFlag(
            triage.top.category.value, triage.top.severity.value, "lexicon", categories
        )
    if triage.characters is not None and triage.characters < MIN_LEARNED_CHARACTERS:
        return None
    if scores is not None and scores.danger >= danger_threshold:
        category = Category(scores.category)
        if _explained(category, triage, scores):
            return None
        return _learned_flag(category, "classifier", scores, triage)
    learned = learned_category(ranking)
    if learned is None or learned[1] < LEARNED_THRESHOLD:
        return None
    # An untrained classifier (category "none") has no view: DIET decides alone.
    if Category(learned[0]) not in CRITICAL:
        floor = LEARNED_MIN_DANGER_OTHER
    elif learned[1] >= LEARNED_SURE:
        floor = LEARNED_SURE_MIN_DANGER
    else:
        floor = LEARNED_MIN_DANGER
    if scores is not None and scores.category != NONE and scores.danger < floor:
        return None
    if _explained(Category(learned[0]), triage, scores):
        return None
    return _learned_flag(Category(learned[0]), "learned", scores, triage)


def _lexicon_vetoed(
    triage: Triage, ranking: Sequence[dict[str, Any]], scores: Scores | None
) -> bool:
    """Whether the lexicons' findings are overruled (:data:`LEXICON_VETO_DANGER`): never
    for a category of :data:`LEXICON_VETO_EXEMPT`, an untrained classifier or a message
    too short for the learned detectors (:data:`MIN_LEARNED_CHARACTERS`)."""
    if scores is None or scores.category == NONE or scores.danger >= LEXICON_VETO_DANGER:
        return False
    if triage.characters is not None and triage.characters < MIN_LEARNED_CHARACTERS:
        return False
    if any(f.category in LEXICON_VETO_EXEMPT for f in triage.findings):
        return False
    learned = sum(
        float(c.get("confidence") or 0.0)
        for c in ranking
        if str(c.get("name") or "").startswith(Intent.SAFETY_PREFIX)
    )
    return learned < LEXICON_VETO_LEARNED


def _explained(category: Category, triage: Triage, scores: Scores | None) -> bool:
    """Whether a learned flag of ``category`` is explained away (:data:`EXPLAINED_DANGER`;
    never for a :data:`CRITICAL` category)."""
    if category in CRITICAL or (scores is not None and scores.danger >= EXPLAINED_DANGER):
        return False
    return category in triage.spoken_of_harmlessly()


def _learned_flag(
    category: Category, source: str, scores: Scores | None, triage: Triage
) -> SafetyFlag:
    categories = [category.value]
    likely = scores is not None and scores.immediate_danger >= IMMEDIATE_DANGER_SHARE
    now = triage.happening_now and category not in NOT_ESCALATED
    if likely or now:
        categories.append(Category.IMMEDIATE_DANGER.value)
    return SafetyFlag(
        category.value,
        DEFAULT_SEVERITY[category].value,
        source,
        tuple(dict.fromkeys(categories)),
    )
