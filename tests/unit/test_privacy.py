"""Pseudonyms and redaction (bot/privacy.py)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.privacy import excerpt, pseudonym, redact

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
