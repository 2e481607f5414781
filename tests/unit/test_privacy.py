"""Pseudonyms and redaction (bot/privacy.py)."""

from __future__ import annotations

import hashlib
import hmac
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.privacy import excerpt, pseudonym, redact
from bot.redaction import (
    PrivacyDataError,
    guess_languages,
    load_privacy_data,
    pipeline,
    privacy_data,
)

SECRET = b"k" * 32


# --- pseudonym ---------------------------------------------------------------------


def test_pseudonym_is_the_hmac_sha256_of_channel_and_sender():
    expected = hmac.new(SECRET, b"telegram:12345", hashlib.sha256).hexdigest()
    assert pseudonym("telegram", "12345", SECRET) == expected


def test_pseudonym_is_64_hex_chars_and_does_not_contain_the_id():
    value = pseudonym("rest", "child-abc123", SECRET)
    assert len(value) == 64
    assert set(value) <= set("0123456789abcdef")
    assert "abc123" not in value


def test_pseudonym_is_stable_for_the_same_inputs():
    assert pseudonym("rest", "x", SECRET) == pseudonym("rest", "x", SECRET)


@pytest.mark.parametrize(
    ("other_channel", "other_sender", "other_secret"),
    [
        ("telegram", "x", SECRET),  # same id on another channel is another person
        ("rest", "y", SECRET),
        ("rest", "x", b"j" * 32),  # another deployment's key
    ],
)
def test_pseudonym_changes_with_channel_sender_and_secret(
    other_channel, other_sender, other_secret
):
    assert pseudonym("rest", "x", SECRET) != pseudonym(other_channel, other_sender, other_secret)


def test_pseudonym_is_not_a_plain_hash():
    assert pseudonym("rest", "x", SECRET) != hashlib.sha256(b"rest:x").hexdigest()


def test_pseudonym_refuses_an_empty_secret():
    with pytest.raises(ValueError, match="secret"):
        pseudonym("rest", "x", b"")


# --- redact: what goes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English (GB, US, IE, AU)
        ("call me on 07700 900123", "call me on [phone]"),
        ("ring 07700900123 tonight", "ring [phone] tonight"),
        ("my number is +44 7700 900123.", "my number is [phone]."),
        ("+44 (0)7700 900 123", "[phone]"),
        ("home: 020 7946 0958", "home: [phone]"),
        ("text (555) 123-4567 ok", "text [phone] ok"),
        ("555-123-4567", "[phone]"),
        ("555.123.4567", "[phone]"),
        ("+1 555 123 4567", "[phone]"),
        ("+353 87 123 4567", "[phone]"),
        ("0412 345 678", "[phone]"),
        # French (FR, BE, CH, CA)
        ("appelle-moi au 06 12 34 56 78", "appelle-moi au [phone]"),
        ("mon numéro : 06.12.34.56.78", "mon numéro : [phone]"),
        ("0612345678", "[phone]"),
        ("+33 6 12 34 56 78", "[phone]"),
        ("+33 (0)6 12 34 56 78", "[phone]"),
        ("06-12-34-56-78", "[phone]"),
        ("+32 470 12 34 56", "[phone]"),
        ("+41 79 123 45 67", "[phone]"),
        # Spanish (ES, MX, AR)
        ("llámame al 612 34 56 78", "llámame al [phone]"),
        ("mi móvil es +34 612 345 678", "mi móvil es [phone]"),
        ("91 123 45 67", "[phone]"),
        ("612-345-678", "[phone]"),
        ("+52 55 1234 5678", "[phone]"),
        ("+54 9 11 1234-5678", "[phone]"),
    ],
)
def test_phone_numbers_in_en_fr_es_formats(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to lily.smith+x@gmail.com", "write to [email]"),
        ("mail: Ana_2010@correo.es.", "mail: [email]."),
        ("écris à jean-luc@free.fr!", "écris à [email]!"),
        ("see https://example.com/a?b=1.", "see [link]."),
        ("http://bit.ly/3xYz and more", "[link] and more"),
        ("go to www.roblox.com/users/123456 now", "go to [link] now"),
        ("tiktok.com/@lily_2010 is me", "[link] is me"),
        ("join discord.gg/abc123", "join [link]"),
        ("youtu.be/xyz (watch it)", "[link] (watch it)"),
        ("add me @lily_2010 on snap", "add me [handle] on snap"),
        ("mon insta c'est @jean.luc.", "mon insta c'est [handle]."),
        ("sígueme @ana_es", "sígueme [handle]"),
        ("I live at 75011 Paris", "I live at [number] Paris"),
        ("code postal 28013", "code postal [number]"),
        ("user kid12345", "user kid[number]"),
        ("card 1234567812345678901", "card [number]"),  # too long for a phone number
    ],
)
def test_emails_links_handles_and_long_numbers(text, expected):
    assert redact(text) == expected


def test_several_details_in_one_message():
    text = "I'm @lily_2010, mail lily@example.org or call +44 7700 900123, see www.x.com"
    assert redact(text) == "I'm [handle], mail [email] or call [phone], see [link]"


def test_no_digit_of_a_phone_number_survives():
    for number in ("07700 900123", "+33 6 12 34 56 78", "+34 612 345 678"):
        assert not any(ch.isdigit() for ch in redact(f"x {number} y"))


# --- redact: what stays ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm 12 and my brother is 9",
        "it started in 2023",
        "at 10:30 every night",
        "the helpline 116 111 said to call",  # 6 digits: a short number, not a contact
        "j'ai 13 ans, en 4e",
        "tengo 14 años",
        "my uncle touches me at night",
        "je suis mort de rire",
        "tengo miedo.me pega",  # a missing space, not a link
        "comme.ca",
        "e.g. this",
        "3 times, 4 times",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_redact_keeps_line_breaks_and_spacing():
    assert redact("a\n\nb  c") == "a\n\nb  c"


# --- excerpt -----------------------------------------------------------------------


def test_excerpt_redacts_and_collapses_whitespace():
    assert excerpt("  call me\n\non  07700 900123\t please ") == "call me on [phone] please"


def test_short_text_is_not_cut():
    assert excerpt("help me", max_chars=7) == "help me"


def test_long_text_is_cut_at_a_word_boundary_with_an_ellipsis():
    text = "one two three four five six"
    assert excerpt(text, max_chars=14) == "one two three…"
    assert excerpt(text, max_chars=13) == "one two…"


def test_excerpt_never_exceeds_the_limit():
    text = " ".join(f"word{i}" for i in range(200))
    for limit in (2, 10, 50, 200):
        result = excerpt(text, max_chars=limit)
        assert len(result) <= limit
        assert result.endswith("…")


def test_default_limit_is_200_characters():
    result = excerpt("blah " * 100)
    assert len(result) <= 200
    assert len(result) > 190
    assert result.endswith("blah…")


def test_a_single_long_word_is_cut_hard():
    assert excerpt("a" * 30, max_chars=10) == "a" * 9 + "…"


def test_redaction_happens_before_the_cut():
    # Cutting the raw text first would keep "07700" (a whole word before the limit).
    result = excerpt("please call me on 07700 900123 tonight", max_chars=28)
    assert result == "please call me on [phone]…"


def test_cut_drops_trailing_punctuation_before_the_ellipsis():
    assert excerpt("hello, there friend", max_chars=10) == "hello…"


def test_excerpt_rejects_a_useless_limit():
    with pytest.raises(ValueError, match="max_chars"):
        excerpt("hello", max_chars=1)


def test_empty_text():
    assert excerpt("") == ""
    assert excerpt("   \n ") == ""


# --- redact: names, addresses, schools and handles (the spaCy layer) ----------------
# Each case: (language, text, expected). Written for these tests, not taken from the
# held-out evaluation set (eval/pii/).

NAMES = [
    # cues: any word that is not a stop word is a name after a strong cue
    ("en", "hello my name is oscar and i like art", "hello my name is [name] and i like art"),
    ("en", "My name's Freddie Clarke", "My name's [name]"),
    ("en", "im called bethany, im 13", "im called [name], im 13"),
    ("en", "everyone calls me Bex", "everyone calls me [name]"),
    ("en", "this is Noor writing", "this is [name] writing"),
    # relation words, titles, names on their own and joined by "and"
    ("en", "my best friend is Tilly", "my best friend is [name]"),
    ("en", "my brother Jamal hits me", "my brother [name] hits me"),
    ("en", "my cousin olivia lives with us", "my cousin [name] lives with us"),
    ("en", "mr thompson gives too much homework", "mr [name] gives too much homework"),
    ("en", "Mrs. Ahmed is kind", "Mrs. [name] is kind"),
    ("en", "my tutor Mr Reid", "my tutor Mr [name]"),
    ("en", "Callum and Reece push me", "[name] and [name] push me"),
    ("en", "I told Lucy", "I told [name]"),
    ("en", "my mum Rose works nights", "my mum [name] works nights"),
    ("fr", "je m'appelle sacha", "je m'appelle [name]"),
    ("fr", "jmappelle Inaya et j'ai 11 ans", "jmappelle [name] et j'ai 11 ans"),
    ("fr", "mon prénom c'est Maëlys", "mon prénom c'est [name]"),
    ("fr", "moi c'est Enzo", "moi c'est [name]"),
    ("fr", "c'est Jules", "c'est [name]"),
    ("fr", "je suis Axel", "je suis [name]"),
    ("fr", "ma sœur Romane", "ma sœur [name]"),
    ("fr", "mon meilleur ami Ilyes", "mon meilleur ami [name]"),
    ("fr", "Mme Garnier nous crie dessus", "Mme [name] nous crie dessus"),
    ("fr", "madame Rousseau", "madame [name]"),
    ("fr", "ma tante Mme Perrin", "ma tante Mme [name]"),  # the title is not the name
    ("fr", "Nathan et Léo m'embêtent", "[name] et [name] m'embêtent"),
    ("es", "me llamo iker", "me llamo [name]"),
    ("es", "me yamo valentina", "me yamo [name]"),
    ("es", "mi nombre es Jimena Ortiz", "mi nombre es [name]"),
    ("es", "soy Bruno", "soy [name]"),
    ("es", "soy el nico", "soy el [name]"),
    ("es", "mi hermana mayor Carla", "mi hermana mayor [name]"),
    ("es", "mi prima lola", "mi prima [name]"),
    ("es", "la seño Marta", "la seño [name]"),
    ("es", "Gonzalo y Thiago me molestan", "[name] y [name] me molestan"),
]

ADDRESSES = [
    ("en", "i live at 7 oak avenue", "i live at [address]"),
    ("en", "we live on Mill Road", "we live on [address]"),
    ("en", "flat 12, 4 kings road", "[address]"),
    ("en", "my postcode is M1 1AE", "my postcode is [address]"),
    ("fr", "j'habite au 12 rue des Lilas", "j'habite au [address]"),
    ("fr", "j'habite 4 avenue de la république", "j'habite [address]"),
    ("fr", "on habite allée des Cerisiers", "on habite [address]"),
    ("fr", "8 bis chemin de la Croix", "[address]"),
    ("fr", "j'habite rue du 8 mai 1945", "j'habite [address]"),
    ("es", "vivo en la calle Alcalá 120", "vivo en la [address]"),
    ("es", "vivo en calle del Pez 5", "vivo en [address]"),
    ("es", "mi dirección es avenida Juárez 45", "mi dirección es [address]"),
    ("es", "vivo en av. Libertador 2200", "vivo en [address]"),
    ("es", "Carrera 15 # 93-20", "[address]"),
    ("es", "vivo en avenida 16 de septiembre 45", "vivo en [address]"),
]

SCHOOLS = [
    ("en", "i go to ashfield academy", "i go to [school]"),
    ("en", "I'm at St Anne's Catholic Primary", "I'm at [school]"),
    ("en", "my school is called Oak Tree Primary", "my school is called [school]"),
    ("en", "Bishop Stopford School is strict", "[school] is strict"),
    ("en", "Westbrook High banned phones", "[school] banned phones"),
    ("fr", "je suis au collège Louise Michel", "je suis au [school]"),
    ("fr", "au lycée Jean Monnet", "au [school]"),
    ("fr", "je vais à l'école élémentaire Condorcet", "je vais à l'[school]"),
    ("fr", "mon collège s'appelle les Tilleuls", "mon collège s'appelle [school]"),
    ("es", "voy al colegio Santa Teresa", "voy al [school]"),
    ("es", "estudio en el instituto Lope de Vega", "estudio en el [school]"),
    ("es", "mi escuela se llama Benito Juárez", "mi escuela se llama [school]"),
]

HANDLES = [
    ("en", "my snap is jess.xo", "my snap is [handle]"),
    ("en", "my insta is coolcat", "my insta is [handle]"),
    ("en", "add me on roblox BlueFox_12", "add me on roblox [handle]"),
    ("en", "my discord is moonlight#0420", "my discord is [handle]"),
    ("en", "my psn name is Dark Rider", "my psn name is [handle]"),
    ("fr", "mon snap c'est mathis_du_77", "mon snap c'est [handle]"),
    ("fr", "mon insta c'est lola.dessine", "mon insta c'est [handle]"),
    ("fr", "mon pseudo c'est Zorglub", "mon pseudo c'est [handle]"),
    ("es", "mi insta es sofi_baila", "mi insta es [handle]"),
    ("es", "mi tiktok es @vale.dance", "mi tiktok es [handle]"),
    ("es", "mi usuario de roblox es LunaGamer", "mi usuario de roblox es [handle]"),
]

EMAILS = [
    ("en", "my email is sam.b@gmail", "my email is [email]"),
    ("en", "lola2011 at hotmail dot co dot uk", "[email]"),
    ("fr", "mon mail c'est zoe arobase orange point fr", "mon mail c'est [email]"),
    ("es", "mi correo es luis_9 arroba gmail punto com", "mi correo es [email]"),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMES)
def test_names(language, text, expected):
    assert redact(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ADDRESSES)
def test_street_addresses_and_postcodes(language, text, expected):
    assert redact(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), SCHOOLS)
def test_school_names(language, text, expected):
    assert redact(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), HANDLES)
def test_social_handles_after_a_platform(language, text, expected):
    assert redact(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), EMAILS)
def test_emails_without_a_domain_or_spelled_out(language, text, expected):
    assert redact(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # cue words with no name after them
        ("en", "my friend thinks so too"),
        ("en", "this is so unfair"),
        ("en", "call me tomorrow"),
        ("en", "my name is private"),
        ("en", "I'm British and Muslim"),
        ("en", "It's Monday again"),
        ("en", "I miss my dad"),
        # names that are words, unless written as a name
        ("en", "Will it get better?"),
        ("en", "we will win"),
        ("en", "Max 2 hours of screen time"),
        # streets and schools that are not anyone's address or school
        ("en", "the road is busy"),
        ("en", "we went to the high street"),
        ("en", "i came 2nd place"),
        ("en", "my old school was better"),
        ("en", "i liked primary school more"),
        ("en", "i walk to school alone"),
        ("en", "I go to the park with my mum"),
        # platforms with no handle
        ("en", "my snapchat is private now"),
        ("en", "tiktok is addictive"),
        ("en", "roblox is my favourite game"),
        ("en", "youtube is literally my life"),
        ("fr", "moi c'est comme lui"),
        ("fr", "ma soeur est gentille"),
        ("fr", "c'est injuste"),
        ("fr", "c'est Noël"),
        ("fr", "je suis perdue"),
        ("fr", "mon jean est troué"),
        ("fr", "Pierre m'a frappé"),
        ("fr", "ma tante se marie en juin"),
        ("fr", "c'est ben trop tôt"),
        ("fr", "une carte pour la saint valentin"),
        ("fr", "dans ma rue il fait noir"),
        ("fr", "il n'y a pas de place"),
        ("fr", "le collège ça me stresse"),
        ("fr", "au lycée on a cours tard"),
        ("fr", "mon compte tiktok est bloqué"),
        ("fr", "ma chaîne c'est super"),
        ("es", "soy feliz"),
        ("es", "soy de aquí"),
        ("es", "mi amigo piensa igual"),
        ("es", "leo mucho"),
        ("es", "ella dice que no"),
        ("es", "tomas agua"),
        ("es", "por la calle pasan muchos coches"),
        ("es", "la avenida principal"),
        ("es", "en el colegio hay bullying"),
        ("es", "el instituto es grande"),
        ("es", "mi cuenta de insta es privada"),
    ],
)
def test_ordinary_words_near_cues_are_left_alone(language, text):
    assert redact(text, language) == text


def test_several_kinds_in_one_answer():
    text = "me llamo Alba Ruiz, vivo en calle Goya 8 y voy al colegio San Blas, mi insta es alba_r"
    assert redact(text, "es") == (
        "me llamo [name], vivo en [address] y voy al [school], mi insta es [handle]"
    )


def test_no_letter_of_a_found_name_survives():
    result = redact("my name is Amira-Rose O'Neill and i am 12", "en")
    assert result == "my name is [name] and i am 12"


def test_the_language_is_guessed_when_not_given():
    assert redact("bonjour je m'appelle Sacha et j'habite au 3 rue des Lilas") == (
        "bonjour je m'appelle [name] et j'habite au [address]"
    )
    assert redact("hola me llamo Iker y voy al colegio Santa Teresa") == (
        "hola me llamo [name] y voy al [school]"
    )
    # A language HearMe does not speak is guessed too.
    assert redact("my name is oscar", "pt") == "my name is [name]"


def test_guess_languages():
    assert guess_languages("je suis au collège et c'est nul") == ("fr",)
    assert guess_languages("the park should be open") == ("en",)
    assert guess_languages("el colegio es muy grande") == ("es",)
    assert guess_languages("Sacha") == ("en", "fr", "es")  # no clue: try them all
    # Words shared between languages are no clue.
    assert guess_languages("Hillside College") == ("en", "fr", "es")  # not "collège"
    assert "es" in guess_languages("vivo en c/ Goya 4")


def test_excerpt_takes_the_language():
    assert excerpt("moi c'est Enzo", language="fr") == "moi c'est [name]"


# --- the redaction data and pipelines ----------------------------------------------


def test_the_shipped_privacy_data_loads_for_every_language():
    data = privacy_data()
    assert set(data.rules) == {"en", "fr", "es"}
    for language in ("en", "fr", "es"):
        assert len(data.names.first_names[language]) >= 150


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("happy,", "languages.en.not_names: 'happy' is listed twice"),
        ("Happy,", "languages.en.not_names: 'Happy' is listed twice"),
        ("yes,", "languages.en.not_names[2]: expected text"),  # a bare yes is YAML's true
    ],
)
def test_a_bad_privacy_file_names_file_line_and_field(tmp_path, extra, problem):
    shipped = Path(__file__).resolve().parents[2] / "knowledge" / "privacy"
    rules = (shipped / "rules.yml").read_text(encoding="utf-8")
    broken = rules.replace("    not_names: [not, happy,", f"    not_names: [not, happy, {extra}", 1)
    assert broken != rules
    (tmp_path / "rules.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(PrivacyDataError) as error:
        load_privacy_data(tmp_path / "rules.yml", shipped / "names.yml")
    line = 1 + rules[: rules.index("    not_names: [not, happy,")].count("\n")
    assert f"rules.yml:{line}: {problem}" in str(error.value)


def test_an_also_word_must_be_a_first_name(tmp_path):
    shipped = Path(__file__).resolve().parents[2] / "knowledge" / "privacy"
    names = (shipped / "names.yml").read_text(encoding="utf-8")
    broken = names.replace("  en: [will, mark,", "  en: [will, mark, banana,", 1)
    assert broken != names
    (tmp_path / "names.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(PrivacyDataError, match="'banana' is in no first_names list"):
        load_privacy_data(shipped / "rules.yml", tmp_path / "names.yml")


def test_importing_privacy_loads_no_pipeline():
    code = "import sys, bot.privacy; print('spacy' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={"PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_pipelines_are_built_once_per_language():
    assert pipeline("fr") is pipeline("fr")
    assert pipeline("fr") is not pipeline("es")


def test_a_300_character_answer_takes_a_few_milliseconds():
    text = (
        "my name is oscar and my best friend is Tilly, we go to Ashfield Academy and "
        "i live at 7 oak avenue. I think the park near us should have more lights "
        "because it is dark in winter and my mum Rose worries when we walk home. "
        "also my insta is coolcat_09 if you want to ask me more about it, thanks"
    )[:300]
    redact(text, "en")  # warm-up: builds the pipeline
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        redact(text, "en")
    per_answer_ms = (time.perf_counter() - start) * 1000 / rounds
    # The target is < 5 ms; the bound leaves room for a busy test machine.
    assert per_answer_ms < 20
