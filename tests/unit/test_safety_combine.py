from __future__ import annotations

from bot.safety.classifier import Scores
from bot.safety.combine import decide, learned_category
from bot.safety.triage import triage


def ranking(*pairs):
    return [{"name": n, "confidence": c} for n, c in pairs]


def test_lexicon_finding_wins_over_the_classifier():
    flag = decide(triage("i want to kill myself"), ranking(("greet", 0.9)))
    assert flag is not None
    assert (flag.category, flag.source) == ("suicide_self_harm", "lexicon")


def test_confident_learned_intent_flags_what_no_pattern_covers():
    flag = decide(triage("blah blah"), ranking(("safety_bullying", 0.8), ("greet", 0.1)))
    assert flag is not None
    assert (flag.category, flag.severity, flag.source) == ("bullying", "medium", "learned")


def test_weak_or_absent_learned_intent_does_not_flag():
    assert decide(triage("blah blah"), ranking(("safety_bullying", 0.3))) is None
    assert decide(triage("blah blah"), ranking(("greet", 0.99), ("safety_bullying", 0.6))) is None


def test_fallback_entry_is_skipped_when_reading_the_ranking():
    assert learned_category(ranking(("nlu_fallback", 0.5), ("safety_trafficking", 0.45))) == (
        "trafficking",
        0.45,
    )
    assert learned_category(ranking(("safety_unknown_thing", 0.9))) is None


def test_idiom_is_not_flagged_by_the_lexicon():
    assert decide(triage("this homework is killing me"), ranking(("banter", 0.9))) is None


def test_classifier_flags_what_no_pattern_covers():
    scores = Scores(danger=0.8, category="abuse_neglect", confidence=0.7)
    flag = decide(triage("blah blah"), ranking(("greet", 0.9)), scores)
    assert flag is not None
    assert (flag.category, flag.severity, flag.source) == ("abuse_neglect", "high", "classifier")


def test_classifier_below_threshold_leaves_the_decision_to_diet():
    low = Scores(danger=0.55, category="bullying", confidence=0.9)
    assert decide(triage("blah blah"), ranking(("greet", 0.9)), low, danger_threshold=0.6) is None
    assert decide(triage("blah blah"), ranking(("greet", 0.9)), low, danger_threshold=0.5)
    flag = decide(triage("blah blah"), ranking(("safety_bullying", 0.8)), low, danger_threshold=0.6)
    assert flag is not None and flag.source == "learned"
    # DIET less sure than LEARNED_THRESHOLD (0.8) does not flag on its own.
    assert (
        decide(triage("blah blah"), ranking(("safety_bullying", 0.75)), low, danger_threshold=0.6)
        is None
    )


def test_lexicon_still_wins_over_the_classifier():
    scores = Scores(danger=0.99, category="bullying", confidence=0.99)
    flag = decide(triage("i want to kill myself"), ranking(("greet", 0.9)), scores)
    assert flag is not None and (flag.category, flag.source) == ("suicide_self_harm", "lexicon")


def test_a_learned_flag_keeps_the_emergency_in_view():
    # "my friend just took all her pills": suicide leads, but an emergency is likely.
    scores = Scores(danger=0.9, category="suicide_self_harm", confidence=0.6, immediate_danger=0.3)
    flag = decide(triage("blah blah"), ranking(("greet", 0.9)), scores)
    assert flag is not None
    assert flag.category == "suicide_self_harm"
    assert flag.categories == ("suicide_self_harm", "immediate_danger")
    calm = Scores(danger=0.9, category="bullying", confidence=0.9, immediate_danger=0.05)
    flag = decide(triage("blah blah"), ranking(("greet", 0.9)), calm)
    assert flag is not None and flag.categories == ("bullying",)
    # DIET's flag (the classifier below its own threshold, above LEARNED_MIN_DANGER)
    # gets the same check from the classifier's scores.
    low = Scores(danger=0.55, category="abuse_neglect", confidence=0.5, immediate_danger=0.5)
    flag = decide(
        triage("blah blah"), ranking(("safety_abuse_neglect", 0.9)), low, danger_threshold=0.6
    )
    assert flag is not None and flag.categories == ("abuse_neglect", "immediate_danger")


def test_a_learned_flag_happening_now_is_also_immediate_danger():
    scores = Scores(danger=0.9, category="abuse_neglect", confidence=0.8, immediate_danger=0.0)
    text = "zzz right now"
    assert triage(text).happening_now and triage(text).is_safe
    flag = decide(triage(text), ranking(("greet", 0.9)), scores)
    assert flag is not None and flag.categories == ("abuse_neglect", "immediate_danger")
    bullying = Scores(danger=0.9, category="bullying", confidence=0.8, immediate_danger=0.0)
    flag = decide(triage(text), ranking(("greet", 0.9)), bullying)
    assert flag is not None and flag.categories == ("bullying",)


def test_diet_alone_needs_the_classifier_not_to_rule_the_message_out():
    # DIET is sure, the safety classifier says the message is plainly harmless.
    harmless = Scores(danger=0.05, category="bullying", confidence=0.6)
    assert decide(triage("blah blah"), ranking(("safety_sexual_abuse", 0.99)), harmless) is None
    # Some doubt from the classifier is enough for DIET's flag to stand.
    unsure = Scores(danger=0.55, category="suicide_self_harm", confidence=0.6)
    flag = decide(
        triage("blah blah"),
        ranking(("safety_suicide_self_harm", 0.99)),
        unsure,
        danger_threshold=0.6,
    )
    assert flag is not None and (flag.category, flag.source) == ("suicide_self_harm", "learned")
    # Without a trained classifier (every score 0, category "none") DIET decides alone,
    # and so it does when there are no scores at all.
    untrained = Scores(danger=0.0, category="none", confidence=0.0)
    assert decide(triage("blah blah"), ranking(("safety_bullying", 0.8)), untrained) is not None
    assert decide(triage("blah blah"), ranking(("safety_bullying", 0.8)), None) is not None
    # The floor never touches the lexicon.
    flag = decide(triage("i want to kill myself"), ranking(("greet", 0.9)), harmless)
    assert flag is not None and flag.source == "lexicon"


def test_diet_alone_needs_the_classifier_at_the_floor_of_its_category():
    from bot.safety.combine import LEARNED_MIN_DANGER, LEARNED_MIN_DANGER_OTHER

    assert LEARNED_MIN_DANGER < LEARNED_MIN_DANGER_OTHER
    for category, floor in (
        ("bullying", LEARNED_MIN_DANGER_OTHER),
        ("suicide_self_harm", LEARNED_MIN_DANGER),
    ):
        below = Scores(danger=floor - 0.01, category=category, confidence=0.6)
        at = Scores(danger=floor, category=category, confidence=0.6)
        diet = ranking((f"safety_{category}", 0.95))
        assert decide(triage("blah blah"), diet, below, danger_threshold=0.6) is None
        flag = decide(triage("blah blah"), diet, at, danger_threshold=0.6)
        assert flag is not None and (flag.category, flag.source) == (category, "learned")


def test_diet_all_but_certain_of_a_critical_disclosure_needs_a_clearly_harmless_score_to_fall():
    from bot.safety.combine import (
        LEARNED_MIN_DANGER,
        LEARNED_MIN_DANGER_OTHER,
        LEARNED_SURE,
        LEARNED_SURE_MIN_DANGER,
    )

    assert LEARNED_SURE_MIN_DANGER < LEARNED_MIN_DANGER
    between = Scores(
        danger=LEARNED_SURE_MIN_DANGER + 0.02, category="suicide_self_harm", confidence=0.6
    )
    clearly_harmless = Scores(
        danger=LEARNED_SURE_MIN_DANGER - 0.01, category="suicide_self_harm", confidence=0.6
    )
    sure = ranking(("safety_suicide_self_harm", LEARNED_SURE))
    flag = decide(triage("blah blah"), sure, between)
    assert flag is not None and (flag.category, flag.source) == ("suicide_self_harm", "learned")
    assert decide(triage("blah blah"), sure, clearly_harmless) is None
    # Just under "sure", the usual floor holds.
    assert decide(triage("blah blah"), ranking(("safety_suicide_self_harm", 0.98)), between) is None
    # Outside the critical categories DIET's certainty changes nothing.
    # (A threshold above the floor, so that the classifier does not flag it by itself.)
    other = Scores(danger=LEARNED_MIN_DANGER_OTHER - 0.01, category="bullying", confidence=0.6)
    diet_sure = ranking(("safety_bullying", 1.0))
    assert decide(triage("blah blah"), diet_sure, other, danger_threshold=0.6) is None


def test_a_learned_flag_of_what_an_idiom_explains_needs_a_near_certain_classifier():
    from bot.safety.combine import EXPLAINED_DANGER

    idiom = triage("this homework is killing me")
    assert idiom.is_safe and "bullying" in {c.value for c in idiom.spoken_of_harmlessly()}
    unsure = Scores(danger=EXPLAINED_DANGER - 0.05, category="bullying", confidence=0.8)
    sure = Scores(danger=EXPLAINED_DANGER, category="bullying", confidence=0.8)
    assert decide(idiom, ranking(("greet", 0.9)), unsure) is None
    assert decide(idiom, ranking(("safety_bullying", 0.99)), unsure) is None
    flag = decide(idiom, ranking(("greet", 0.9)), sure)
    assert flag is not None and flag.source == "classifier"
    # The same scores on a message without an idiom flag it.
    assert decide(triage("blah blah"), ranking(("greet", 0.9)), unsure) is not None
    # A negated pattern explains its own category only.
    negated = triage("nobody bullies me at school")
    assert {c.value for c in negated.spoken_of_harmlessly()} == {"bullying"}
    assert decide(negated, ranking(("greet", 0.9)), unsure) is None
    labour = Scores(danger=EXPLAINED_DANGER - 0.05, category="child_labour", confidence=0.8)
    assert decide(negated, ranking(("greet", 0.9)), labour) is not None


def test_critical_categories_are_never_explained_away():
    from bot.safety.combine import CRITICAL, EXPLAINED_DANGER

    idiom = triage("this homework is killing me")
    for category in CRITICAL:
        assert category in idiom.spoken_of_harmlessly()
        unsure = Scores(danger=EXPLAINED_DANGER - 0.2, category=category.value, confidence=0.8)
        flag = decide(idiom, ranking(("greet", 0.9)), unsure, danger_threshold=0.6)
        assert flag is not None and flag.category == category.value
    negated = triage("im not going to hurt myself")
    unsure = Scores(danger=0.65, category="suicide_self_harm", confidence=0.8)
    assert decide(negated, ranking(("greet", 0.9)), unsure, danger_threshold=0.6) is not None


def test_a_message_that_discloses_beside_an_idiom_is_still_found_by_the_lexicon():
    flag = decide(
        triage("lol this homework is killing me, also i want to kill myself"),
        ranking(("banter", 0.99)),
        Scores(danger=0.1, category="none", confidence=0.0),
    )
    assert flag is not None and flag.source == "lexicon"


def test_a_message_of_a_few_letters_is_for_the_lexicons_only():
    sure = Scores(danger=0.99, category="suicide_self_harm", confidence=0.99)
    for text in ("no", "non", "si", "ok", "Yes!", "👍"):
        assert decide(triage(text), ranking(("safety_suicide_self_harm", 0.99)), sure) is None
    # Short disclosures are lexicon entries and still flagged.
    for text in ("kms", "kys", "killmyself"):
        flag = decide(triage(text, "en"), ranking(("greet", 0.9)))
        assert flag is not None and flag.source == "lexicon", text
    # From four letters on the learned detectors read the message again.
    flag = decide(triage("hopeless"), ranking(("greet", 0.9)), sure)
    assert flag is not None and flag.source == "classifier"


def test_a_non_critical_lexicon_finding_falls_when_both_learned_detectors_rule_it_out():
    text = "they bully me every day at school"
    harmless = Scores(danger=0.01, category="bullying", confidence=0.5)
    # Both learned detectors rate it clearly harmless: the finding is overruled.
    assert decide(triage(text, "en"), ranking(("greet", 0.9)), harmless) is None
    # Either one seeing something keeps it.
    some = Scores(danger=0.05, category="bullying", confidence=0.5)
    flag = decide(triage(text, "en"), ranking(("greet", 0.9)), some)
    assert flag is not None and (flag.category, flag.source) == ("bullying", "lexicon")
    diet = ranking(("greet", 0.7), ("safety_bullying", 0.15), ("safety_abuse_neglect", 0.05))
    flag = decide(triage(text, "en"), diet, harmless)
    assert flag is not None and flag.source == "lexicon"
    # No classifier view (none, or untrained): the lexicons decide alone.
    assert decide(triage(text, "en"), ranking(("greet", 0.9))) is not None
    untrained = Scores(danger=0.0, category="none", confidence=0.0)
    assert decide(triage(text, "en"), ranking(("greet", 0.9)), untrained) is not None


def test_a_critical_or_abuse_lexicon_finding_is_never_overruled():
    harmless = Scores(danger=0.0, category="bullying", confidence=0.5)
    flag = decide(triage("my dad hits me", "en"), ranking(("greet", 0.99)), harmless)
    assert flag is not None and flag.category == "abuse_neglect"
    for text in ("i want to kill myself", "they bully me every day and i want to kill myself"):
        flag = decide(triage(text, "en"), ranking(("greet", 0.99)), harmless)
        assert flag is not None and flag.category == "suicide_self_harm", text
