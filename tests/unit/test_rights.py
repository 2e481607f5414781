"""The rights knowledge base loader and retrieval, on small files written here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from bot import semantic
from bot.rights import (
    ALL_IDS,
    GROUP,
    RightsDataError,
    RightsIndex,
    article_asked,
    expected_articles,
    load_rights,
)

TOPICS = {
    "crc-16": ("Privacy", ["privacy", "diary", "messages", "phone"]),
    "crc-28": ("School", ["school", "education", "teacher", "learn"]),
    "crc-31": ("Play", ["play", "games", "rest", "free time"]),
}


def entry(entry_id: str, language: str) -> dict:
    title, keywords = TOPICS.get(entry_id, (f"Right {entry_id}", [f"kw{entry_id}", "zz", "yy"]))
    return {
        "id": entry_id,
        "articles": list(expected_articles(entry_id)),
        "title": f"{title} ({language})",
        "younger": f"You have this right, {title.lower()}. Simple words for {language}.",
        "older": f"A longer text about {title.lower()} for teenagers, in {language}.",
        "examples": [f"A first everyday example, in {language}.", "A second one."],
        "keywords": keywords,
        "related": ["crc-1"] if entry_id != "crc-1" else ["crc-2"],
    }


def write(folder: Path, overrides: dict[str, list[dict]] | None = None) -> Path:
    """One file per language with every entry, or ``overrides`` per language."""
    for language in ("en", "fr", "es"):
        entries = (overrides or {}).get(language) or [entry(i, language) for i in ALL_IDS]
        text = yaml.safe_dump({"language": language, "entries": entries}, allow_unicode=True)
        (folder / f"crc.{language}.a.yml").write_text(text, encoding="utf-8")
    return folder


def test_loads_every_entry_in_every_language(tmp_path):
    rights = load_rights(write(tmp_path))
    assert [r.id for r in rights] == list(ALL_IDS)
    privacy = rights[ALL_IDS.index("crc-16")]
    assert privacy.articles == (16,)
    assert privacy.text("fr").title == "Privacy (fr)"
    assert privacy.text("de").title == "Privacy (en)"  # unsupported: the default language
    assert "diary" in privacy.text("es").keywords
    group = rights[ALL_IDS.index(GROUP)]
    assert group.articles == tuple(range(43, 55))
    assert rights[ALL_IDS.index("opac")].articles == ()


def test_reading_level_picks_the_text(tmp_path):
    right = load_rights(write(tmp_path))[0]
    assert right.text("en").level("older").startswith("A longer text")
    assert right.text("en").level("younger").startswith("You have")


def problems_of(folder: Path) -> str:
    with pytest.raises(RightsDataError) as info:
        load_rights(folder)
    return str(info.value)


def test_missing_entry_in_a_language_is_reported(tmp_path):
    entries = [entry(i, "fr") for i in ALL_IDS if i != "crc-7"]
    message = problems_of(write(tmp_path, {"fr": entries}))
    assert "missing in fr: crc-7" in message


def test_dangling_related_and_wrong_articles_are_reported_with_line_and_field(tmp_path):
    entries = [entry(i, "es") for i in ALL_IDS]
    entries[4]["related"] = ["crc-99"]
    entries[5]["articles"] = [7]
    entries[6]["unknown"] = "x"
    message = problems_of(write(tmp_path, {"es": entries}))
    assert "crc.es.a.yml" in message
    assert "entries[4].related[0]: 'crc-99' is not an entry" in message
    assert "entries[5].articles: [7] does not match crc-6" in message
    assert "entries[6].unknown: unknown field" in message


def test_related_to_itself_is_reported(tmp_path):
    entries = [entry(i, "en") for i in ALL_IDS]
    entries[1]["related"] = ["crc-2"]
    assert "entries[1].related: an entry is not related to itself" in problems_of(
        write(tmp_path, {"en": entries})
    )


def test_an_entry_twice_is_reported_with_both_places(tmp_path):
    write(tmp_path)
    again = yaml.safe_dump({"language": "en", "entries": [entry("crc-3", "en")]})
    (tmp_path / "crc.en.b.yml").write_text(again, encoding="utf-8")
    message = problems_of(tmp_path)
    assert "crc.en.b.yml:" in message and "crc-3: duplicate (also in crc.en.a.yml:" in message


def test_bad_yaml_names_the_file(tmp_path):
    write(tmp_path)
    (tmp_path / "crc.fr.a.yml").write_text("entries: [unclosed", encoding="utf-8")
    assert "crc.fr.a.yml" in problems_of(tmp_path)


def test_examples_are_loaded_per_language(tmp_path):
    privacy = load_rights(write(tmp_path))[ALL_IDS.index("crc-16")]
    assert privacy.text("fr").examples == ("A first everyday example, in fr.", "A second one.")
    assert privacy.text("es").examples[0].endswith("in es.")


def test_bad_examples_are_reported_with_file_line_and_field(tmp_path):
    entries = [entry(i, "fr") for i in ALL_IDS]
    entries[1]["examples"] = []
    entries[2]["examples"] = ["Short enough.", "x" * 161]
    entries[3]["examples"] = ["One.", "Two.", "Three.", "Four."]
    entries[4]["examples"] = ["Only one."]
    entries[5]["examples"] = "not a list"
    del entries[6]["examples"]
    message = problems_of(write(tmp_path, {"fr": entries}))
    lines = (tmp_path / "crc.fr.a.yml").read_text(encoding="utf-8").splitlines()
    empty_line = next(n for n, line in enumerate(lines, 1) if "examples: []" in line)
    assert f"crc.fr.a.yml:{empty_line}: entries[1].examples: must not be empty" in message
    assert "entries[2].examples[1]: is 161 characters, at most 160 allowed" in message
    assert "entries[3].examples: has 4 items, expected 2 to 3" in message
    assert "entries[4].examples: has 1 items, expected 2 to 3" in message
    assert "entries[5].examples: expected a list" in message
    assert "entries[6].examples: missing required field" in message


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can my parents read my diary and messages?", "crc-16"),
        ("do i have to go to school", "crc-28"),
        ("i want more free time to play games", "crc-31"),
    ],
)
def test_search_ranks_the_entry_the_question_is_about(tmp_path, question, expected):
    index = RightsIndex(load_rights(write(tmp_path)))
    best = index.search(question)
    assert best[0].right.id == expected
    assert best[0].score > best[1].score >= 0.0


def test_extra_texts_teach_the_index(tmp_path):
    index = RightsIndex(load_rights(write(tmp_path)), {"crc-31": ["skateboarding at the park"]})
    assert index.search("skateboarding")[0].right.id == "crc-31"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what does article 12 say", "crc-12"),
        ("c'est quoi l'article 31 ?", "crc-31"),
        ("que dice el artículo 19", "crc-19"),
        ("article 45", GROUP),
        ("article 60", None),
        ("my rights at school", None),
    ],
)
def test_an_article_named_in_the_question(question, entry_id):
    assert article_asked(question) == entry_id


def test_confidence_needs_a_clear_and_strong_best_match(tmp_path):
    from bot.rights import CONFIDENT_MARGIN, CONFIDENT_SCORE, Match, is_confident

    right = load_rights(write(tmp_path))[0]
    strong = CONFIDENT_SCORE + 0.05
    clear = strong - CONFIDENT_MARGIN - 0.01
    assert is_confident([Match(right, strong), Match(right, clear)])
    assert is_confident([Match(right, strong)])
    assert not is_confident([Match(right, CONFIDENT_SCORE - 0.01)])
    assert not is_confident([Match(right, strong), Match(right, clear + 0.02)])
    assert not is_confident([])


def test_scores_are_shares_of_the_confidence_and_order_the_search(tmp_path):
    index = RightsIndex(load_rights(write(tmp_path)))
    scores = index.scores("can my parents read my diary")
    assert len(scores) == len(ALL_IDS)
    assert (scores >= 0).all() and scores.sum() <= 1 + 1e-9
    best = index.search("can my parents read my diary", top=len(ALL_IDS))
    assert [m.score for m in best] == sorted(scores, reverse=True)
    assert best[0].right.id == "crc-16" and best[0].score == scores.max()


def test_the_index_is_the_same_every_time_it_is_built(tmp_path):
    rights = load_rights(write(tmp_path))
    first, second = RightsIndex(rights), RightsIndex(rights)
    question = "i want more free time to play"
    assert first.scores(question).tolist() == second.scores(question).tolist()


def test_typos_and_text_speak_still_find_the_entry(tmp_path):
    index = RightsIndex(load_rights(write(tmp_path)))
    assert index.search("can ppl read my diarys n mesages")[0].right.id == "crc-16"
    assert index.search("skool and techer")[0].right.id == "crc-28"


def test_the_first_entry_an_faq_question_lists_is_its_answer(tmp_path):
    from bot.rights import FaqQuestion

    question = FaqQuestion(
        "skate",
        ("crc-31", "crc-28"),
        {
            "en": ("can i go skateboarding after school",),
            "fr": ("je peux faire du skate apres l'ecole",),
            "es": ("puedo patinar despues del cole",),
        },
    )
    index = RightsIndex(load_rights(write(tmp_path)), faq=[question])
    found = [m.right.id for m in index.search("skateboarding after school, is that ok?")]
    # "school" alone points to crc-28; the question's first entry wins, the next follows.
    assert found[:2] == ["crc-31", "crc-28"]


def test_small_talk_gets_no_answer_and_no_did_you_mean(tmp_path):
    from bot.rights import CONFIDENT_SCORE, is_confident

    index = RightsIndex(load_rights(write(tmp_path)))
    for message in ("tell me a joke", "hello"):
        assert not is_confident(index.search(message))
        # Every entry gets a small share, well under the share needed to answer.
        assert index.scores(message).max() < CONFIDENT_SCORE / 4
    # In this two-line knowledge base "a joke" is close enough to "play" for a "did
    # you mean"; with the real one it is not (next tests).
    assert index.candidates("hello") == []


def test_candidates_are_the_plausible_entries_best_first(tmp_path):
    from bot.rights import CANDIDATE_SIMILARITY

    index = RightsIndex(load_rights(write(tmp_path)))
    offered = index.candidates("my diary at school", top=3)
    assert {m.right.id for m in offered} == {"crc-16", "crc-28"}
    assert offered[0].score >= offered[1].score
    assert len(index.candidates("my diary at school", top=1)) == 1
    similarity, _ = index._evidence("my diary at school")
    assert all(similarity[ALL_IDS.index(m.right.id)] >= CANDIDATE_SIMILARITY for m in offered)


def test_did_you_mean_puts_a_named_article_first_and_skips_small_talk():
    from bot.rights import candidates

    assert [r.id for r in candidates("que dice el articulo 12 sobre el colegio")][0] == "crc-12"
    assert len(candidates("que dice el articulo 12 sobre el colegio", top=2)) <= 2
    assert candidates("what is the capital of australia") == []
    assert candidates("tell me a joke") == []
    assert "crc-16" in [r.id for r in candidates("can my mum read my diary")]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("can my mum read my diary", "crc-16"),
        ("j'ai le droit d'aller a l'ecole ?", "crc-28"),
        ("tengo derecho a jugar y descansar?", "crc-31"),
        ("mis padres me pegan", "crc-19"),
    ],
)
def test_clear_questions_get_their_right_in_every_language(question, entry_id):
    from bot.rights import find_right

    right = find_right(question)
    assert right is not None and right.id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # Unfair treatment (2), not being listened to (12) or school (28).
        ("why does the coach always pick the boys and never the girls", "crc-2"),
        ("pourquoi le coach prend toujours les garcons et jamais les filles", "crc-2"),
        ("por que el entrenador siempre elige a los chicos y nunca a las chicas", "crc-2"),
        ("nobody bothers to ask kids what they want", "crc-12"),
        # Saying what you think (13), not school (28); getting information (17).
        ("can i start a petition against the new uniform", "crc-13"),
        ("je peux lancer une petition contre le nouvel uniforme", "crc-13"),
        ("puedo hacer una recogida de firmas contra el nuevo uniforme", "crc-13"),
        ("are there age limits on which shows i can watch", "crc-17"),
        # Privacy at home (16), not sexual abuse (34).
        ("my little brother is always in my room touching my things", "crc-16"),
        ("mi primo miro todas las fotos de mi tablet", "crc-16"),
        # Violence by the police (37), not the trial (40).
        ("les policiers ont ete brutaux avec mon frere apres l avoir attrape", "crc-37"),
        ("los policias fueron brutos con mi hermano despues de pillarlo", "crc-37"),
    ],
)
def test_close_entries_are_told_apart(question, entry_id):
    from bot.rights import index

    assert index().search(question)[0].right.id == entry_id


def test_a_parent_who_hits_is_about_violence_not_contact_with_parents():
    from bot.rights import index

    # "my dad" and "allowed" are common in questions about seeing a parent (9).
    best = index().search("my dad hits me, is that allowed?")
    assert best[0].right.id == "crc-19"
    assert best[0].score > 2 * best[1].score


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("can my teacher take my phone", "en"),
        ("kan i vote at 16 lol", "en"),
        ("est-ce que mon prof peut prendre mon portable", "fr"),
        ("j'ai le droit de jouer ?", "fr"),
        ("mi profe me puede quitar el celular", "es"),
        ("¿puedo elegir mi religión?", "es"),
    ],
)
def test_the_index_tells_which_language_a_question_is_in(question, language):
    from bot.rights import index

    assert index().language_of(question) == language


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # Few words in common with the entries' titles and keywords.
        ("the police kept me in a cell with adults all night", "crc-37"),
        ("my boss at the farm makes me carry heavy stuff instead of going to class", "crc-32"),
    ],
)
def test_similarity_in_meaning_finds_the_entry_a_question_is_about(question, entry_id):
    from bot.rights import index

    right_index = index()
    similarity = right_index._meaning.similarity(question)
    assert right_index.rights[int(similarity.argmax())].id == entry_id


def test_similarity_in_meaning_counts_for_english_questions_only(monkeypatch):
    import bot.rights as module

    right_index = module.index()
    english = "the police kept me in a cell with adults all night"
    french = "la police m'a gardé dans une cellule avec des adultes toute la nuit"
    spanish = "la policía me dejó en una celda con adultos toda la noche"
    with_meaning = {q: right_index._evidence(q)[1] for q in (english, french, spanish)}
    monkeypatch.setattr(module, "MEANING_LANGUAGE", "no language")
    assert not np.allclose(with_meaning[english], right_index._evidence(english)[1])
    assert np.allclose(with_meaning[french], right_index._evidence(french)[1])
    assert np.allclose(with_meaning[spanish], right_index._evidence(spanish)[1])


def test_small_talk_keeps_almost_no_confidence_for_any_entry():
    from bot.rights import index

    # With similarity in meaning, the "none of them" share must still win for
    # messages about no right (thresholds: bot/rights.py, CONFIDENT_SCORE).
    # These three come close to entries (home, school, age): with the baseline at 0.5
    # instead of 0.6, "how old are you" would get 23 % for the definition of a child.
    for message in ("i'm bored at home today", "do you like school", "how old are you"):
        assert index().search(message, top=1)[0].score < 0.1


def faq_file(folder: Path, questions: list[dict]) -> Path:
    path = folder / "faq.yml"
    path.write_text(
        yaml.safe_dump({"schema_version": 1, "questions": questions}, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def faq_question(qid: str = "phone", rights: list[str] | None = None) -> dict:
    return {
        "id": qid,
        "rights": rights or ["crc-16"],
        "en": ["can my parents read my phone"],
        "fr": ["mes parents peuvent lire mon portable ?"],
        "es": ["mis padres pueden leer mi celular?"],
    }


def test_faq_loads_and_teaches_the_index(tmp_path):
    from bot.rights import faq_texts, load_faq

    skate = {
        "id": "skate",
        "rights": ["crc-31"],
        "en": ["can i go skateboarding after school"],
        "fr": ["j'ai le droit de faire du skate apres l'ecole ?"],
        "es": ["puedo ir a patinar despues del cole?"],
    }
    faq = load_faq(faq_file(tmp_path, [faq_question(), skate]))
    assert [q.id for q in faq] == ["phone", "skate"]
    assert faq[0].phrasings["fr"] == ("mes parents peuvent lire mon portable ?",)
    texts = faq_texts(faq)
    assert "mis padres pueden leer mi celular?" in texts["crc-16"]
    folder = tmp_path / "kb"
    folder.mkdir()
    index = RightsIndex(load_rights(write(folder)), texts)
    assert index.search("est-ce que mes parents peuvent lire mon portable")[0].right.id == "crc-16"


def test_faq_problems_are_reported_with_field(tmp_path):
    from bot.rights import load_faq

    no_spanish = faq_question("no_spanish")
    del no_spanish["es"]
    bad = faq_question("Bad Id", ["crc-77"])
    with pytest.raises(RightsDataError) as info:
        load_faq(faq_file(tmp_path, [no_spanish, bad]))
    message = str(info.value)
    assert "questions[0].es: missing required field" in message
    assert "questions[1].rights[0]: 'crc-77' is not an entry" in message
    assert "questions[1].id: 'Bad Id' must be lower_snake_case" in message


def test_faq_ids_are_unique(tmp_path):
    from bot.rights import load_faq

    with pytest.raises(RightsDataError, match="duplicate id 'phone'"):
        load_faq(faq_file(tmp_path, [faq_question(), faq_question()]))


def test_every_faq_file_in_the_folder_is_read_and_ids_are_unique_across_files(tmp_path):
    from bot.rights import load_faqs

    skate = faq_question("skate", ["crc-31"])
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (tmp_path / "faq").mkdir()
    faq_file(first, [faq_question()]).rename(tmp_path / "faq" / "a.yml")
    faq_file(second, [skate]).rename(tmp_path / "faq" / "b.yml")
    assert [q.id for q in load_faqs(tmp_path / "faq")] == ["phone", "skate"]
    third = tmp_path / "c"
    third.mkdir()
    faq_file(third, [faq_question()]).rename(tmp_path / "faq" / "c.yml")
    with pytest.raises(RightsDataError, match=r"c\.yml.*'phone' is also used in a\.yml"):
        load_faqs(tmp_path / "faq")


def test_the_knowledge_base_has_every_entry_at_both_levels_in_every_language():
    from bot.rights import rights

    loaded = rights()
    assert [r.id for r in loaded] == list(ALL_IDS)
    for right in loaded:
        texts = [right.text(lang) for lang in ("en", "fr", "es")]
        # Translations exist: French and Spanish are not the English text.
        assert len({t.younger for t in texts}) == 3, right.id
        assert len({t.older for t in texts}) == 3, right.id
        assert all(t.younger != t.older for t in texts), right.id
        assert all(r in ALL_IDS and r != right.id for r in right.related), right.id


def test_the_faq_has_at_least_80_questions_in_every_language():
    from bot.rights import load_faqs

    faq = load_faqs()
    assert len(faq) >= 80
    assert all(q.phrasings[lang] for q in faq for lang in ("en", "fr", "es"))


def test_answer_templates_cite_the_article_in_every_language():
    from bot.rights import answer_text, rights

    by_id = {r.id: r for r in rights()}
    assert "Article 16 of the UN Convention on the Rights of the Child" in answer_text(
        by_id["crc-16"], "en"
    )
    assert "artículos 43–54" in answer_text(by_id[GROUP], "es")
    assert "Protocole facultatif" in answer_text(by_id["opac"], "fr", "older")
    assert by_id["opac"].text("fr").older in answer_text(by_id["opac"], "fr", "older")
    assert answer_text(by_id["crc-1"], "de") == answer_text(by_id["crc-1"], "en")


def test_answer_templates_missing_a_placeholder_are_refused(tmp_path):
    from bot.rights import ANSWER_PATH, answer_templates

    text = ANSWER_PATH.read_text(encoding="utf-8")
    broken = text.replace("Article {number} of the UN", "Article N of the UN", 1)
    assert broken != text
    (tmp_path / "answer.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(RightsDataError, match=r"article\.en: missing placeholder\(s\) \{number\}"):
        answer_templates.__wrapped__(tmp_path / "answer.yml")


def test_answer_templates_check_the_examples_kinds(tmp_path):
    from bot.rights import ANSWER_PATH, answer_templates

    text = ANSWER_PATH.read_text(encoding="utf-8")
    kinds = yaml.safe_load(text)
    kinds["examples"]["fr"] = kinds["examples"]["fr"].replace("{examples}", "")
    kinds["examples_protocol"]["es"] += " {text}"
    kinds["examples"]["es"] += " {examples"
    del kinds["examples_articles"]["fr"]
    path = tmp_path / "answer.yml"
    path.write_text(yaml.safe_dump(kinds, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RightsDataError) as info:
        answer_templates.__wrapped__(path)
    message = str(info.value)
    assert "examples.fr: missing placeholder(s) {examples}" in message
    assert "examples_protocol.es: unknown placeholder(s) {text}" in message
    assert "examples.es: is not a valid template" in message
    assert "examples_articles.fr: missing required field" in message
    # The real file keeps its line breaks: a heading, then the list.
    assert "\n{examples}" in answer_templates.__wrapped__(ANSWER_PATH)["examples"]["en"]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_examples_text_names_the_article_and_lists_every_example(language):
    from bot.rights import examples_text, rights

    by_id = {r.id: r for r in rights()}
    for entry_id, number in [("crc-16", "16"), (GROUP, "43–54"), ("opac", None)]:
        right = by_id[entry_id]
        heading, *bullets = examples_text(right, language).split("\n")
        assert (number or right.text(language).title) in heading
        assert bullets == [f"• {example}" for example in right.text(language).examples]
    assert examples_text(by_id["crc-2"], "de") == examples_text(by_id["crc-2"], "en")


def test_every_entry_has_two_or_three_examples_in_every_language():
    from bot.rights import rights

    for right in rights():
        examples = {lang: right.text(lang).examples for lang in ("en", "fr", "es")}
        assert all(2 <= len(e) <= 3 for e in examples.values()), right.id
        assert all(len(text) <= 160 for e in examples.values() for text in e), right.id
        # Written in each language: French and Spanish are not the English examples.
        assert examples["fr"] != examples["en"] and examples["es"] != examples["en"], right.id


def test_find_right_answers_only_when_confident():
    from bot.rights import find_right

    assert find_right("what does article 28 say") is not None
    assert find_right("what's the weather like tomorrow") is None


@pytest.mark.parametrize(
    ("question", "category", "entry"),
    [
        ("my dad hits me, is that allowed?", "abuse_neglect", "crc-19"),
        ("mi papá me pega, ¿es legal?", "abuse_neglect", "crc-19"),
        ("my boss makes me work 12 hours a day, is that allowed", "child_labour", "crc-32"),
    ],
)
def test_a_disclosing_question_gets_its_right(question, category, entry):
    from bot.rights import right_for_disclosure

    found = right_for_disclosure(question, category)
    assert found is not None and found.id == entry


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("i want to die, is that bad?", "suicide_self_harm"),
        ("im taking all the pills now is that ok", "immediate_danger"),
    ],
)
def test_no_rights_lesson_after_suicide_or_immediate_danger(question, category):
    from bot.rights import RIGHT_FOR_CATEGORY, right_for_disclosure

    assert category not in RIGHT_FOR_CATEGORY
    assert right_for_disclosure(question, category) is None
    # The same words under a category that has a right do get one: the rule is the
    # category's, not the index's.
    assert right_for_disclosure("my dad hits me, is that allowed?", category) is None


def test_every_category_right_exists():
    from bot.rights import ALL_IDS, RIGHT_FOR_CATEGORY
    from bot.safety.lexicon import Category

    assert set(RIGHT_FOR_CATEGORY) <= {c.value for c in Category}
    assert set(RIGHT_FOR_CATEGORY.values()) <= set(ALL_IDS)


def _small_index_sources(tmp_path, monkeypatch):
    """Points bot.rights' knowledge, FAQ and index cache at small files in tmp_path."""
    import bot.rights as module

    kb = tmp_path / "kb"
    kb.mkdir()
    faq_folder = tmp_path / "faq"
    faq_folder.mkdir()
    faq_file(faq_folder, [faq_question()])
    loaded = load_rights(write(kb))
    monkeypatch.setattr(module, "DEFAULT_DIRECTORY", kb)
    monkeypatch.setattr(module, "FAQ_DIRECTORY", faq_folder)
    monkeypatch.setattr(module, "rights", lambda: loaded)
    monkeypatch.setattr(module, "load_faqs", lambda: module.load_faq(faq_folder / "faq.yml"))
    monkeypatch.setenv("HEARME_RIGHTS_CACHE", str(tmp_path / "cache"))
    module._index.cache_clear()
    return module, faq_folder


def test_the_index_is_cached_on_disk_and_read_back_the_same(tmp_path, monkeypatch):
    module, _ = _small_index_sources(tmp_path, monkeypatch)
    try:
        built = module.index()
        path = module.index_cache_path()
        assert path.is_file()
        module._index.cache_clear()
        semantic.encoder.cache_clear()
        read = module.index()
        assert read is not built
        # Read from the cache, the index loads the sentence encoder at once too.
        assert semantic.encoder.cache_info().currsize == 1
        for question in ("can my parents read my phone", "mis padres leen mi celular"):
            assert [m.right.id for m in read.search(question)] == [
                m.right.id for m in built.search(question)
            ]
            assert read.scores(question) == pytest.approx(built.scores(question))
    finally:
        module._index.cache_clear()


def test_a_knowledge_change_gets_a_new_cache_file_and_the_old_one_goes(tmp_path, monkeypatch):
    module, faq_folder = _small_index_sources(tmp_path, monkeypatch)
    try:
        module.index()
        before = module.index_cache_path()
        assert before.is_file()
        (faq_folder / "more.yml").write_text("schema_version: 1\nquestions: []\n", encoding="utf-8")
        after = module.index_cache_path()
        assert after != before
        module._index.cache_clear()
        module.index()
        assert after.is_file() and not before.exists()
    finally:
        module._index.cache_clear()


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch, caplog):
    module, _ = _small_index_sources(tmp_path, monkeypatch)
    try:
        path = module.index_cache_path()
        path.parent.mkdir(parents=True)
        path.write_bytes(b"not a pickle")
        found = module.index().search("can my parents read my phone")
        assert found[0].right.id == "crc-16"
        assert "unreadable; rebuilding" in caplog.text
        assert path.read_bytes() != b"not a pickle"  # rewritten
    finally:
        module._index.cache_clear()


def test_an_index_state_only_fits_the_entries_it_was_built_over(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    loaded = load_rights(write(folder))
    state = RightsIndex(loaded).state()
    with pytest.raises(ValueError, match="other entries"):
        RightsIndex.from_state(loaded[1:], state)
