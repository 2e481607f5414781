"""The safety lexicon loader, the shipped lexicons and the normaliser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.names import LANGUAGES
from bot.safety.elision import join_elisions, split_ligatures
from bot.safety.lexicon import (
    DEFAULT_SEVERITY,
    Category,
    LexiconError,
    Severity,
    load_lexicon,
    load_lexicons,
    required_literals,
)
from bot.safety.normalise import Normaliser, normalise, squeeze, squeeze_pattern
from bot.safety.triage import triage

# --- A small valid lexicon set to break on purpose -------------------------------


def minimal_lexicon(language: str) -> str:
    """A valid lexicon file for ``language``: one pattern per category."""
    lines = [
        f"language: {language}",
        "textspeak:",
        f"  zz{language}: zulu",
        "terms:",
        "  beast: '(?:wolf|bear)'",
        "categories:",
    ]
    for category in Category:
        lines += [
            f"  {category.value}:",
            f"    - id: {category.value}_{language}",
            f"      pattern: '\\b{language}{category.value.replace('_', '')}\\b'",
        ]
    lines += [
        "idioms:",
        f"  - id: idiom_{language}",
        f"    pattern: '\\bharmless {language}\\b'",
        "negations:",
        f"  - id: negation_{language}",
        f"    pattern: '\\bnever{language}'",
    ]
    return "\n".join(lines) + "\n"


def write_lexicons(folder: Path, texts: dict[str, str] | None = None) -> Path:
    """Writes a lexicon file per language (``texts`` overrides some) into ``folder``."""
    for language in LANGUAGES:
        text = (texts or {}).get(language, minimal_lexicon(language))
        (folder / f"lexicon.{language}.yml").write_text(text, encoding="utf-8")
    return folder


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line containing ``fragment``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{fragment!r} not in text")


def load_error(tmp_path: Path, language: str, text: str) -> str:
    write_lexicons(tmp_path, {language: text})
    with pytest.raises(LexiconError) as info:
        load_lexicons(tmp_path)
    return str(info.value)


def test_minimal_lexicons_load(tmp_path):
    lexicons = load_lexicons(write_lexicons(tmp_path))
    assert list(lexicons.by_language) == list(LANGUAGES)
    for lexicon in lexicons:
        assert {p.category for p in lexicon.patterns} == set(Category)
        assert lexicon.idioms[0].id == f"idiom_{lexicon.language}"


# --- Loader errors name file, line and field -------------------------------------


def test_unknown_category_names_file_line_and_field(tmp_path):
    text = minimal_lexicon("fr").replace("  bullying:", "  bulying:")
    message = load_error(tmp_path, "fr", text)
    assert f"lexicon.fr.yml:{line_of(text, 'bulying:')}:" in message
    assert "categories.bulying" in message
    assert "unknown category" in message


def test_bad_regex_names_line_and_pattern_field(tmp_path):
    text = minimal_lexicon("en").replace("\\benbullying\\b", "\\benbullying(\\b")
    message = load_error(tmp_path, "en", text)
    assert f"lexicon.en.yml:{line_of(text, 'enbullying(')}:" in message
    assert "categories.bullying[0].pattern" in message
    assert "bad regular expression" in message


def test_duplicate_id_names_both_lines(tmp_path):
    text = minimal_lexicon("es").replace("id: trafficking_es", "id: bullying_es")
    message = load_error(tmp_path, "es", text)
    second = line_of(text, "id: bullying_es", occurrence=2)
    first = line_of(text, "id: bullying_es")
    assert f"lexicon.es.yml:{second}:" in message
    assert "duplicate id 'bullying_es'" in message
    assert f"first on line {first}" in message


def test_idiom_id_may_not_repeat_a_pattern_id(tmp_path):
    text = minimal_lexicon("en").replace("id: idiom_en", "id: bullying_en")
    message = load_error(tmp_path, "en", text)
    assert f":{line_of(text, 'id: bullying_en', occurrence=2)}: idioms[0].id" in message


def test_missing_language_file(tmp_path):
    write_lexicons(tmp_path)
    (tmp_path / "lexicon.fr.yml").unlink()
    with pytest.raises(LexiconError, match=r"lexicon\.fr\.yml: missing lexicon for language 'fr'"):
        load_lexicons(tmp_path)


def test_missing_category(tmp_path):
    text = minimal_lexicon("en")
    block = "  child_labour:\n    - id: child_labour_en\n      pattern: '\\benchildlabour\\b'\n"
    assert block in text
    text = text.replace(block, "")
    message = load_error(tmp_path, "en", text)
    assert (
        f":{line_of(text, 'categories:')}: categories: missing categories: child_labour" in message
    )


def test_empty_category(tmp_path):
    text = minimal_lexicon("en").replace(
        "  csam_seen:\n    - id: csam_seen_en\n      pattern: '\\bencsamseen\\b'\n",
        "  csam_seen: []\n",
    )
    message = load_error(tmp_path, "en", text)
    assert f":{line_of(text, 'csam_seen: []')}: categories.csam_seen: has no patterns" in message


def test_unknown_field(tmp_path):
    text = minimal_lexicon("en").replace(
        "    - id: bullying_en\n", "    - id: bullying_en\n      severty: high\n"
    )
    message = load_error(tmp_path, "en", text)
    assert f":{line_of(text, 'severty')}: categories.bullying[0].severty: unknown field" in message


def test_unknown_severity(tmp_path):
    text = minimal_lexicon("en").replace(
        "    - id: bullying_en\n", "    - id: bullying_en\n      severity: urgent\n"
    )
    message = load_error(tmp_path, "en", text)
    assert f":{line_of(text, 'urgent')}: categories.bullying[0].severity" in message
    assert "unknown severity 'urgent' (use medium, high, critical)" in message


def test_missing_pattern_field(tmp_path):
    text = minimal_lexicon("es").replace("      pattern: '\\besbullying\\b'\n", "")
    message = load_error(tmp_path, "es", text)
    assert (
        f":{line_of(text, 'id: bullying_es')}: categories.bullying[0].pattern: missing" in message
    )


def test_broken_yaml_names_the_line(tmp_path):
    text = minimal_lexicon("fr").replace(
        "      pattern: '\\bfrbullying\\b'", "      pattern: '\\bfrbullying\\b\n   oops: ["
    )
    message = load_error(tmp_path, "fr", text)
    assert re.search(r"lexicon\.fr\.yml:\d+: not valid YAML", message)


def test_yaml_boolean_is_not_an_id(tmp_path):
    # YAML 1.1 reads a bare `no` as false: the loader must not take it as an id.
    text = minimal_lexicon("es").replace("id: negation_es", "id: no")
    message = load_error(tmp_path, "es", text)
    assert f":{line_of(text, 'id: no')}: negations[0].id: expected a text value" in message


def test_language_must_match_file_name(tmp_path):
    text = minimal_lexicon("fr").replace("language: fr", "language: en")
    message = load_error(tmp_path, "fr", text)
    assert "lexicon.fr.yml:1: language: is 'en' but the file is for 'fr'" in message


def test_key_given_twice(tmp_path):
    text = minimal_lexicon("en") + "language: en\n"
    message = load_error(tmp_path, "en", text)
    assert "(top level).language: key given twice" in message


def test_unknown_section(tmp_path):
    text = minimal_lexicon("en") + "idoms: []\n"
    message = load_error(tmp_path, "en", text)
    assert f":{line_of(text, 'idoms')}: idoms: unknown section" in message


def test_unknown_term(tmp_path):
    text = minimal_lexicon("en").replace("\\benbullying\\b", "\\b{monster}\\b")
    message = load_error(tmp_path, "en", text)
    assert (
        f":{line_of(text, '{monster}')}: categories.bullying[0].pattern: unknown term {{monster}}"
        in message
    )


def test_terms_are_expanded(tmp_path):
    text = minimal_lexicon("en").replace("\\benbullying\\b", "\\bbig {beast}\\b")
    lexicons = load_lexicons(write_lexicons(tmp_path, {"en": text}))
    pattern = next(p for p in lexicons.by_language["en"].patterns if p.id == "bullying_en")
    assert pattern.source == "\\bbig {beast}\\b"
    assert pattern.regex.search("a big bear") and not pattern.regex.search("a big cat")


@pytest.mark.parametrize(("written", "letter"), [("caf\u00e9", "\u00e9"), ("Zap", "Z")])
def test_pattern_letters_must_be_normalised(tmp_path, written, letter):
    text = minimal_lexicon("fr").replace("\\bfrbullying\\b", f"\\b{written}\\b")
    message = load_error(tmp_path, "fr", text)
    assert (
        f":{line_of(text, written)}: categories.bullying[0].pattern: contains {letter!r}" in message
    )


def test_pattern_matching_empty_text_is_refused(tmp_path):
    text = minimal_lexicon("en").replace("'\\benbullying\\b'", "'(?:zap)?'")
    message = load_error(tmp_path, "en", text)
    assert (
        f":{line_of(text, '(?:zap)?')}: categories.bullying[0].pattern: matches the empty string"
        in message
    )


def test_unknown_idiom_category(tmp_path):
    text = minimal_lexicon("en").replace(
        "  - id: idiom_en\n", "  - id: idiom_en\n    categories: [bulying]\n"
    )
    message = load_error(tmp_path, "en", text)
    assert (
        f":{line_of(text, '[bulying]')}: idioms[0].categories[0]: unknown category 'bulying'"
        in message
    )


def test_negations_take_no_categories(tmp_path):
    text = minimal_lexicon("en").replace(
        "  - id: negation_en\n", "  - id: negation_en\n    categories: [bullying]\n"
    )
    message = load_error(tmp_path, "en", text)
    assert "negations[0].categories: unknown field" in message


def test_textspeak_maps_must_agree_across_languages(tmp_path):
    texts = {
        "en": minimal_lexicon("en").replace("  zzen: zulu", "  q: queue"),
        "es": minimal_lexicon("es").replace("  zzes: zulu", "  q: que"),
    }
    write_lexicons(tmp_path, texts)
    with pytest.raises(LexiconError, match=r"lexicon\.es\.yml: textspeak\.q: maps to 'que' but .*"):
        load_lexicons(tmp_path)


def test_textspeak_replacement_must_be_normalised(tmp_path):
    text = minimal_lexicon("fr").replace("  zzfr: zulu", "  zzfr: D\u00e9j\u00e0")
    message = load_error(tmp_path, "fr", text)
    assert f":{line_of(text, 'zzfr')}: textspeak.zzfr: replacement must be normalised" in message


def test_load_lexicon_directly_reports_unreadable_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "nowhere.yml", "en")


# --- The shipped lexicons ---------------------------------------------------------


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", list(Category))
def test_every_category_has_patterns_in_every_language(lexicons, language, category):
    count = sum(p.category is category for p in lexicons.by_language[language].patterns)
    assert count >= 5, f"{language}/{category.value}: only {count} patterns"


def test_default_severities_follow_the_brief():
    assert DEFAULT_SEVERITY[Category.IMMEDIATE_DANGER] is Severity.CRITICAL
    assert DEFAULT_SEVERITY[Category.BULLYING] is Severity.MEDIUM
    assert DEFAULT_SEVERITY[Category.CHILD_LABOUR] is Severity.MEDIUM
    others = set(Category) - {
        Category.IMMEDIATE_DANGER,
        Category.BULLYING,
        Category.CHILD_LABOUR,
    }
    assert {DEFAULT_SEVERITY[c] for c in others} == {Severity.HIGH}


def test_severity_order():
    assert Severity.MEDIUM < Severity.HIGH < Severity.CRITICAL
    assert max([Severity.HIGH, Severity.CRITICAL, Severity.MEDIUM]) is Severity.CRITICAL
    assert sorted([Severity.CRITICAL, Severity.MEDIUM, Severity.HIGH]) == [
        Severity.MEDIUM,
        Severity.HIGH,
        Severity.CRITICAL,
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_suicide_plans_and_means_are_critical(lexicons, language):
    suicide = [
        p
        for p in lexicons.by_language[language].patterns
        if p.category is Category.SUICIDE_SELF_HARM
    ]
    assert any(p.severity is Severity.CRITICAL for p in suicide)
    assert any(p.severity is Severity.HIGH for p in suicide)


def test_shipped_lexicons_are_cached(lexicons):
    assert load_lexicons() is lexicons


def test_every_pattern_has_a_prefilter_literal(lexicons):
    # Not required for correctness, but a pattern without one runs on every message.
    missing = [(lex.language, p.id) for lex in lexicons for p in lex.patterns if p.required is None]
    assert missing == []


# --- Required literals (the prefilter) --------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\bkil(?:ing|ed)? (?:my ?self|mysef)\b", ["kil myself", "kiling my self", "kiled mysef"]),
        (r"\b(?:want|wish) (?:to )?die\b", ["want die", "wish to die"]),
        (r"\bhelp\b.{0,25}\bhiting me\b", ["help, he is hiting me"]),
        (r"\b(?:a|b)c\b", ["ac", "bc"]),
    ],
)
def test_required_literals_occur_in_every_match(pattern, texts):
    literals = required_literals(pattern)
    assert literals
    for text in texts:
        assert re.search(pattern, text)
        assert any(literal in text for literal in literals), (text, literals)


def test_required_literals_absent_when_pattern_has_none():
    assert required_literals(r"\b\w+ing\b") == frozenset({"ing"})
    assert required_literals(r"\b\w+\b") is None
    assert required_literals(r"\b(?:ab|\w+)\b") is None
    assert required_literals(r"\bx\b") is None  # one letter selects nothing


# --- Normalisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I WANT TO DIE", "i want to die"),
        ("Je Veux Mourir", "je veux mourir"),
        ("\u00bfPor qu\u00e9 nadie me ayuda?", ". por que nadie me ayuda ."),
        ("j\u2019ai peur", "j'ai peur"),
        ("I\u2018m scared", "i'm scared"),
        ("kiiiiill myyyyself", "kiill myyself"),
        ("noooo", "noo"),
        ("k1ll mys3lf", "kill myself"),
        ("$uicide", "suicide"),
        ("i took 10 pills at 4am", "i took 10 pills at 4am"),
        ("my 1st time at 15yo", "my 1st time at 15yo"),
        ("h3ll0 th3r3", "hello there"),
        ("self-harm", "self harm"),
        ("k.m.s", "kms"),
        ("dead\U0001f480lol", "dead \U0001f480 lol"),
        ("no, i want to die", "no . i want to die"),
        ("line one\n\nline two", "line one . line two"),
        ("  lots\tof   space  ", "lots of space"),
        ("k\u200bms", "kms"),
        ("\uff4b\uff4d\uff53", "kms"),
        ("ni\u00f1o", "nino"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # French elision typed with a space is joined back, as patterns spell it.
        ("j ai envie de mourir", "j'ai envie de mourir"),
        ("il m a touchee", "il m'a touchee"),
        ("c est mon oncle", "c'est mon oncle"),
        ("je sais pas ce qu il veut", "je sais pas ce qu'il veut"),
        ("il m enferme dans ma chambre", "il m'enferme dans ma chambre"),
        ("ils m insultent", "ils m'insultent"),
        ("mon pere m attache", "mon pere m'attache"),
        # "m empeche de sortir" is a grounding as often as not: left as typed.
        ("ma mere m empeche de sortir", "ma mere m empeche de sortir"),
        # ... but not English "i m a", and not a clitic before another word.
        ("i m a kid", "i m a kid"),
        ("it s a game", "it s a game"),
        ("j adore", "j adore"),
    ],
)
def test_elision_is_joined_before_matching(raw, expected):
    assert join_elisions(normalise(raw)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ma sœur", "ma soeur"),
        ("MA SŒUR", "MA SOEUR"),
        ("un cœur brisé", "un coeur brisé"),
        ("et cætera", "et caetera"),
        ("soeur", "soeur"),
    ],
)
def test_ligatures_are_split_before_matching(raw, expected):
    assert split_ligatures(raw) == expected


def test_a_disclosure_typed_with_a_ligature_is_found_like_one_without():
    # "sœur" and "soeur" are the same word to a child; only "soeur" was matched before.
    typed = triage("mon père frappe ma sœur tous les jours", "fr")
    plain = triage("mon pere frappe ma soeur tous les jours", "fr")
    assert typed.top is not None
    assert typed.categories == plain.categories


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("u r so mean", "you r so mean"),
        ("im not ok", "i'm not ok"),
        ("jveux mourir", "je veux mourir"),
        ("chui triste", "je suis triste"),
        ("q me muera", "que me muera"),
        ("xq nadie me quiere", "porque nadie me quiere"),
        ("toy mal", "estoy mal"),
        ("i dont want 2 live", "i don't want 2 live"),
        ("plzzzz help", "please help"),
        ("b4 school", "before school"),
    ],
)
def test_normalise_maps_text_speak_from_the_lexicons(lexicons, raw, expected):
    assert lexicons.normaliser(raw) == expected


def test_text_speak_only_replaces_whole_tokens(lexicons):
    assert lexicons.normaliser("quiet umbrella") == "quiet umbrella"


def test_keeping_accents_keeps_accents_and_still_undoes_text_speak():
    # The safety classifier's meaning model reads this form: accents carry meaning
    # ("papá" is a dad, "papa" a potato), while text-speak and invisible characters go.
    plain = Normaliser({"jveux": "je veux", "u": "you"})
    accents = plain.keeping_accents()
    assert plain("Mi PAPÁ me pegó") == "mi papa me pego"
    assert accents("Mi PAPÁ me pegó") == "mi papá me pegó"
    assert accents("jveux partir, et u?") == "je veux partir . et you ."
    assert accents("j'ai peur\u200b de lui") == "j'ai peur de lui"
    assert accents.textspeak == plain.textspeak


def test_squeeze_text_and_pattern_agree():
    assert squeeze("kill all pills") == "kil al pils"
    assert squeeze_pattern(r"\bkill(?:ing)?\b") == r"\bkil(?:ing)?\b"
    # An escape stays an escape; a quantified second letter keeps its meaning.
    assert squeeze_pattern(r"\bbe") == r"\bbe"
    assert squeeze_pattern(r"\sss") == r"\ss"
    assert squeeze_pattern("ll?") == "ll?"
    for word in ("kill", "kil", "kiiill"):
        assert re.search(squeeze_pattern(r"\bkill\b"), squeeze(normalise(word)))


def test_happening_now_cues_are_loaded_and_checked(tmp_path):
    cue = "happening_now:\n  - id: now_en\n    pattern: '\\bright now\\b'\n"
    # Loads are cached per folder: one folder per case.
    good, bad, broken = (tmp_path / name for name in ("good", "bad", "broken"))
    for folder in (good, bad, broken):
        folder.mkdir()
    lexicons = load_lexicons(write_lexicons(good, {"en": minimal_lexicon("en") + cue}))
    assert [c.id for c in lexicons.by_language["en"].happening_now] == ["now_en"]
    extra = minimal_lexicon("en") + cue + "    categories: [bullying]\n"
    assert "happening_now[0].categories: unknown field" in load_error(bad, "en", extra)
    unclosed = minimal_lexicon("en") + "happening_now:\n  - id: now_en\n    pattern: '(now'\n"
    assert "happening_now[0].pattern" in load_error(broken, "en", unclosed)


def test_negations_after_and_contrasts_are_loaded_and_checked(tmp_path):
    after = "negations_after:\n  - id: after_en\n    pattern: 'nope'\n"
    contrast = "contrasts:\n  - id: but_en\n    pattern: 'but'\n"
    good, bare, extra = (tmp_path / name for name in ("good", "bare", "extra"))
    for folder in (good, bare, extra):
        folder.mkdir()
    text = minimal_lexicon("en") + after + contrast
    lexicon = load_lexicons(write_lexicons(good, {"en": text})).by_language["en"]
    assert [c.id for c in lexicon.negations_after] == ["after_en"]
    assert [c.id for c in lexicon.contrasts] == ["but_en"]
    # Both start where a finding ends, spaces aside, and nowhere else.
    assert lexicon.trailing_negation is not None and lexicon.contrast is not None
    assert lexicon.trailing_negation.match("x  nope", 1)
    assert not lexicon.trailing_negation.match("x so nope", 1)
    assert lexicon.contrast.match(" but", 0)
    # A language without them has none.
    fr = load_lexicons(good).by_language["fr"]
    assert fr.trailing_negation is None and fr.contrast is None
    dot = minimal_lexicon("en") + "negations_after:\n  - id: dot_en\n    pattern: '\\.'\n"
    assert "a cue matches a bare clause break" in load_error(bare, "en", dot)
    categories = minimal_lexicon("en") + contrast + "    categories: [bullying]\n"
    assert "contrasts[0].categories: unknown field" in load_error(extra, "en", categories)


def test_topic_patterns_and_involvement_cues_are_loaded_and_checked(tmp_path):
    topic = minimal_lexicon("en").replace(
        "    - id: bullying_en\n", "    - id: bullying_en\n      topic: true\n"
    )
    cues = (
        "involvement:\n  - id: me_en\n    pattern: '\\bme\\b'\n"
        "weak_involvement:\n  - id: my_en\n    pattern: '\\bmy\\b'\n"
        "topic_frames:\n  - id: book_en\n    pattern: '\\bbook\\b'\n"
    )
    good, flag, extra = (tmp_path / name for name in ("good", "flag", "extra"))
    for folder in (good, flag, extra):
        folder.mkdir()
    lexicon = load_lexicons(write_lexicons(good, {"en": topic + cues})).by_language["en"]
    assert [p.id for p in lexicon.patterns if p.topic] == ["bullying_en"]
    assert [c.id for c in lexicon.involvement] == ["me_en"]
    assert [c.id for c in lexicon.weak_involvement] == ["my_en"]
    assert [c.id for c in lexicon.topic_frames] == ["book_en"]
    not_a_flag = topic.replace("topic: true", "topic: often")
    assert "topic: must be true or false" in load_error(flag, "en", not_a_flag + cues)
    categorised = topic + cues + "    categories: [bullying]\n"
    assert "topic_frames[0].categories: unknown field" in load_error(extra, "en", categorised)


def test_unless_fences_are_loaded_and_checked(tmp_path):
    fenced = minimal_lexicon("en").replace(
        "    - id: bullying_en\n", "    - id: bullying_en\n      unless: '\\bstatues?\\b'\n"
    )
    good, bad, empty = (tmp_path / name for name in ("good", "bad", "empty"))
    for folder in (good, bad, empty):
        folder.mkdir()
    lexicon = load_lexicons(write_lexicons(good, {"en": fenced})).by_language["en"]
    fences = {p.id: p.unless for p in lexicon.patterns if p.unless is not None}
    assert list(fences) == ["bullying_en"]
    assert fences["bullying_en"].search("greek statue")
    broken = fenced.replace("\\bstatues?\\b", "(statue")
    assert "unless: bad regular expression" in load_error(bad, "en", broken)
    assert "unless: matches the empty string" in load_error(
        empty, "en", fenced.replace("\\bstatues?\\b", "x?")
    )
