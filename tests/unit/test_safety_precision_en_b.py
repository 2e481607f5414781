"""Precision audit, round 44 part b, of the English safety lexicon (issue 3).

This round went pattern by pattern through the English categories sexual_abuse,
online_sexual_exploitation, csam_seen, bullying, child_marriage, trafficking and
child_labour, asking of each what harmless message a child of 8 to 17 would plausibly
send that the pattern matches: rap lyrics, make-up shades, a forgotten lunch, a trip
home to see family, a game wedding, a parent's job, a coach's secret play, a nan's
"little princess". Each harmless look-alike that raised an alarm got the narrowest
fence in its pattern (or an idiom); the look-alikes below must raise nothing, and the
disclosures written next to them, which the same patterns exist for, must still raise
their category (others may be raised too). All sentences were written for this round.
"""

from __future__ import annotations

import pytest

from bot.safety.lexicon import Category
from tests.unit.safety_cases import Row, assert_triage, params

C = Category

ROUND_44_b_LOOK_ALIKES: list[Row] = [
    # sexual_abuse
    ("en", "i love rapping, i rapped the whole verse at the talent show", None),
    ("en", "my brother rapped the whole song in the car", None),
    ("en", "my nan calls me her little princess", None),
    ("en", "my dad calls me his little princess", None),
    ("en", "i said no but she still ate my chips", None),
    ("en", "i told him to stop but he kept singing lol", None),
    ("en", "my sister took my skirt without asking", None),
    ("en", "dad took my pyjamas off the line", None),
    ("en", "my mum watched me get changed for the dance show to help with the costume", None),
    ("en", "the coach said its our secret play for the final, dont tell the other team", None),
    ("en", "don't tell anyone but i kissed a boy at the disco", None),
    ("en", "my grandad kissed me goodnight", None),
    ("en", "my dog sleeps in my bed every night", None),
    # online_sexual_exploitation
    ("en", "is a nude nail colour ok for school", None),
    ("en", "what colour heels go with a nude dress", None),
    ("en", "my bf asked what im wearing to prom", None),
    ("en", "my friend keeps asking me what i look like in my prom dress", None),
    ("en", "an older man messaged my dad about the car", None),
    (
        "en",
        "my mum told me to delete the messages from the group chat because they were mean",
        None,
    ),
    ("en", "can i send pics of my body to my doctor for my rash", None),
    ("en", "i took a pic of my body for my fitness progress", None),
    ("en", "my sister got blackmailed into babysitting", None),
    # bullying
    ("en", "the vending machine took my money", None),
    ("en", "i forgot to take my lunch to school today", None),
    ("en", "shut up and take my money, that hoodie is so nice", None),
    ("en", "that youtuber gets so many hate comments", None),
    ("en", "why do celebrities get so many mean comments", None),
    ("en", "we are going to go back to my home country in the summer to see my nan", None),
    ("en", "i cant wait to go back to my country for the holidays", None),
    ("en", "my dog is an american bully", None),
    # child_marriage
    ("en", "do you have to be married to adopt a kid", None),
    ("en", "i got married in animal crossing", None),
    ("en", "i am married to my bed on weekends", None),
    # trafficking
    ("en", "the school keeps my passport until the french trip", None),
    ("en", "i have my passport ready for the holiday", None),
    ("en", "our house was sold so we are moving", None),
    ("en", "i got sold a fake jersey online", None),
    ("en", "the tickets were sold out in minutes", None),
    # child_labour
    ("en", "my uncle's job is at a building site", None),
    ("en", "i cook dinner for the family on fridays", None),
    ("en", "im 13 and my mum makes me work on my homework every night", None),
    ("en", "im 14 and have to work out for football", None),
    ("en", "i did all the work in the group project and dont get paid for it lol", None),
]

ROUND_44_b_DISCLOSURES: list[Row] = [
    # sexual_abuse
    ("en", "i got raped in the car", C.SEXUAL_ABUSE),
    ("en", "i was raped in class by a boy", C.SEXUAL_ABUSE),
    ("en", "he raped my sister in the car", C.SEXUAL_ABUSE),
    (
        "en",
        "my step dad calls me his little princess and comes in my room at night",
        C.SEXUAL_ABUSE,
    ),
    ("en", "my mums boyfriend calls me his little princess", C.SEXUAL_ABUSE),
    ("en", "my neighbour calls me his little wife", C.SEXUAL_ABUSE),
    ("en", "i said no but he kept going", C.SEXUAL_ABUSE),
    ("en", "i told him to stop but he still did it", C.SEXUAL_ABUSE),
    ("en", "he pulled my pants down", C.SEXUAL_ABUSE),
    ("en", "my uncle took my shorts off", C.SEXUAL_ABUSE),
    ("en", "my step dad watches me get changed", C.SEXUAL_ABUSE),
    ("en", "my coach says its our little secret", C.SEXUAL_ABUSE),
    ("en", "dont tell anyone he said, then he kissed me", C.SEXUAL_ABUSE),
    # online_sexual_exploitation
    ("en", "my boyfriend keeps asking me to send a nude", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "this man keeps asking what im wearing", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "a guy on insta asked what im wearing tonight", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "en",
        "he keeps asking what i look like in my school uniform",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "an older guy messaged me on insta", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "the man online told me to delete our chats", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "my coach told me to delete the messages", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "he wants me to send pics of my body", C.ONLINE_SEXUAL_EXPLOITATION),
    # bullying
    ("en", "the year 9s stole my lunch again", C.BULLYING),
    ("en", "i get so many hate comments on my tiktok", C.BULLYING),
    ("en", "they told me to go back to my country", C.BULLYING),
    ("en", "they keep saying i should go back to my own country", C.BULLYING),
    # child_marriage
    ("en", "i have to marry him next summer", C.CHILD_MARRIAGE),
    ("en", "i'm getting married to my cousin in pakistan, i'm 13", C.CHILD_MARRIAGE),
    # trafficking
    ("en", "the man i work for keeps my passport", C.TRAFFICKING),
    ("en", "my uncle has my passport and won't give it back", C.TRAFFICKING),
    ("en", "i was sold to a man", C.TRAFFICKING),
    ("en", "my sister was sold", C.TRAFFICKING),
    # child_labour
    ("en", "my job is at a quarry, i'm 12", C.CHILD_LABOUR),
    ("en", "im 13 and have to work on the farm", C.CHILD_LABOUR),
    ("en", "i work in his shop and he never pays me", C.CHILD_LABOUR),
    (
        "en",
        "i have to cook for the family i live with and i cant go to school",
        C.CHILD_LABOUR,
    ),
]


@pytest.mark.parametrize(
    ("language", "phrase", "category"), params(ROUND_44_b_LOOK_ALIKES + ROUND_44_b_DISCLOSURES)
)
def test_round_44_b(language: str, phrase: str, category: Category | None) -> None:
    assert_triage(language, phrase, category)
