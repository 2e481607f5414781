from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.context import ActionResolveContext
from tests.actions.conftest import make_tracker


def run(tracker):
    dispatcher = CollectingDispatcher()
    events = ActionResolveContext().run(dispatcher, tracker, {})
    assert dispatcher.messages == []  # a slot mapping never speaks
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_metadata_sets_language_and_country():
    assert run(make_tracker("hello", metadata={"language": "fr-FR", "country": "fr"})) == {
        "language": "fr",
        "language_source": "metadata",
        "country": "FR",
    }


def test_invalid_metadata_is_ignored_and_text_decides():
    slots = run(make_tracker("hola", metadata={"language": "klingon", "country": "Narnia"}))
    assert slots == {"language": "es", "language_source": "detected"}


def test_explicit_request_wins_over_metadata():
    tracker = make_tracker(
        "en español por favor",
        intent="choose_language",
        entities=[{"entity": "language", "value": "es"}],
        metadata={"language": "en"},
        slots={"language": "en", "language_source": "metadata"},
    )
    assert run(tracker) == {"language": "es", "language_source": "chosen"}


def test_button_payload_entity_is_used_even_without_words():
    tracker = make_tracker(
        '/choose_language{"language": "fr"}',
        intent="choose_language",
        entities=[{"entity": "language", "value": "fr"}],
    )
    assert run(tracker) == {"language": "fr", "language_source": "chosen"}


def test_naming_a_language_outside_choose_language_is_not_a_request():
    tracker = make_tracker(
        "I learn french at school", intent="out_of_scope", slots={"language_source": "metadata"}
    )
    assert run(tracker) == {}


def test_chosen_language_sticks_against_metadata():
    tracker = make_tracker(
        "what are my rights",
        intent="menu_rights",
        metadata={"language": "en"},
        slots={"language": "fr", "language_source": "chosen"},
    )
    assert run(tracker) == {}


def test_unchanged_values_produce_no_events():
    tracker = make_tracker(
        "hi",
        metadata={"language": "en", "country": "GB"},
        slots={"language": "en", "language_source": "metadata", "country": "GB"},
    )
    assert run(tracker) == {}


def test_country_named_after_the_safety_question_is_kept():
    tracker = make_tracker(
        "je suis en france",
        intent="nlu_fallback",
        slots={"language": "fr", "language_source": "metadata"},
    )
    tracker.events = [
        {"event": "user", "text": "mon pere me frappe", "parse_data": {}},
        {"event": "action", "name": "action_safety_response"},
        {"event": "bot", "text": "…"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "je suis en france", "parse_data": {}},
    ]
    assert run(tracker) == {"country": "FR"}


def test_country_words_are_not_read_when_nobody_asked():
    tracker = make_tracker(
        "i love france",
        intent="out_of_scope",
        slots={"language": "en", "language_source": "metadata"},
    )
    assert run(tracker) == {}


def test_a_stated_age_sets_the_age_band():
    assert run(
        make_tracker("hi, I'm 14 and I have a question", slots={"language_source": "metadata"})
    ) == {"age_band": "13-15"}


def test_metadata_age_band_wins_and_a_known_band_is_not_set_again():
    tracker = make_tracker(
        "j'ai 9 ans",
        metadata={"age_band": "13-15", "language": "fr"},
        slots={"language": "fr", "language_source": "metadata", "age_band": "13-15"},
    )
    assert run(tracker) == {}


def test_button_payloads_never_set_an_age():
    tracker = make_tracker(
        '/rights_show{"right": "crc-14", "view": "answer"}', intent="rights_show"
    )
    assert "age_band" not in run(tracker)


def test_the_language_named_in_the_text_wins_over_a_misread_entity():
    # DIET once tagged the French preposition "en" of "en français stp" as English.
    tracker = make_tracker(
        "en français stp",
        intent="choose_language",
        entities=[{"entity": "language", "value": "en"}, {"entity": "language", "value": "fr"}],
        slots={"language": "en", "language_source": "metadata"},
    )
    assert run(tracker) == {"language": "fr", "language_source": "chosen"}
