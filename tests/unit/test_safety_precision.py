"""Precision of the safety lexicons on look-alikes (issue 3: false alarms).

Each family of harmless messages that once raised an alarm is tested with new
sentences written for this suite (none is a training or evaluation line), next to
disclosures that share its words and must still be found. A phrase with a category
must raise it (others may be raised too); a phrase with None must raise nothing.
"""

from __future__ import annotations

import pytest

from bot.safety.lexicon import Category
from bot.safety.triage import triage

C = Category

# The child denies the act ("nobody is bullying me"): the denial cancels that finding.
# A denial that is itself a disclosure ("nobody cares if i die") is a pattern of its
# own, and a contrast or a later clause keeps a disclosure.
DENIALS = [
    ("en", "no one is bullying me, i just had a weird day", None),
    ("en", "nobody's hurting me, i promise", None),
    ("en", "no one has ever touched me, just asking", None),
    ("en", "nobody is asking me for nudes, i'm just curious what sextortion is", None),
    ("en", "nobody cares if i die", C.SUICIDE_SELF_HARM),
    ("en", "no one cares if i live or die", C.SUICIDE_SELF_HARM),
    ("en", "nobody would even notice if i was gone", C.SUICIDE_SELF_HARM),
    ("en", "nobody would miss me", C.SUICIDE_SELF_HARM),
    ("en", "no one can help me, he hurts me every night", C.ABUSE_NEGLECT),
    ("en", "nobody feeds me at home", C.ABUSE_NEGLECT),
    ("en", "nobody is bullying me online but at school they kick me", C.BULLYING),
    (
        "en",
        "nobody is asking me for nudes except this one guy on snap",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "no one believes me that my uncle touched me", C.SEXUAL_ABUSE),
]

# A question about a word or a subject, for school or out of curiosity, with nothing
# said about the child, is a rights question. The same question with the child's own
# story in it stays a disclosure.
TOPIC_QUESTIONS = [
    ("en", "what sexting means? we had a talk about it in class", None),
    ("en", "what's the difference between teasing and bullying", None),
    ("en", "how can parents spot grooming", None),
    ("en", "is it illegal to share nudes of someone else", None),
    ("en", "what does csam mean", None),
    ("en", "what is county lines", None),
    ("en", "what counts as sexual harassment", None),
    ("en", "is it bullying if it only happens online", None),
    ("en", "anti bullying week starts monday", None),
    ("en", "what is it called when my uncle touches me", C.SEXUAL_ABUSE),
    ("en", "what is grooming? i think it's happening to me", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "en",
        "what does sextortion mean, a guy says he'll post my pics unless i pay",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "is it bullying if they call me names every day", C.BULLYING),
    ("en", "is it illegal for my coach to ask for nudes", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "what counts as sexual abuse, my stepdad comes into my bed", C.SEXUAL_ABUSE),
    ("en", "he needs to stop grooming me", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "why won't they stop bullying me", C.BULLYING),
]

# Everyday words that look like a disclosure: hyperbole, "married to" food, a friend
# request the child turned down.
EVERYDAY = [
    ("en", "i'm getting married to chocolate lol", None),
    ("en", "my dad is going to kill me, i broke the tv remote", None),
    ("en", "mum will kill me cause i lost my jumper again", None),
    ("en", "i ignored a friend request from a random adult on insta", None),
    ("en", "some random guy sent me a follow request and i blocked him", None),
    ("en", "i'm getting married to a man from our village", C.CHILD_MARRIAGE),
    ("en", "my parents say i'm getting married to my cousin next summer", C.CHILD_MARRIAGE),
    ("en", "my mum said she'll kill me if i tell anyone", C.IMMEDIATE_DANGER),
    (
        "en",
        "a stranger sent me a friend request and now he keeps asking me for pics",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "an older man on roblox keeps messaging me", C.ONLINE_SEXUAL_EXPLOITATION),
]

CASES = DENIALS + TOPIC_QUESTIONS + EVERYDAY


@pytest.mark.parametrize(
    ("language", "phrase", "category"),
    [pytest.param(*case, id=f"{case[0]}-{case[1]}") for case in CASES],
)
def test_look_alike_or_disclosure(language, phrase, category):
    result = triage(phrase, language)
    if category is None:
        assert result.is_safe, result.findings
    else:
        assert category in result.categories, result.findings


@pytest.mark.parametrize("language", ["en"])
def test_every_family_has_both_sides(language):
    for family in (DENIALS, TOPIC_QUESTIONS, EVERYDAY):
        mine = [category for lang, _, category in family if lang == language]
        assert None in mine
        assert any(category is not None for category in mine)
