"""Precision audit, round 44 part a: English lexicon, suicide and self-harm, immediate
danger, and abuse and neglect.

Each pattern of these three categories was read with one question: what harmless
message would a child or a teenager plausibly send that it matches? The look-alikes
below (family life, school, games, sport, pets, films, weather, questions about
safety) were written for this audit and probed against the lexicon; those that raised
an alarm led to the narrowest fence in their pattern, and must now raise nothing.
The disclosures share their words and must still raise their category (others may be
raised too).
"""

from __future__ import annotations

import pytest

from bot.safety.lexicon import Category
from tests.unit.safety_cases import assert_triage, params

C = Category

ROUND_44_a_LOOK_ALIKES = [
    # suicide_self_harm
    ("en", "i keep cutting my fringe myself", None),
    ("en", "i started cutting out pictures for my collage", None),
    ("en", "i stopped cutting my hair", None),
    ("en", "my mum stopped cutting the grass", None),
    ("en", "i'm hanging myself upside down on the monkey bars", None),
    ("en", "i hung myself a poster of my fav band", None),
    ("en", "i just want it to stop raining so we can play outside", None),
    ("en", "my sister wants to cut herself a fringe", None),
    ("en", "he hurt himself playing football", None),
    ("en", "my brother hurt himself on the trampoline", None),
    ("en", "i can't live like this without wifi", None),
    ("en", "i can't go on like this with my phone cracked lol", None),
    ("en", "tired of living in a small flat i want a garden", None),
    ("en", "im fed up with life in this village, nothing to do", None),
    ("en", "she decided to end it with her boyfriend", None),
    ("en", "i wish he would die in the next episode, he's the worst villain", None),
    ("en", "jump off the roof into the pool in minecraft", None),
    ("en", "i'm a mistake maker lol", None),
    # immediate_danger
    ("en", "if you find a wallet should you call the police", None),
    ("en", "i'm in danger of failing maths lol", None),
    ("en", "my cat ran away from home and came back two days later", None),
    ("en", "i feel like im going to die after that cross country run", None),
    ("en", "hiding from my brother in hide and seek", None),
    ("en", "i'm hiding in the wardrobe cause we're playing hide and seek", None),
    ("en", "i'm locked in my room because the door handle broke, dad is fixing it", None),
    ("en", "my parents won't let me leave the table until i eat my peas", None),
    ("en", "my knee is bleeding a lot from when i fell off my bike", None),
    ("en", "can't wake him up he's such a heavy sleeper", None),
    ("en", "my dad won't wake up from his nap, he's snoring so loud", None),
    ("en", "the baby isn't breathing through her nose because she has a cold", None),
    ("en", "i can't breathe in this mask", None),
    ("en", "my dog ate rat poison last year but the vet saved him", None),
    ("en", "my mum's coming back to get me from the party at 10", None),
    ("en", "he's going to kill me in the next round", None),
    ("en", "my brother is banging on the door because i'm in the bathroom too long", None),
    ("en", "the wind is banging on my window", None),
    ("en", "we have nowhere to sleep on the school trip, the tent flooded lol", None),
    ("en", "nowhere to stay in london for the concert, mum is looking for a hotel", None),
    # abuse_neglect
    ("en", "i'm afraid of home alone the movie, its so scary", None),
    ("en", "my parents never wanted me to get a dog", None),
    ("en", "my mum never wanted me to play rugby", None),
    ("en", "my parents don't feed me vegetables anymore cos i hate them", None),
    ("en", "nobody cooks for me on saturdays so i make toast", None),
    ("en", "my mum doesn't cook for us on fridays, we get takeaway", None),
    ("en", "my parents left us alone for the weekend with our nan", None),
    ("en", "i'm not allowed to eat in the car", None),
    ("en", "my mum won't let me eat my sandwiches on the sofa", None),
    ("en", "my dad won't let me eat dessert until i finish dinner", None),
    ("en", "my mum is so high on coffee today lol", None),
    ("en", "my brother kicked my dad in football and he fell over laughing", None),
    ("en", "my mum ended up on the floor laughing", None),
    ("en", "my sister was lying on the floor with a black eye from hockey", None),
    ("en", "i have bruises from him because we were playing tag", None),
    ("en", "i got hit by my brother's frisbee", None),
    ("en", "i was kicked by a horse at riding", None),
    ("en", "i get beaten by my sister at chess every time", None),
    ("en", "my brother abused the wifi by downloading games all night", None),
    ("en", "the ref was abusing his power lol", None),
    # already silent before this audit, worth guarding
    ("en", "she burned herself on the oven", None),
    ("en", "my cousin jumped off the bridge into the river for fun in summer", None),
    ("en", "mum won't let me out until i tidy my room", None),
    ("en", "my dad hits me with a pillow when i don't wake up", None),
    ("en", "my dad threw a pillow at my head to wake me up", None),
]

ROUND_44_a_DISCLOSURES = [
    ("en", "i started cutting again last night", C.SUICIDE_SELF_HARM),
    ("en", "i keep cutting my arms when i'm sad", C.SUICIDE_SELF_HARM),
    ("en", "i want to hang myself", C.SUICIDE_SELF_HARM),
    ("en", "my friend said she wants to hang herself", C.SUICIDE_SELF_HARM),
    ("en", "i just want it all to stop", C.SUICIDE_SELF_HARM),
    ("en", "my friend cuts herself every night", C.SUICIDE_SELF_HARM),
    ("en", "she hurts herself on purpose", C.SUICIDE_SELF_HARM),
    ("en", "i can't live like this any more, everyone hates me", C.SUICIDE_SELF_HARM),
    ("en", "i'm so tired of living in this world", C.SUICIDE_SELF_HARM),
    ("en", "i've decided to end it", C.SUICIDE_SELF_HARM),
    ("en", "i wish i was dead", C.SUICIDE_SELF_HARM),
    ("en", "i'm going to jump off the bridge into the river", C.SUICIDE_SELF_HARM),
    ("en", "i'm a mistake", C.SUICIDE_SELF_HARM),
    ("en", "should i call the police, my dad is hitting my mum", C.IMMEDIATE_DANGER),
    ("en", "i'm in danger please help", C.IMMEDIATE_DANGER),
    ("en", "i ran away from home last night", C.IMMEDIATE_DANGER),
    ("en", "i think i'm going to die", C.IMMEDIATE_DANGER),
    ("en", "i'm hiding from my dad in the wardrobe", C.IMMEDIATE_DANGER),
    ("en", "i'm locked in my room and he won't let me out", C.IMMEDIATE_DANGER),
    ("en", "he won't let me leave", C.IMMEDIATE_DANGER),
    ("en", "my arm is bleeding so much", C.IMMEDIATE_DANGER),
    ("en", "i can't wake my mum up", C.IMMEDIATE_DANGER),
    ("en", "my baby brother isn't breathing", C.IMMEDIATE_DANGER),
    ("en", "i can't breathe", C.IMMEDIATE_DANGER),
    ("en", "my little brother drank bleach", C.IMMEDIATE_DANGER),
    (
        "en",
        "my dog ate rat poison and hes shaking, and my little brother ate some too",
        C.IMMEDIATE_DANGER,
    ),
    ("en", "he said he's coming back to get me", C.IMMEDIATE_DANGER),
    ("en", "he's coming back to hurt me at 9", C.IMMEDIATE_DANGER),
    ("en", "he's going to kill me", C.IMMEDIATE_DANGER),
    ("en", "my dad is banging on the door i'm scared", C.IMMEDIATE_DANGER),
    ("en", "i have nowhere to sleep tonight", C.IMMEDIATE_DANGER),
    ("en", "i'm scared of going home", C.ABUSE_NEGLECT),
    ("en", "my mum never wanted me to be born", C.ABUSE_NEGLECT),
    ("en", "my parents don't feed me", C.ABUSE_NEGLECT),
    ("en", "nobody feeds me", C.ABUSE_NEGLECT),
    ("en", "there's no food at home again", C.ABUSE_NEGLECT),
    ("en", "they left us alone for the weekend", C.ABUSE_NEGLECT),
    ("en", "my stepdad won't let me eat until i finish my chores", C.ABUSE_NEGLECT),
    ("en", "my mum is always high", C.ABUSE_NEGLECT),
    ("en", "he kicked my mum", C.ABUSE_NEGLECT),
    ("en", "mum ends up on the floor crying", C.ABUSE_NEGLECT),
    ("en", "i have bruises from my dad", C.ABUSE_NEGLECT),
    ("en", "i get hit by my dad every day", C.ABUSE_NEGLECT),
    ("en", "he's abusing his position", C.ABUSE_NEGLECT),
]


@pytest.mark.parametrize(
    ("language", "phrase", "category"), params(ROUND_44_a_LOOK_ALIKES + ROUND_44_a_DISCLOSURES)
)
def test_round_44_a(language: str, phrase: str, category: Category | None) -> None:
    assert_triage(language, phrase, category)


def test_round_44_a_has_both_sides() -> None:
    assert all(category is None for _, _, category in ROUND_44_a_LOOK_ALIKES)
    assert all(category is not None for _, _, category in ROUND_44_a_DISCLOSURES)
