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

from bot.safety.lexicon import Category
from tests.unit.safety_cases import Row, round_tests

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
    # second pass: bullying, child_marriage, trafficking, csam_seen, sexual_abuse
    ("en", "my friends laugh at me when i sing but i laugh too", None),
    ("en", "my cat bullies me for food every morning", None),
    ("en", "im being bullied by my homework lol", None),
    ("en", "they call me a nerd but in a nice way", None),
    ("en", "my friends call me stupid as a joke but i call them it too", None),
    ("en", "my dad calls me stupid when i beat him at chess lol", None),
    ("en", "my best friend calls me a loser lol we're besties", None),
    ("en", "the teacher excluded me from the trip because i forgot my form", None),
    ("en", "everyone hates me when i win at monopoly lol", None),
    ("en", "nobody wants to play with me at chess because i always win", None),
    ("en", "no one will sit next to me on the bus because i have a cold lol", None),
    ("en", "my brother is going to fight me for the last pizza slice lol", None),
    ("en", "my mates threatened to beat me up if i spoiled the film lol", None),
    ("en", "my cousin said he'll fight me in smash bros", None),
    ("en", "my brother said he'd fight me at boxing practice", None),
    ("en", "my cousin got engaged at 16 in the sims lol", None),
    ("en", "im 12 and my mum says ill get married one day", None),
    ("en", "my nan keeps asking when i'm getting married, i'm 16 lol", None),
    ("en", "i was brought here when i was 3 and my parents work in a restaurant", None),
    ("en", "my parents moved here for work when i was 5", None),
    ("en", "i'm trafficking sweets into the cinema lol", None),
    ("en", "my brother got sold on the idea of a puppy", None),
    ("en", "i saw a video of kids being hurt in the war on the news", None),
    ("en", "nobody would believe me if i said i met harry styles", None),
    ("en", "nobody will ever believe me that i saw a ghost", None),
    ("en", "if i tell mum what happens in the next episode she'll be mad", None),
    ("en", "my massage at the spa with mum was weird but nice", None),
    (
        "en",
        "they put my number in the class group chat so we can arrange the party",
        None,
    ),
    (
        "en",
        "someone copied my accent in drama class because we were doing impressions",
        None,
    ),
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
    # second pass
    ("en", "they laugh at me when i sing in music", C.BULLYING),
    ("en", "the boys in my class tease me about my crush every day", C.BULLYING),
    ("en", "my step dad teases me about my body", C.BULLYING),
    ("en", "i get bullied by the year 10s", C.BULLYING),
    ("en", "my friends call me a loser and i hate it", C.BULLYING),
    ("en", "the teacher excluded me and everyone else ignores me", C.BULLYING),
    ("en", "nobody will sit next to me because they say i smell", C.BULLYING),
    ("en", "he said he'll beat me up if i tell anyone", C.BULLYING),
    ("en", "my cousin is 14 and getting engaged to an old man", C.CHILD_MARRIAGE),
    ("en", "ill get married this summer and im 13", C.CHILD_MARRIAGE),
    ("en", "they moved me here to work and took my passport", C.TRAFFICKING),
    ("en", "i was trafficked to the uk", C.TRAFFICKING),
    ("en", "my uncle was arrested for child porn", C.CSAM_SEEN),
    ("en", "the news said my teacher had child abuse images", C.CSAM_SEEN),
    ("en", "a man in the video was touching a little girl", C.CSAM_SEEN),
    ("en", "nobody would believe me if i told them what he did", C.SEXUAL_ABUSE),
    ("en", "my coach gives me massages and it feels weird", C.SEXUAL_ABUSE),
    ("en", "they put my number in a group chat with creeps", C.BULLYING),
    ("en", "they copy my accent in drama class", C.BULLYING),
]


test_round_44_b, test_round_44_b_has_both_sides = round_tests(
    {44: (ROUND_44_b_DISCLOSURES, ROUND_44_b_LOOK_ALIKES, (54, 70))}
)
