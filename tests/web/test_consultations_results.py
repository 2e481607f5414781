"""Results from the database, exports, moderation in exports, and themes."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest

from tests.web.consultations_support import NOW, open_poll, take_part, use_secret
from web.consultations import results, services
from web.consultations.models import Answer
from web.consultations.themes import find_themes, themes_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


def by_option(block: dict) -> dict[str, int | None]:
    return {row["option"]: row["count"] for row in block["counts"]}


def question(data: dict, key: str) -> dict:
    return next(q for q in data["questions"] if q["id"] == key)


def test_counts_and_percentages_from_complete_responses_only():
    poll = open_poll()
    plan = {"GB": {"red": 8, "blue": 7, "green": 5}, "FR": {"red": 5, "blue": 6, "green": 5}}
    for country, colours in plan.items():
        for colour, count in colours.items():
            for i in range(count):
                answers = {"colour": colour, "likes_school": "yes"}
                if country == "GB" and colour == "red":
                    answers["hours"] = i
                take_part(poll, f"{country}{colour}{i}", answers, country=country)
    # Not sent: never counted.
    take_part(poll, "unsent", {"colour": "green", "likes_school": "no"}, complete=False)
    data = results.compute_results(poll, now=NOW)
    assert data["respondents"] == 36
    colour = question(data, "colour")
    assert colour["overall"]["n"] == 36
    assert by_option(colour["overall"]) == {"red": 13, "blue": 13, "green": 10}
    rows = {row["option"]: row for row in colour["overall"]["counts"]}
    assert rows["green"]["percent"] == round(100 * 10 / 36, 1)
    countries = {g["group"]: g for g in colour["by"]["country"]}
    assert countries["GB"]["n"] == 20 and by_option(countries["GB"]) == plan["GB"]
    assert countries["FR"]["n"] == 16 and by_option(countries["FR"]) == plan["FR"]
    assert [g["group"] for g in colour["by"]["age_band"]] == ["13-15"]
    assert data["final"] is False
    hours = question(data, "hours")
    assert hours["overall"]["n"] == 8 and hours["overall"]["median"] == 3.5
    assert (hours["overall"]["q1"], hours["overall"]["q3"]) == (1.75, 5.25)


def test_a_zero_is_hidden_and_so_is_its_complement():
    poll = open_poll()
    for i in range(6):
        take_part(poll, f"r{i}", {"colour": "red", "likes_school": "yes"})
    for i in range(11):
        take_part(poll, f"b{i}", {"colour": "blue", "likes_school": "yes"})
    colour = question(results.compute_results(poll, now=NOW), "colour")
    # Nobody chose green (0 < k); red alone would be 17 - 11 - 0, so it is hidden too.
    assert by_option(colour["overall"]) == {"red": None, "blue": 11, "green": None}


def test_results_hide_every_small_group_in_every_dimension():
    poll = open_poll()
    for i in range(12):
        take_part(poll, f"a{i}", {"colour": "red", "likes_school": "yes"}, age_band="13-15")
    for i in range(2):
        take_part(
            poll,
            f"b{i}",
            {"colour": "red", "likes_school": "no", "why_not": "friends"},
            age_band="8-12",
            language="fr",
        )
    data = results.compute_results(poll, now=NOW)
    for q in data["questions"]:
        for dim, groups in q["by"].items():
            for group in groups:
                if group["group"] in ("8-12", "fr"):
                    assert group["n"] is None, (q["id"], dim)
        blocks = [q["overall"], *(g for groups in q["by"].values() for g in groups)]
        for block in blocks:
            assert block["n"] is None or block["n"] >= 5
            for row in block.get("counts", []):
                assert row["count"] is None or row["count"] >= 5
    # why_not was answered by 2 children: hidden overall.
    assert question(data, "why_not")["overall"]["n"] is None


def test_k_can_be_raised_but_not_lowered(settings):
    poll = open_poll()
    for i in range(7):
        take_part(poll, f"c{i}", {"colour": "red", "likes_school": "yes"})
    assert results.compute_results(poll, now=NOW)["respondents"] == 7
    assert results.compute_results(poll, k=8, now=NOW)["respondents"] is None
    with pytest.raises(ValueError, match="can only be raised"):
        results.compute_results(poll, k=4, now=NOW)
    settings.HEARME_MIN_GROUP_SIZE = 10
    assert results.compute_results(poll, now=NOW)["min_group_size"] == 10


def make_texts(poll, states: dict[str, str]) -> None:
    for i, (text, state) in enumerate(states.items()):
        child = take_part(poll, f"t{i}", {"colour": "red", "likes_school": "yes", "idea": text})
        if state != "pending":
            answer = Answer.objects.get(response__participant=child, question__key="idea")
            services.moderate(answer.pk, state, now=NOW, category="bullying")


def test_only_approved_text_is_exported():
    poll = open_poll()
    make_texts(
        poll,
        {
            "APPROVED more trees in the playground": "approved",
            "PENDING longer breaks": "pending",
            "REJECTED my teacher mr smith is mean": "rejected",
            "FLAGGED something worrying": "flagged",
            "APPROVED a quiet room": "approved",
        },
    )
    services.close_consultation(poll, now=NOW)
    data = results.export_data(poll, now=NOW)
    as_json = results.to_json(data)
    as_csv = results.to_csv(data)
    for exported in (as_json, as_csv):
        assert "APPROVED more trees in the playground" in exported
        assert "APPROVED a quiet room" in exported
        for word in ("PENDING", "REJECTED", "FLAGGED", "smith"):
            assert word not in exported
    idea = question(json.loads(as_json), "idea")
    assert idea["approved_texts"] == [
        "APPROVED a quiet room",
        "APPROVED more trees in the playground",
    ]
    assert idea["themes"] == []  # 2 texts: too few for themes
    # Plain results carry no text at all.
    assert "APPROVED" not in results.to_json(results.compute_results(poll, now=NOW))


def test_csv_export_marks_hidden_numbers():
    poll = open_poll()
    for i in range(6):
        take_part(poll, f"c{i}", {"colour": "red", "likes_school": "yes"})
    take_part(poll, "x", {"colour": "blue", "likes_school": "yes"}, country="FR")
    data = results.export_data(poll, now=NOW, with_themes=False)
    rows = list(csv.DictReader(io.StringIO(results.to_csv(data))))
    assert rows[0]["dimension"] == "overall" and rows[0]["n"] == "7"
    blue = next(
        r
        for r in rows
        if r["question"] == "colour" and r["dimension"] == "overall" and r["option"] == "blue"
    )
    assert blue["count"] == "suppressed" and blue["percent"] == "suppressed"
    fr = [r for r in rows if r["dimension"] == "country" and r["group"] == "FR"]
    assert fr and all(r["n"] == "suppressed" for r in fr)
    assert all(r["count"] != "1" for r in rows)


def test_moderation_counts_for_staff():
    poll = open_poll()
    make_texts(poll, {"one": "approved", "two": "pending", "three": "flagged"})
    assert results.moderation_counts(poll) == {
        "idea": {"pending": 1, "approved": 1, "rejected": 0, "flagged": 1}
    }


# ------------------------------------------------------------------------------- themes

TOPICS = {
    "playground": ["playground", "trees", "benches", "shade", "grass"],
    "food": ["lunch", "food", "canteen", "healthy", "vegetables"],
    "bullying": ["bullying", "safe", "teachers", "listen", "report"],
}


def theme_texts(seed: int = 1, per_topic: int = 12) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for words in TOPICS.values():
        for i in range(per_topic):
            picked = rng.sample(words, 3)
            texts.append(f"I would like {picked[0]} and {picked[1]} with more {picked[2]} {i}")
    return texts


def test_themes_are_found_and_deterministic():
    texts = theme_texts()
    first = themes_for(texts, language="en", k=5)
    assert first == themes_for(list(reversed(texts)), language="en", k=5)
    shuffled = texts[:]
    random.Random(7).shuffle(shuffled)
    assert first == themes_for(shuffled, language="en", k=5)
    assert 2 <= len(first) <= 5
    for theme in first:
        assert theme.size >= 5 and 1 <= len(theme.quotes) <= 3
        assert set(theme.quotes) <= set(texts)
        assert theme.terms
    # Each topic's words lead one theme.
    leading = {theme.terms[0].split()[0] for theme in first}
    assert any(leading & set(words) for words in TOPICS.values())
    topics_found = {
        name for name, words in TOPICS.items() for t in first if t.terms[0].split()[0] in words
    }
    assert len(topics_found) >= 2


def test_too_few_texts_give_no_themes():
    assert themes_for(theme_texts(per_topic=3)[:19], language="en", k=5) == []
    assert themes_for([], language="en", k=5) == []


def test_themes_never_mix_languages():
    items = [{"language": "en", "text": t} for t in theme_texts()]
    items += [{"language": "fr", "text": "la cantine est bonne"} for _ in range(3)]
    themes = find_themes(items, k=5)
    assert themes and {t.language for t in themes} == {"en"}
    assert all("cantine" not in " ".join(t.quotes) for t in themes)


def test_export_includes_themes_of_approved_texts_only():
    poll = open_poll()
    texts = theme_texts(per_topic=7)
    make_texts(
        poll, {t: "approved" for t in texts} | {"secret pending playground trees": "pending"}
    )
    services.close_consultation(poll, now=NOW)
    idea = question(results.export_data(poll, now=NOW), "idea")
    assert idea["themes"], "21 approved texts make themes"
    quotes = {q for theme in idea["themes"] for q in theme["quotes"]}
    assert quotes <= set(texts)


# ------------------------------------------------------------------------------ setting


@pytest.mark.parametrize(
    "raw, expected", [(None, 5), ("", 5), ("3", 3), ("10", 10), ("2", None), ("five", None)]
)
def test_min_group_size_setting(tmp_path, raw, expected):
    from django.core.exceptions import ImproperlyConfigured

    from web.hearme_web.config import load_config

    environ = {} if raw is None else {"HEARME_MIN_GROUP_SIZE": raw}
    if expected is None:
        with pytest.raises(ImproperlyConfigured, match="HEARME_MIN_GROUP_SIZE"):
            load_config(environ, tmp_path)
    else:
        assert load_config(environ, tmp_path).min_group_size == expected


def test_csv_export_never_hands_a_spreadsheet_a_formula():
    poll = open_poll()
    make_texts(
        poll,
        {
            "=SUM(A1:A9)*2 more games": "approved",
            "+1 more swings": "approved",
            "-5 points for homework lol": "approved",
            "a normal idea": "approved",
        },
    )
    services.close_consultation(poll, now=NOW)
    rows = list(csv.reader(io.StringIO(results.to_csv(results.export_data(poll, now=NOW)))))
    texts = [row[-1] for row in rows if len(row) > 2 and row[2] == "approved_text"]
    assert sorted(texts) == sorted(
        [
            "'=SUM(A1:A9)*2 more games",
            "'+1 more swings",
            "'-5 points for homework lol",
            "a normal idea",
        ]
    )
    # JSON is data, not a spreadsheet: the text stays as the child wrote it.
    assert '"=SUM(A1:A9)*2 more games"' in results.to_json(results.export_data(poll, now=NOW))
