"""Deterministic safety triage, phrase by phrase, in English, French and Spanish.

Every phrase here was written for this suite. Positives must raise their category
(other categories may be raised too); benign phrases must raise nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from bot.names import LANGUAGES
from bot.safety.lexicon import Category, Severity, load_lexicons
from bot.safety.normalise import squeeze
from bot.safety.triage import Finding, Triage, triage
from tests.unit.safety_cases import assert_spoken_of, assert_triage, params
from tests.unit.test_safety_lexicon import minimal_lexicon, write_lexicons

C = Category

POSITIVE: dict[str, dict[Category, list[str]]] = {
    "en": {
        C.SUICIDE_SELF_HARM: [
            "i want to die",
            "I WANT TO KILL MYSELF",
            "honestly thinking of ending my life tonight",
            "kms fr",
            "my friend wants to kill herself and i dont know what to do",
            "i've been cutting again",
            "sometimes i think everyone would be better off without me",
            "i wanna unalive myself",
            "thinking about sewerslide ngl",
            "i just want to disappear forever",
            "i hope i dont wake up tomorrow",
            "i want to end it all",
            "im so suicidal",
            "i wnat to dye",
            "been saving up my pills",
            "i hurt myself on purpose",
            "my best mate is cutting himself",
            # The accident idiom once covered these ("with", "on" were benign):
            "i cut myself with a razor",
            "i burn myself with a lighter when im sad",
            "i relapsed and cut last night",
        ],
        C.IMMEDIATE_DANGER: [
            "i took all the pills in the cabinet",
            "he's coming back to hurt me",
            "my stepdad is hitting me right now",
            "there's a man with a knife outside my door",
            "they locked me in the basement",
            "i'm bleeding a lot and it won't stop",
            "i have nowhere safe to sleep tonight",
            "HELP he is choking me",
            "i overdosed an hour ago",
            "he said he'll kill me",
            "someone is following me home and i'm scared",
            "my dad kicked me out and i have nowhere to go tonight",
            "he just stabbed my mum",
            "my mum took a load of tablets and wont wake up",
        ],
        C.ABUSE_NEGLECT: [
            "my dad hits me when he's drunk",
            "mum beats me with a belt",
            "my parents never feed me",
            "i get hit at home all the time",
            "my stepmum says im worthless and a mistake",
            "I'm scared to go home",
            "my uncle pushes me around and slaps me",
            "we've been left home alone for days",
            "my dad punches my mum",
            "there's no food at home again",
            "my mom is always drunk and passed out",
            "i have bruises from my dad",
        ],
        C.SEXUAL_ABUSE: [
            "my uncle comes into my room at night and touches me",
            "he said it's our secret and then touched me",
            "i was raped",
            "my stepbrother touches my private parts",
            "a teacher touched me inappropriately",
            "he made me touch him",
            "my cousin molested me when i was 9",
            "he put his hand down my pants",
            "i told him to stop but he didn't",
            "i'm 13 and my boyfriend is 24",
            "SEXUALLY ASSAULTED at a party",
            "my dad sleeps in my bed and touches me",
            "my babysitter touches me in the bath",
        ],
        C.ONLINE_SEXUAL_EXPLOITATION: [
            "a guy i met online keeps asking for nudes",
            "someone is threatening to post my pics unless i pay",
            "my nudes got leaked",
            "he wants me to send pics",
            "an older man on snapchat keeps messaging me",
            "he offered me robux for pictures",
            "she is blackmailing me with my photos",
            "he asked me to take my clothes off on video call",
            "a stranger on discord asked what i'm wearing",
            "he told me to delete our chats so my parents dont see",
            "someone sent me a dick pic",
        ],
        C.CSAM_SEEN: [
            "i saw a video of a kid being abused",
            "someone in a discord server posted child porn",
            "i got sent naked pictures of little kids",
            "there's a link going round with cp videos",
            "a group chat shared nudes of a girl in my class",
            "found porn with children on a website",
            "my friend showed me pics of a man touching a little girl",
            "someone was selling underage nudes on telegram",
            "a pedo server with videos of children",
        ],
        C.BULLYING: [
            "i'm being bullied at school",
            "they keep telling me to kys",
            "everyone at school makes fun of me",
            "i got cyberbullied on tiktok",
            "they call me fat and ugly every day",
            "nobody wants to sit with me at lunch",
            "people are spreading rumours about me",
            "some boys pushed me in the corridor again",
            "someone made a fake account about me",
            "they said i should just go die",
            "BULLYS at my school wont leave me alone",
        ],
        C.CHILD_MARRIAGE: [
            "my parents want me to marry a man i don't know",
            "i'm 14 and they are forcing me to get married",
            "they're taking me back home to marry my cousin",
            "i'm getting married next month and i'm only 15",
            "my family arranged a marriage for me",
            "i have to marry him after my exams",
            "my dad promised me to his friend",
            "they want to marry me off",
            "my sister is 13 and is getting married to an old man",
        ],
        C.TRAFFICKING: [
            "they took my passport and won't give it back",
            "i was sold to a man",
            "they brought me to this country and make me work for free",
            "i have to work to pay back the debt for bringing me here",
            "they make me sleep with men for money",
            "i think i'm being trafficked",
            "they promised me a job but now i can't leave the house",
            "older guys are making me sell drugs for them",
            "the boss won't let me leave or call my family",
        ],
        C.CHILD_LABOUR: [
            "i have to work in a factory instead of going to school",
            "they make me work 14 hours a day",
            "i'm 11 and i have to work",
            "my boss never pays me for the work",
            "they send me to beg on the streets",
            "i work in a mine with my brothers",
            "child labour is happening in my village",
            "i clean houses all day for another family instead of school",
            "i have to get a job to feed my family",
        ],
    },
    "fr": {
        C.SUICIDE_SELF_HARM: [
            "je veux mourir",
            "jveux me suicider",
            "j'ai envie d'en finir",
            "g plus envie de vivre",
            "je me scarifie depuis 2 mois",
            "ma meilleure amie veut se suicider",
            "ils seraient mieux sans moi",
            "JE VAIS ME TUER CE SOIR",
            "j'aimerais m'endormir et ne jamais me réveiller",
            "je suis suicidaire",
            "je me fais du mal",
            "jsuis fatiguee de vivre",
            "je me suis coupée les bras hier soir",
        ],
        C.IMMEDIATE_DANGER: [
            "j'ai pris toutes les pilules de ma mère",
            "il me frappe la maintenant aidez moi",
            "il revient pour me frapper",
            "il a un couteau et il me menace",
            "ils m'ont enfermée dans la cave",
            "je saigne beaucoup",
            "je n'ai nulle part où dormir ce soir",
            "il m'étrangle",
            "mon beau-père a dit qu'il allait me tuer",
            "quelqu'un me suit depuis l'école",
            "appelez la police svp",
        ],
        C.ABUSE_NEGLECT: [
            "mon père me frappe",
            "ma mere me tape avec la ceinture",
            "je me fais battre par mon beau pere",
            "mes parents me laissent tout seul pendant des jours",
            "on n'a rien à manger à la maison depuis une semaine",
            "mon père frappe ma mère",
            "j'ai peur de rentrer chez moi",
            "ma mère est tout le temps bourrée",
            "mon beau-père me traite de bon à rien",
            "il me maltraite",
        ],
        C.SEXUAL_ABUSE: [
            "mon oncle vient dans ma chambre la nuit et me touche",
            "il m'a touchée les fesses",
            "j'ai été violée",
            "il m'a dit que c'est notre secret et il m'a caressée",
            "mon cousin m'oblige à le toucher",
            "il m'a montré son zizi",
            "un prof me filme quand je me change",
            "attouchements de mon grand pere",
            "il a mis sa main dans ma culotte",
            "j'ai 13 ans et mon copain a 25 ans",
            "mon beau père me touche quand ma mère n'est pas là",
        ],
        C.ONLINE_SEXUAL_EXPLOITATION: [
            "un mec sur snap me demande des nudes",
            "il menace de publier mes photos si je paie pas",
            "mes nudes circulent au college",
            "un homme de 40 ans m'écrit sur insta",
            "il me demande des photos de moi nue",
            "il me fait chanter avec une vidéo",
            "il m'a demandé de me déshabiller en visio",
            "il m'offre des robux contre des photos",
            "il m'a dit de supprimer nos messages",
            "il me pose des questions sur mon corps",
        ],
        C.CSAM_SEEN: [
            "j'ai vu une vidéo d'un enfant en train de se faire violer",
            "quelqu'un a partagé de la pédopornographie sur discord",
            "on m'a envoyé des photos d'enfants nus",
            "il y a un lien vers des contenus pedo",
            "des nudes d'une fille de ma classe tournent",
            "j'ai trouvé du porno avec des enfants",
            "un groupe telegram partage des mineurs nus",
            "une vidéo où un homme touche une petite fille",
        ],
        C.BULLYING: [
            "je me fais harceler au collège",
            "ils se moquent de moi tous les jours",
            "on m'insulte sur insta",
            "personne ne veut me parler en classe",
            "ils m'ont dit d'aller me suicider",
            "ils me frappent dans la cour",
            "ils racontent des mensonges sur moi",
            "je suis victime de cyberharcelement",
            "ils me traitent de grosse",
            "un faux compte sur moi pour se moquer",
        ],
        C.CHILD_MARRIAGE: [
            "mes parents veulent me marier à 15 ans",
            "je dois épouser un homme que je connais pas",
            "ils vont m'envoyer au bled pour me marier",
            "mariage forcé",
            "on m'a promise à un homme plus vieux",
            "je suis fiancée et j'ai 14 ans",
            "ma soeur de 13 ans va se marier",
            "ils m'obligent à me marier avec mon cousin",
        ],
        C.TRAFFICKING: [
            "ils ont pris mon passeport",
            "j'ai été vendue à un homme",
            "on m'a amenée en france pour travailler sans être payée",
            "je dois travailler pour rembourser ma dette au passeur",
            "ils m'obligent à coucher avec des hommes",
            "on m'a promis un travail mais maintenant je suis enfermée",
            "je crois que c'est de la traite des êtres humains",
            "ils me forcent à vendre de la drogue",
            "mon patron m'interdit de sortir",
        ],
        C.CHILD_LABOUR: [
            "je dois travailler au lieu d'aller à l'école",
            "on m'oblige à travailler toute la journée",
            "j'ai 10 ans et je dois travailler",
            "je travaille dans une mine",
            "je bosse au marché et mon patron me paie pas",
            "ils m'envoient mendier dans la rue",
            "travail des enfants dans les champs",
            "je fais le ménage toute la journée pour une autre famille",
            "je dois travailler pour nourrir ma famille",
        ],
    },
    "es": {
        C.SUICIDE_SELF_HARM: [
            "quiero morirme",
            "me quiero suicidar",
            "no quiero vivir mas",
            "kiero matarme",
            "me estoy cortando otra vez",
            "mi amiga se quiere matar",
            "estarían mejor sin mí",
            "quiero desaparecer para siempre",
            "ojalá no despertar mañana",
            "pienso en suicidarme todos los dias",
            "ME CORTO LOS BRAZOS",
            "ya tengo las pastillas guardadas",
        ],
        C.IMMEDIATE_DANGER: [
            "me tomé todas las pastillas",
            "mi papá me está pegando ahora",
            "tiene un cuchillo y me amenaza",
            "me encerraron en el cuarto",
            "estoy sangrando mucho",
            "no tengo donde dormir esta noche",
            "ayuda me quiere matar",
            "dijo que me iba a matar",
            "va a volver para pegarme",
            "un hombre me está siguiendo",
            "llamen a la policía por favor",
        ],
        C.ABUSE_NEGLECT: [
            "mi papa me pega",
            "mi mamá me pega con el cinturón",
            "no me dan de comer",
            "mi padrastro le pega a mi mamá",
            "me dejan sola por dias",
            "mi mamá siempre está borracha",
            "me da miedo volver a casa",
            "mi papá me dice que soy un error",
            "tengo moretones por los golpes de mi tío",
            "sufro maltrato en mi casa",
        ],
        C.SEXUAL_ABUSE: [
            "mi tío entra a mi cuarto en la noche y me toca",
            "me violaron",
            "me toca mis partes intimas",
            "dijo que era nuestro secreto y me tocó",
            "me obliga a tocarlo",
            "me enseñó su pene",
            "mi primo abusó sexualmente de mí",
            "metió su mano debajo de mi falda",
            "le dije que no pero siguió",
            "tengo 13 años y mi novio tiene 22",
            "mi vecino me tocó cuando estaba sola",
            "el novio de mi mamá se mete a mi cama",
        ],
        C.ONLINE_SEXUAL_EXPLOITATION: [
            "un señor me pide fotos desnuda",
            "me pidio el pack",
            "me amenaza con publicar mis fotos si no le pago",
            "filtraron mis nudes",
            "un hombre por instagram me manda mensajes",
            "me chantajea con un video",
            "me ofreció pavos a cambio de fotos",
            "me pidió que borre nuestros mensajes",
            "quiere que me quite la ropa en videollamada",
            "me pregunta si estoy sola en casa",
        ],
        C.CSAM_SEEN: [
            "vi un video de un niño siendo abusado",
            "me mandaron pornografía infantil",
            "en un grupo pasan fotos de niñas desnudas",
            "me llegó un link de cp",
            "están pasando el pack de una compañera de mi clase",
            "porno con menores en telegram",
            "un video de un hombre abusando de una niña",
            "venden packs de menores",
        ],
        C.BULLYING: [
            "me hacen bullying en la escuela",
            "se burlan de mi todos los dias",
            "me dicen gorda y fea",
            "nadie quiere juntarse conmigo",
            "me dijeron que me matara",
            "me pegan en el recreo",
            "inventan chismes sobre mí",
            "sufro ciberacoso",
            "hicieron una cuenta falsa para burlarse de mi",
            "me quitan el almuerzo",
        ],
        C.CHILD_MARRIAGE: [
            "me quieren casar con un señor",
            "tengo que casarme con mi primo",
            "matrimonio forzado",
            "me van a mandar a mi país para casarme",
            "me comprometieron con un hombre mayor",
            "me van a sacar de la escuela para casarme",
            "tengo 14 y me voy a casar",
            "mi hermana de 12 años se va a casar",
        ],
        C.TRAFFICKING: [
            "me quitaron mi pasaporte",
            "me vendieron a un señor",
            "me trajeron a españa y me obligan a trabajar",
            "tengo que trabajar para pagar la deuda del viaje",
            "me obligan a acostarme con hombres",
            "me prometieron un trabajo pero ahora no me dejan salir",
            "creo que es trata de personas",
            "me obligan a vender droga",
            "el patrón no me deja salir",
        ],
        C.CHILD_LABOUR: [
            "tengo que trabajar en vez de ir a la escuela",
            "me obligan a trabajar todo el día",
            "tengo 9 años y tengo que trabajar",
            "trabajo en una mina",
            "mi jefe en el trabajo no me paga",
            "me obligan a pedir dinero en la calle",
            "hay trabajo infantil en mi pueblo",
            "limpio casas todo el dia para otra familia",
            "tengo que trabajar para mantener a mi familia",
        ],
    },
}

BENIGN: dict[str, list[str]] = {
    "en": [
        "this homework is killing me",
        # "noose" squeezes to "nose": no bare-word pattern may catch a runny nose.
        "my nose is blocked and i can't smell anything",
        "i'm dying of laughter",
        "my phone is dead",
        "she totally killed it at the talent show",
        "he killed me in fortnite lol",
        "i could murder a pizza right now",
        "dead 💀",
        "lol im dead",
        "my mum will kill me if i'm late again",
        "that joke killed me",
        "i'm dying to see the new film",
        "my battery died during the match",
        "i want to dye my hair purple",
        "i burned myself on the oven making toast",
        "my big brother beat me at chess again",
        "this song hits different",
        "suicide squad is such a good movie",
        "i love my nude lipstick",
        "i'm married to my bed on weekends lol",
        "we learned about drug trafficking in history",
        "my coach pushes me to do better",
        "i got hit by a ball in pe",
        "they kicked me out of the group chat",
        "i'm so locked in for the exam",
        "hit me up after school",
        "we had a pillow fight and my sister hit me with a pillow",
        "i cut my hair really short",
        "my dog needs a grooming brush",
        "i have a test tomorrow and i'm nervous",
        "what are my rights at school?",
        "can i choose which parent to live with?",
        "my grandpa died last year and i miss him",
        "i'm scared of my mum finding out about my grades",
        "i like rapping with my friends",
        "the suspense is killing me",
        "someone is following me on instagram",
        "i'm going to die if i don't get tickets lol",
        "i can't breathe 😂😂",
        "i don't want to go on the school trip",
        "i don't want to live in this town forever",
        "she shot me a dirty look",
        "lol you killed me with that meme",
        "my little cousin threw a ball at me",
        "i burnt myself on a hot pan",
        "mum is not waking up early today, she's on holiday",
        "i'm so tired i could sleep forever",
        "my parents are strict and won't let me out after 9",
        "i got a new puppy and he bites me all the time",
        # A toddler sibling who bites or smacks: not abuse.
        "my little cousin bites me when she's tired",
        "my toddler brother smacked me with his spoon",
        "my 4 year old sister kicked me in her sleep",
        # Asking what something is, or learning about it, is not a disclosure.
        "what does child trafficking mean",
        "is cyberbullying against the law",
        "is grooming illegal in the uk",
        "we have a presentation on child marriage for geography",
        "i'm writing an essay about human trafficking",
        "anti-bullying week starts monday",
        "we read about kids who sewed clothes in factories all day",
        # "don't want to / didn't mean to" before the finding, nothing after it.
        "i don't intend to hurt myself, i just needed to vent",
        "i didn't mean to cut myself, the knife slipped",
        "i'm not being bullied, people are nice at my new school",
    ],
    "fr": [
        # The child hit a sibling in play: not violence against a family member.
        "j'ai tapé mon frère avec un coussin mdr",
        "je suis mort de rire",
        "mdr ce devoir me tue",
        "j'ai tué le boss final",
        "il m'a tué sur fortnite",
        "je meurs de faim",
        "ma batterie est morte",
        "mon téléphone est mort",
        "tu me tues 😂",
        "ma mère va me tuer si je rentre tard",
        "je suis crevé après le foot",
        "on a tué le temps au parc",
        "ce prof me saoule",
        "je vais mourir de honte",
        "je me suis coupé le doigt en cuisinant",
        "mon frère m'a battu aux échecs",
        "il me tape sur les nerfs",
        "mon rouge à lèvres nude est trop beau",
        "j'en peux plus de ces devoirs",
        "quels sont mes droits à l'école ?",
        "on a une journée contre le harcèlement au collège",
        "je me suis fait mal au genou au foot",
        "mon coach me pousse à me dépasser",
        "je préfère mourir que manger des épinards",
        "il me suit sur insta",
        "j'arrive pas à respirer tellement je rigole",
        "le film était mortel",
        "j'ai pris deux doliprane pour ma migraine",
        "mes parents se disputent pour savoir où partir en vacances",
        "je suis enfermé dehors, j'ai oublié mes clés",
        "je suis morte 💀",
        "il fait une chaleur à crever",
        "personne ne m'a répondu sur le groupe",
        "il m'a vendu son vélo",
        "je m'enferme dans ma chambre pour réviser",
        "il m'a tapé dans la main",
        "mon frère me tape tout le temps dans le dos pour rigoler",
        "il a pris un couteau pour couper le gâteau",
        "ma petite soeur m'a tapé avec sa poupée",
        "mon petit cousin de 3 ans me tape quand il veut pas dormir",
        "c'est quoi la traite des êtres humains ?",
        "la sextorsion c'est puni par la loi ?",
        "on fait un exposé sur le mariage forcé en histoire-géo",
        "la prof nous a parlé du travail des enfants au XIXe siècle",
        # Négation après le verbe, sans « ne ».
        "mes parents me tapent jamais, ils sont plutôt cool",
        "mon beau père me crie dessus mais il me frappe pas",
    ],
    "es": [
        # "cortar" with someone is breaking up.
        "mi novia me cortó por mensaje 💔",
        "me muero de risa",
        "me muero de ganas de verte",
        "me mataron en free fire",
        "me muero de hambre",
        "estoy muerto de cansancio",
        "mi celular está muerto",
        "este examen me va a matar",
        "mi mamá me va a matar si llego tarde",
        "la película me mató de risa",
        "me quiero morir de la vergüenza jajaja",
        "me corté el pelo ayer",
        "me corté el dedo cocinando",
        "mi hermano me ganó en fifa",
        "se me pega la canción todo el día",
        "me pegó la gripe",
        "cuáles son mis derechos en la escuela",
        "tenemos una charla sobre bullying en clase",
        "no me dejan salir de fiesta",
        "mi hermano hace ejercicio para tener six pack",
        "en historia hablamos de la violación de derechos humanos",
        "tengo sueño",
        "me voy a matar estudiando para el examen",
        "no puedo respirar de la risa",
        "él me sigue en instagram",
        "mi abuelo murió el año pasado",
        "me duele la cabeza",
        "mi papá me regaña cuando no hago la tarea",
        "tú me matas jajaja",
        "estoy harta de las matemáticas",
        "quiero aprender a cocinar",
        "me muero de sueño en clase",
        "mi mejor amiga me vendió su bici",
        "el profe me puso un cero",
        "no quiero vivir en esta ciudad",
        "me toca lavar los platos hoy",
        "mi mamá dice que me toca limpiar el cuarto",
        "mi hermano me pega chicles en el pelo jaja",
        "mi amigo me tocó el hombro",
        "mi sobrinito me pega con su juguete",
        "mi hermanita bebé me pegó en la cara jugando",
        "qué es la trata de personas?",
        "hicimos un trabajo sobre el trabajo infantil",
        "el ciberacoso es delito en españa?",
        "nunca me han hecho bullying",
        "ya no me hacen bullying desde que cambié de cole",
    ],
}

# Negation and clause handling: (language, phrase, category expected or None).
NEGATION = [
    # A negation inside the disclosure itself does not cancel it.
    ("en", "i don't want to live anymore", C.SUICIDE_SELF_HARM),
    ("en", "i dont want to be alive", C.SUICIDE_SELF_HARM),
    ("en", "i can't go on like this anymore", C.SUICIDE_SELF_HARM),
    ("en", "nobody would care if i died", C.SUICIDE_SELF_HARM),
    ("en", "nobody wants to sit with me", C.BULLYING),
    ("en", "my parents never feed me", C.ABUSE_NEGLECT),
    # A negation that is not right before the match does not cancel it.
    ("en", "not gonna lie i want to kill myself", C.SUICIDE_SELF_HARM),
    ("en", "i don't know why but i want to die", C.SUICIDE_SELF_HARM),
    ("en", "i don't think i can stop, i want to die", C.SUICIDE_SELF_HARM),
    # A clause break stops a negation.
    ("en", "no. i want to die", C.SUICIDE_SELF_HARM),
    ("en", "am i ok? not really. suicidal tbh", C.SUICIDE_SELF_HARM),
    ("fr", "moi? jamais. me scarifier c'est ma vie", C.SUICIDE_SELF_HARM),
    ("es", "¿yo? nunca... me quiero morir", C.SUICIDE_SELF_HARM),
    ("en", "not really, he hits me", C.ABUSE_NEGLECT),
    # A negation right before the match cancels it.
    ("en", "i'm not going to hurt myself", None),
    ("en", "nobody hits me", None),
    ("en", "i would never kill myself", None),
    ("en", "i'm not suicidal", None),
    ("en", "my dad doesn't hit me", None),
    ("en", "i don't want to die", None),
    ("fr", "je ne veux plus vivre", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai plus envie de vivre", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai de plus en plus envie de mourir", C.SUICIDE_SELF_HARM),
    ("fr", "je sais pas pourquoi mais je veux mourir", C.SUICIDE_SELF_HARM),
    ("fr", "non, je veux mourir", C.SUICIDE_SELF_HARM),
    ("fr", "une personne me frappe a l'ecole", C.BULLYING),
    ("fr", "je vais pas me suicider", None),
    ("fr", "personne ne me frappe", None),
    ("fr", "j'ai pas envie de mourir", None),
    ("fr", "je ne vais jamais me faire du mal", None),
    ("es", "no quiero vivir", C.SUICIDE_SELF_HARM),
    ("es", "ya no quiero vivir", C.SUICIDE_SELF_HARM),
    ("es", "no sé qué hacer, me quiero morir", C.SUICIDE_SELF_HARM),
    ("es", "no se me quiero morir", C.SUICIDE_SELF_HARM),
    ("es", "no tengo ganas de vivir", C.SUICIDE_SELF_HARM),
    ("es", "no me dan de comer", C.ABUSE_NEGLECT),
    ("es", "no me quiero morir", None),
    ("es", "nadie me pega", None),
    ("es", "no voy a suicidarme", None),
    ("es", "mi papá nunca me pega", None),
    ("es", "no quiero morir", None),
    # A contrast right after a negated finding keeps it: recall first.
    ("en", "i won't kill myself but some nights i really want to", C.SUICIDE_SELF_HARM),
    ("en", "i'm not going to hurt myself for now", C.SUICIDE_SELF_HARM),
    ("en", "i don't want to cut myself but i do it anyway", C.SUICIDE_SELF_HARM),
    ("en", "i don't want to kill myself, i promise", None),
    ("en", "i'm not going to hurt myself, but thanks", None),
    ("fr", "je vais pas me suicider pour l'instant", C.SUICIDE_SELF_HARM),
    ("fr", "je veux pas me suicider mais j'y pense", C.SUICIDE_SELF_HARM),
    ("es", "no me quiero matar pero lo pienso mucho", C.SUICIDE_SELF_HARM),
    ("es", "no me voy a suicidar todavía", C.SUICIDE_SELF_HARM),
    ("es", "no me voy a suicidar, gracias por preguntar", None),
    # A French negation after the verb cancels only when the sentence stops there.
    ("fr", "mon père me frappe pas tous les jours", C.ABUSE_NEGLECT),
    ("fr", "ma mère me gifle pas mal ces temps ci", C.ABUSE_NEGLECT),
    ("fr", "il me frappe jamais devant les autres", C.ABUSE_NEGLECT),
    ("fr", "mon oncle me frappe pas, il me bat avec sa ceinture", C.ABUSE_NEGLECT),
    ("fr", "ma mère me frappe jamais", None),
    # A younger sibling's bite is play; an older one's punches are not.
    ("en", "my big brother punches me", C.ABUSE_NEGLECT),
    ("en", "my little brother keeps punching me and mum does nothing", C.ABUSE_NEGLECT),
    ("es", "mi hermano mayor me pega", C.ABUSE_NEGLECT),
    # A lesson about a subject is not a disclosure, unless the child says it is theirs.
    (
        "en",
        "the film about forced marriage made me realise my parents are planning mine",
        C.CHILD_MARRIAGE,
    ),
    ("en", "we did a project on trafficking, i think my cousin is being trafficked", C.TRAFFICKING),
    ("en", "i think this is sextortion, he wants money", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "on a vu un film sur le harcèlement et ça m'arrive tous les jours", C.BULLYING),
    (
        "fr",
        "un reportage sur le mariage forcé m'a fait peur, mes parents en parlent",
        C.CHILD_MARRIAGE,
    ),
    ("es", "vimos un documental sobre el trabajo infantil y yo hago lo mismo", C.CHILD_LABOUR),
    ("es", "creo que lo que le pasa a mi prima es trata de personas", C.TRAFFICKING),
    ("es", "tuvimos una charla sobre bullying y a mi me lo hacen siempre", C.BULLYING),
    ("es", "nadie me hace bullying pero me pegan en el recreo", C.ABUSE_NEGLECT),
]

LEETSPEAK = [
    ("k1ll mys3lf", C.SUICIDE_SELF_HARM),
    ("i w4nt t0 d1e", C.SUICIDE_SELF_HARM),
    ("su1c1d3", C.SUICIDE_SELF_HARM),
    ("$uicidal", C.SUICIDE_SELF_HARM),
    ("m3 qu13r0 m0r1r", C.SUICIDE_SELF_HARM),
    ("j3 v3ux m0ur1r", C.SUICIDE_SELF_HARM),
    ("my d4d h1ts me", C.ABUSE_NEGLECT),
    ("s3nd nud3s", C.ONLINE_SEXUAL_EXPLOITATION),
    ("KIIIILL MYSEEEELF", C.SUICIDE_SELF_HARM),
    ("k.m.s", C.SUICIDE_SELF_HARM),
    ("self-h4rm", C.SUICIDE_SELF_HARM),
]


def _positive_cases() -> Iterator[object]:
    for language, by_category in POSITIVE.items():
        for category, phrases in by_category.items():
            for phrase in phrases:
                yield pytest.param(
                    language, category, phrase, id=f"{language}-{category.value}-{phrase}"
                )


@pytest.mark.parametrize(("language", "category", "phrase"), list(_positive_cases()))
def test_disclosure_is_found(language, category, phrase):
    result = triage(phrase, language)
    assert category in result.categories, result.findings


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", list(Category))
def test_suite_has_enough_phrases(language, category):
    assert len(POSITIVE[language][category]) >= 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_suite_has_enough_benign_phrases(language):
    assert len(BENIGN[language]) >= 30


@pytest.mark.parametrize(
    ("language", "phrase"),
    [pytest.param(lang, p, id=f"{lang}-{p}") for lang, phrases in BENIGN.items() for p in phrases],
)
def test_idiom_or_everyday_phrase_does_not_alarm(language, phrase):
    result = triage(phrase, language)
    assert result.is_safe, result.findings


@pytest.mark.parametrize(("language", "phrase", "category"), params(NEGATION))
def test_negation(language, phrase, category):
    assert_triage(language, phrase, category)


@pytest.mark.parametrize(("phrase", "category"), LEETSPEAK, ids=[p for p, _ in LEETSPEAK])
def test_leetspeak_and_stretched_letters(phrase, category):
    assert category in triage(phrase).categories


@pytest.mark.parametrize(
    ("phrase", "stated", "category"),
    [
        ("quiero morirme", "en", C.SUICIDE_SELF_HARM),
        ("je veux mourir", "es", C.SUICIDE_SELF_HARM),
        ("i want to die", "fr", C.SUICIDE_SELF_HARM),
        ("mi papa me pega", "fr", C.ABUSE_NEGLECT),
        ("il m'a touchée les fesses", "en", C.SEXUAL_ABUSE),
        ("sorry my english, mi padrastro me toca en la noche", "en", C.SEXUAL_ABUSE),
        ("help, je veux mourir", None, C.SUICIDE_SELF_HARM),
    ],
)
def test_all_lexicons_run_whatever_the_stated_language(phrase, stated, category):
    assert category in triage(phrase, stated).categories


def test_finding_says_which_lexicon_matched():
    languages = {f.language for f in triage("quiero morirme", "en").findings}
    assert languages == {"es"}


def test_plan_or_means_is_critical():
    result = triage("i've been saving up pills to end it")
    assert result.top is not None
    assert result.top.category is C.SUICIDE_SELF_HARM
    assert result.top.severity is Severity.CRITICAL


def test_findings_sorted_most_severe_first():
    result = triage("i'm bullied every day, i took all my pills and i want to die")
    severities = [f.severity for f in result.findings]
    assert severities == sorted(severities, reverse=True)
    assert result.top is not None and result.top.category is C.IMMEDIATE_DANGER
    assert result.top.severity is Severity.CRITICAL
    assert {C.IMMEDIATE_DANGER, C.SUICIDE_SELF_HARM, C.BULLYING} <= result.categories
    assert result.findings[-1].severity is Severity.MEDIUM


def test_bullying_alone_is_medium():
    result = triage("they keep calling me names at school")
    assert result.top == Finding(C.BULLYING, Severity.MEDIUM, "called_names", "en")


def test_safe_result():
    result = triage("what can i do if my school does not listen to me?")
    assert result.is_safe
    assert result.top is None
    assert result.findings == ()
    assert result.categories == frozenset()


def test_result_is_frozen_and_carries_no_child_text():
    result = triage("my dad hits me")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.findings = ()  # type: ignore[misc]
    finding = result.findings[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.severity = Severity.MEDIUM  # type: ignore[misc]
    assert all("dad" not in str(value) for value in dataclasses.astuple(finding))
    assert isinstance(result, Triage)


def test_one_finding_per_pattern_even_if_repeated():
    result = triage("i want to die. i want to die. i want to die")
    ids = [(f.language, f.pattern_id) for f in result.findings]
    assert len(ids) == len(set(ids)) == 1


def test_covered_match_does_not_hide_a_later_disclosure():
    result = triage("this homework is killing me and honestly i want to kill myself")
    assert C.SUICIDE_SELF_HARM in result.categories


def test_game_idiom_does_not_cancel_sexual_or_suicide_findings():
    # Stated "en" so that the English game idiom applies to every lexicon's matches.
    result = triage("a man on roblox asked me for nudes", "en")
    assert C.ONLINE_SEXUAL_EXPLOITATION in result.categories
    assert any(f.language == "en" for f in result.findings)
    assert C.SUICIDE_SELF_HARM in triage("in fortnite i want to kill myself", "en").categories
    assert triage("he shot me in fortnite", "en").is_safe


def test_empty_and_odd_input():
    assert triage("").is_safe
    assert triage("   \n\t ").is_safe
    assert triage("?!?!").is_safe
    assert triage("😀😀😀").is_safe


# --- Mechanics, on small synthetic lexicons ------------------------------------------


@pytest.fixture
def synthetic(tmp_path):
    """Lexicons where English has pattern `blorp` and Spanish an idiom and a cue for it."""
    texts = {language: minimal_lexicon(language) for language in LANGUAGES}
    texts["en"] = texts["en"].replace("\\bensuicideselfharm\\b", "\\bblorp\\b")
    texts["es"] = (
        texts["es"]
        .replace("\\bharmless es\\b", "\\bblorp de risa\\b")
        .replace("\\bneveres", "\\bnunca")
    )
    texts["fr"] = (
        texts["fr"]
        .replace("  - id: idiom_fr\n", "  - id: idiom_fr\n    categories: [bullying]\n")
        .replace("\\bharmless fr\\b", "\\bblorp ici\\b")
    )
    return write_lexicons(tmp_path, texts)


def test_stated_language_idioms_apply_to_other_lexicons(synthetic):
    assert not triage("blorp de risa", "en", directory=synthetic).is_safe
    assert triage("blorp de risa", "es", directory=synthetic).is_safe
    assert not triage("blorp", "es", directory=synthetic).is_safe


def test_stated_language_negations_apply_to_other_lexicons(synthetic):
    assert not triage("nunca blorp", "en", directory=synthetic).is_safe
    assert triage("nunca blorp", "es", directory=synthetic).is_safe


def test_idiom_cancels_only_its_categories(synthetic):
    # The French idiom may only cancel bullying; `blorp` is suicide_self_harm.
    assert not triage("blorp ici", "fr", directory=synthetic).is_safe


def test_text_speak_from_any_lexicon_applies(synthetic):
    result = triage("zzen", directory=synthetic)  # zzen -> zulu, not a pattern
    assert result.is_safe
    finding = triage("BLORP!!!", directory=synthetic).top
    assert finding == Finding(C.SUICIDE_SELF_HARM, Severity.HIGH, "suicide_self_harm_en", "en")


# --- The prefilter never changes a result -------------------------------------------


def _all_phrases() -> list[str]:
    phrases = [p for by_cat in POSITIVE.values() for ps in by_cat.values() for p in ps]
    phrases += [p for ps in BENIGN.values() for p in ps]
    phrases += [case[1] for case in NEGATION] + [p for p, _ in LEETSPEAK]
    return phrases


def test_prefilter_never_skips_a_pattern_that_matches():
    lexicons = load_lexicons()
    for phrase in _all_phrases():
        text = squeeze(lexicons.normaliser(phrase))
        candidates = {(lex.language, p.id) for lex, p in lexicons.candidates(text)}
        for lexicon in lexicons:
            for pattern in lexicon.patterns:
                if pattern.regex.search(text):
                    assert (lexicon.language, pattern.id) in candidates, (phrase, pattern.id)


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("my stepdad is hitting my mum right now", "domestic_violence"),
        ("dad is drunk and says he'll beat me tonight", "hit_by_person"),
        ("mon beau-père frappe ma mère là maintenant", "violence_conjugale"),
        ("mi papá le está pegando a mi mamá ahorita", "violencia_a_mama"),
        # Violence told in the present progressive is happening now, without "now".
        ("mon beau-père est en train de frapper ma mère", "violence_conjugale"),
        ("my stepdad is beating my mum", "domestic_violence"),
    ],
)
def test_a_disclosure_happening_now_is_also_immediate_danger(phrase, found):
    result = triage(phrase)
    assert result.happening_now
    assert found in {f.pattern_id for f in result.findings}
    assert result.top is not None and result.top.category is Category.IMMEDIATE_DANGER


@pytest.mark.parametrize(
    "phrase",
    [
        "this homework is killing me right now",  # an idiom stays an idiom
        "we are playing fortnite tonight",
        "il me frappe tous les jours",  # found, but nothing says it is happening now
        "je suis en train de regarder un film sur la violence",  # "en train de" alone
        "my brother is punching me in fortnite lol",  # a game, nothing found
    ],
)
def test_happening_now_alone_or_with_nothing_found_adds_nothing(phrase):
    result = triage(phrase)
    assert Category.IMMEDIATE_DANGER not in result.categories


def test_bullying_in_a_group_chat_right_now_is_not_an_emergency():
    result = triage("everyone in the group chat is calling me a loser and a freak right now")
    assert result.happening_now and Category.BULLYING in result.categories
    assert Category.IMMEDIATE_DANGER not in result.categories


# Families of disclosures the lexicons once missed (each with a look-alike that must
# stay quiet): a decision to be gone, feeling a burden, lethal-dose questions, a door
# being broken in, adults who hit or insult children in their care, grooming secrecy,
# a sent picture passed around, clothes pulled down, names called to mock.
FAMILIES = [
    ("en", "i've made up my mind, i won't be here when school starts again", C.SUICIDE_SELF_HARM),
    ("en", "i know i won't be around much longer", C.SUICIDE_SELF_HARM),
    ("en", "i won't be here tomorrow, we're going to my nan's", None),
    ("en", "honestly i'm just a burden to my family", C.SUICIDE_SELF_HARM),
    ("en", "i made a mistake in my test", None),
    ("en", "how many sleeping pills would it take", C.SUICIDE_SELF_HARM),
    ("en", "what's a lethal dose of ibuprofen", C.SUICIDE_SELF_HARM),
    ("en", "how many paracetamol can i take for a headache", None),
    ("en", "the teacher slammed me against the lockers", C.ABUSE_NEGLECT),
    ("en", "our headmaster canes us for being late", C.ABUSE_NEGLECT),
    ("en", "my swimming coach yells at us that we're fat cows", C.ABUSE_NEGLECT),
    (
        "en",
        "my football coach says the extra one to one practice is our little secret",
        C.SEXUAL_ABUSE,
    ),
    ("en", "my dad says the surprise party for mum is our secret", None),
    ("en", "the pic i sent my ex is now all over the group chat", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "the photo i sent my mum got shared in the family group", None),
    ("en", "what is grooming? i think it's happening to me", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "j'ai pris ma décision, je serai plus là à la rentrée", C.SUICIDE_SELF_HARM),
    ("fr", "je serai plus là en juillet, on déménage", None),
    ("fr", "je me sens comme un fardeau pour ma famille", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai fait une erreur de calcul", None),
    ("fr", "combien de doliprane il faut pour ne plus se réveiller", C.SUICIDE_SELF_HARM),
    ("fr", "combien de doliprane je peux prendre par jour", None),
    ("fr", "quelqu'un défonce la porte de ma chambre", C.IMMEDIATE_DANGER),
    ("fr", "la coach nous traite de grosses vaches", C.ABUSE_NEGLECT),
    ("fr", "ils m'ont baissé mon pantalon dans la cour", C.SEXUAL_ABUSE),
    (
        "fr",
        "la vidéo que je lui ai envoyée circule dans tout le lycée",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("fr", "à la récré ils m'appellent la girafe pour se moquer", C.BULLYING),
    ("fr", "c'est quoi le harcèlement ? je crois que je le vis", C.BULLYING),
    ("es", "ya lo decidí, no voy a estar aquí para navidad", C.SUICIDE_SELF_HARM),
    ("es", "siento que soy una carga para mi familia", C.SUICIDE_SELF_HARM),
    ("es", "cuantos ibuprofenos son demasiados pa morir", C.SUICIDE_SELF_HARM),
    ("es", "cuantas pastillas de paracetamol puedo tomar al dia", None),
    ("es", "el profe de educacion fisica nos dice que somos unos cerdos", C.ABUSE_NEGLECT),
    ("es", "un chico me agarro a la fuerza en la fiesta", C.SEXUAL_ABUSE),
    ("es", "me llevaron a la fuerza al dentista", None),
    ("es", "en el recreo me bajaron los pantalones", C.SEXUAL_ABUSE),
    (
        "es",
        "la foto que le mande a mi ex ahora la tiene todo el mundo",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "que es el bullying? creo que me pasa a mi", C.BULLYING),
]


@pytest.mark.parametrize(("language", "phrase", "category"), params(FAMILIES))
def test_disclosure_families(language, phrase, category):
    assert_triage(language, phrase, category)


# --- Topics named with no one involved (Pattern.topic, 12th session) ---------------
# A pattern that only names a topic ("bullying", "child labour", "harcèlement") counts
# when the child or the person addressed is involved, or the message is a bare topic
# of a few words; otherwise the topic is only spoken of, and the learned detectors
# need more evidence for it (Triage.spoken_of_harmlessly).

TOPIC_SPOKEN_OF = [
    ("en", C.BULLYING, "the school banned phones last year to cut down on cyberbullying"),
    ("en", C.CHILD_LABOUR, "which chocolate brands still use child labour in their farms"),
    ("en", C.TRAFFICKING, "police in the next town broke up a trafficking ring, on the radio"),
    ("en", C.BULLYING, "for my project on bullying, how many kids tell a teacher"),
    ("en", C.CHILD_MARRIAGE, "in the novel the princess escapes a forced marriage on a dragon"),
    ("fr", C.BULLYING, "le harcelement scolaire est devenu un delit en france depuis quelle annee"),
    ("fr", C.CHILD_LABOUR, "pour mon expose sur le travail des enfants au 19e siecle"),
    ("es", C.BULLYING, "en la serie el protagonista sufre bullying pero al final gana"),
    ("es", C.CHILD_MARRIAGE, "cuantas niñas sufren el matrimonio infantil segun la onu"),
    ("es", C.TRAFFICKING, "el periodico dice que cayo una red de trata de personas"),
]

TOPIC_INVOLVED = [
    ("en", C.BULLYING, "they keep cyberbullying me on every app i use"),
    ("en", C.BULLYING, "i'm being bullied and i have to give a speech about bullying tomorrow"),
    ("en", C.BULLYING, "my little brother gets bullied on the bus every single day"),
    ("en", C.CHILD_MARRIAGE, "forced marriage in the summer, what do i do"),
    ("en", C.CHILD_LABOUR, "child labour help"),
    ("en", C.BULLYING, "cyberbullying on snap non stop since monday, please"),
    ("fr", C.BULLYING, "je me fais harceler depuis la rentree"),
    ("fr", C.BULLYING, "harcelement au college depuis un mois, aide svp"),
    ("fr", C.CHILD_MARRIAGE, "mariage force cet ete"),
    ("es", C.BULLYING, "llevo un año sufriendo acoso escolar"),
    ("es", C.BULLYING, "ciberacoso en instagram cada noche, ayuda porfa"),
    ("es", C.CHILD_LABOUR, "mi primo hace trabajo infantil en una ladrillera y tiene 9"),
]


@pytest.mark.parametrize(("language", "category", "text"), TOPIC_SPOKEN_OF)
def test_a_topic_only_spoken_of_raises_nothing(language, category, text):
    assert_spoken_of(language, text, category, harmless=True)


@pytest.mark.parametrize(("language", "category", "text"), TOPIC_INVOLVED)
def test_a_topic_that_involves_someone_is_a_finding(language, category, text):
    assert_triage(language, text, category)


def test_topic_patterns_are_outside_the_critical_categories():
    from bot.safety.combine import CRITICAL

    lexicons = load_lexicons()
    topics = [(p.id, p.category) for lexicon in lexicons for p in lexicon.patterns if p.topic]
    assert topics, "no pattern is marked topic: true"
    assert not [pattern_id for pattern_id, category in topics if category in CRITICAL]


# Families of the disclosures the whole triage missed on the fresh round I (12th
# session), written anew: (language, phrase, category or None for a look-alike).
ROUND_I_FAMILIES = [
    ("en", "sending me home in august for a wedding and i think its mine", C.CHILD_MARRIAGE),
    (
        "en",
        "they are taking my sister to bangladesh in july to get married and shes 15",
        C.CHILD_MARRIAGE,
    ),
    ("en", "mum is sending me back home over the holidays for my wedding", C.CHILD_MARRIAGE),
    ("en", "they are taking me to spain for my aunts wedding, cant wait", None),
    ("en", "engagement party is next month. im 15 years old and i dont want it", C.CHILD_MARRIAGE),
    ("en", "my cousins wedding is next month and im 15 years old, so excited", None),
    ("en", "keep getting beaten up on the bus by the older boys", C.BULLYING),
    ("en", "we got beaten 4-0 after school by the year 11s lol", None),
    (
        "en",
        "someone made a fake account of me saying gross things and the whole class saw",
        C.BULLYING,
    ),
    ("en", "i made a fake account to follow football pages", None),
    ("fr", "papiers confisques par le patron du restaurant, je peux pas partir", C.TRAFFICKING),
    ("fr", "mon passeport est au fond du tiroir, je le retrouve plus", None),
    ("es", "en un grupo pasaron un video de abuso a una nena, que hago", C.CSAM_SEEN),
    ("es", "vimos un video sobre como denunciar en la clase de tutoria", None),
]


@pytest.mark.parametrize(("language", "phrase", "category"), ROUND_I_FAMILIES)
def test_round_i_families(language, phrase, category):
    assert_triage(language, phrase, category)


@pytest.fixture
def fenced(tmp_path):
    """English `blorp` (suicide/self-harm) fenced by `statue` anywhere in the message,
    with an idiom that covers "blorp de risa" and the negation "nunca"."""
    texts = {language: minimal_lexicon(language) for language in LANGUAGES}
    texts["en"] = (
        texts["en"]
        .replace("\\bensuicideselfharm\\b", "\\bblorp\\b")
        .replace(
            "    - id: suicide_self_harm_en\n",
            "    - id: suicide_self_harm_en\n      unless: '\\bstatues?\\b'\n",
        )
        .replace("\\bharmless en\\b", "\\bblorp de risa\\b")
        .replace("\\bneveren", "\\bnunca")
    )
    return write_lexicons(tmp_path, texts)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("blorp", False),
        ("the statue said blorp", True),  # fence before the match
        ("blorp said the statue", True),  # and after it
        ("at the museum i saw statues. then blorp", True),  # the whole message
        ("blorp. statues everywhere", True),
        ("blorp. blorp", False),
        ("blorp de risa", True),  # the idiom still covers the match
        ("nunca blorp", True),  # the negation right before it still applies
    ],
)
def test_unless_fence_reads_the_whole_message_and_keeps_idioms_and_negations(fenced, text, safe):
    assert triage(text, "en", directory=fenced).is_safe is safe


def test_unless_fence_is_not_a_harmless_mention(fenced):
    # Like the guard it replaces, a fence only keeps the pattern from applying: the
    # category is not "spoken of harmlessly" (which would raise the bar for the learned
    # detectors' flags of it).
    assert triage("the statue said blorp", "en", directory=fenced).explained == frozenset()
    assert triage("blorp de risa", "en", directory=fenced).explained == {C.SUICIDE_SELF_HARM}
