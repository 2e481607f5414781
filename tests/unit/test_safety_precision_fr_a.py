"""Precision audit, round 44 part a: French lexicon, suicide and self-harm, immediate
danger, abuse and neglect (issue 3: false alarms).

Every pattern of these three categories in knowledge/safety/lexicon.fr.yml was read
with one question: what harmless message from a child of 8 to 17 would it flag? The
look-alikes below were written for this round (none is a training or evaluation line):
games, sport, pets, cooking, school, a teacher's leaving card, a pillow fight, a dream.
Those that alarmed got the narrowest fence; a few that were already silent are kept as
guards. Each disclosure shares the words of a fenced look-alike and must still raise
its category (others may be raised too); a look-alike must raise nothing.
"""

from __future__ import annotations

import pytest

from bot.safety.lexicon import Category
from tests.unit.safety_cases import assert_triage, params

C = Category

ROUND_44_a_LOOK_ALIKES = [
    ("fr", "il faut en finir une bonne fois pour toutes avec ce jeu", None),
    ("fr", "ma soeur se coupe les cheveux toute seule", None),
    ("fr", "mon frère se brûle toujours avec le four", None),
    ("fr", "ma soeur se coupe souvent la frange toute seule", None),
    ("fr", "jveux mourir tellement c'était drôle", None),
    ("fr", "je veux mourir vieille entourée de chats", None),
    ("fr", "jvais mourir pendant le cross", None),
    ("fr", "je sens que je vais mourir au contrôle de maths demain", None),
    ("fr", "je pense que je vais mourir tellement j'ai mangé", None),
    ("fr", "je vais me tuer à la tâche pour ce dm", None),
    ("fr", "j'ai envie de me pendre à son cou quand je le vois", None),
    ("fr", "il va se tuer à force de faire des saltos", None),
    ("fr", "j'aimerais m'endormir et ne jamais me réveiller avant midi lol", None),
    ("fr", "mon équipe joue mieux sans moi", None),
    ("fr", "si je disparaissais de la photo de classe personne verrait", None),
    ("fr", "je me sens un poids mort au volley", None),
    ("fr", "j'ai écrit une lettre d'adieu à ma maîtresse qui part à la retraite", None),
    ("fr", "on a écrit un mot d'adieu pour la prof qui déménage", None),
    ("fr", "je me sens pas en sécurité sur les toboggans aquatiques", None),
    ("fr", "je me sens pas en sécurité avec mon mot de passe, comment le changer", None),
    ("fr", "je suis en danger de redoubler si j'ai pas 10", None),
    ("fr", "j'ai fugué dans mon rêve cette nuit", None),
    ("fr", "mon chien respire plus fort quand il dort, c'est normal ?", None),
    ("fr", "j'ai perdu beaucoup de sang à la prise de sang mdr", None),
    ("fr", "y avait plein de sang dans le film d'horreur", None),
    ("fr", "mes parents m'ont mis à la porte du salon pour regarder leur film", None),
    ("fr", "ma mère m'a mise dehors pour que je joue au soleil", None),
    ("fr", "ma prof de maths est en train de me tuer avec ses exos", None),
    ("fr", "aide moi, mon prof me tue avec ses devoirs", None),
    ("fr", "ils vont nous tuer au match de samedi ils sont trop forts", None),
    ("fr", "ma mère a une lame dans la main pour éplucher les carottes", None),
    ("fr", "mon père a un couteau à la main pour couper le rôti", None),
    ("fr", "mon frère tape à ma porte il veut que je sorte jouer", None),
    ("fr", "ma soeur frappe à la porte, elle veut entrer pour prendre son chargeur", None),
    ("fr", "je me cache dans le placard pour gagner à cache cache", None),
    ("fr", "les chats maltraités à la spa ça me rend triste", None),
    ("fr", "j'ai vu un chien maltraité dans la rue, je fais quoi ?", None),
    ("fr", "mon grand frère me tape dessus à la ps5 à chaque partie", None),
    ("fr", "mon père nous tape dans la main pour dire bravo", None),
    ("fr", "j'ai des bleus à cause de mon chien qui me saute dessus", None),
    ("fr", "j'ai des marques à cause de mon appareil dentaire", None),
    ("fr", "j'ai des bleus à cause de mon vélo", None),
    ("fr", "j'ai peur de rentrer chez moi à pied dans le noir", None),
    ("fr", "ma mère a poussé ma soeur sur la balançoire", None),
    ("fr", "mon père bat mon frère aux échecs", None),
    ("fr", "il n'y a rien à manger à la cantine depuis la grève", None),
    ("fr", "j'ai rien mangé depuis hier soir parce que j'avais une gastro", None),
    ("fr", "mes parents se disputent parfois mais jamais de coups", None),
    ("fr", "est-ce que c'est de la maltraitance de priver un enfant de téléphone ?", None),
    ("fr", "je veux mourir de rire", None),
    ("fr", "ma mère va me tuer si elle voit ma note", None),
    ("fr", "je me suis coupé en cuisinant", None),
    ("fr", "je veux plus vivre ici, je veux déménager à la campagne", None),
    ("fr", "mon père me tape sur l'épaule quand il est fier de moi", None),
    ("fr", "ma soeur me bat toujours à mario kart", None),
    ("fr", "merci pour tout, bonne nuit, je réponds plus après 22h", None),
    ("fr", "merci pour tout maman, je réponds plus pendant le camp", None),
    ("fr", "mes parents m'ont jamais voulu de mal", None),
    ("fr", "mon frère m'a tiré dessus avec un pistolet à eau", None),
]

ROUND_44_a_DISCLOSURES = [
    ("fr", "je veux en finir une bonne fois pour toutes", C.SUICIDE_SELF_HARM),
    ("fr", "je veux en finir une bonne fois pour toutes avec la vie", C.SUICIDE_SELF_HARM),
    ("fr", "ma copine se coupe les bras", C.SUICIDE_SELF_HARM),
    ("fr", "elle se coupe souvent les poignets", C.SUICIDE_SELF_HARM),
    ("fr", "ma soeur se brule avec des cigarettes", C.SUICIDE_SELF_HARM),
    ("fr", "je veux mourir tellement j'ai mal", C.SUICIDE_SELF_HARM),
    ("fr", "je vais mourir demain", C.SUICIDE_SELF_HARM),
    ("fr", "je veux mourir avant le contrôle de demain", C.SUICIDE_SELF_HARM),
    ("fr", "je vais me tuer", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai envie de me pendre", C.SUICIDE_SELF_HARM),
    ("fr", "il va se tuer à force de boire", C.SUICIDE_SELF_HARM),
    ("fr", "mon pote veut se tuer", C.SUICIDE_SELF_HARM),
    ("fr", "je voudrais ne plus me réveiller", C.SUICIDE_SELF_HARM),
    ("fr", "je voudrais ne jamais me réveiller à nouveau", C.SUICIDE_SELF_HARM),
    ("fr", "ils seraient mieux sans moi", C.SUICIDE_SELF_HARM),
    ("fr", "si je disparaissais personne le remarquerait", C.SUICIDE_SELF_HARM),
    ("fr", "je suis un poids mort", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai écrit une lettre d'adieu", C.SUICIDE_SELF_HARM),
    (
        "fr",
        "j'ai écrit une lettre d'adieu à ma meilleure amie, je vais partir pour toujours",
        C.SUICIDE_SELF_HARM,
    ),
    (
        "fr",
        "j'ai écrit un mot d'adieu à ma maîtresse parce que je veux mourir",
        C.SUICIDE_SELF_HARM,
    ),
    ("fr", "je me brûle avec un briquet", C.SUICIDE_SELF_HARM),
    ("fr", "je me coupe avec une lame", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai décidé, je serai plus là", C.SUICIDE_SELF_HARM),
    ("fr", "je serai plus là bientôt", C.SUICIDE_SELF_HARM),
    ("fr", "jserai plus la pour les resultats", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai écrit mon testament", C.SUICIDE_SELF_HARM),
    ("fr", "ma vie n'a plus de sens sans ma mère", C.SUICIDE_SELF_HARM),
    ("fr", "marre de la vie", C.SUICIDE_SELF_HARM),
    ("fr", "je veux plus vivre ici", C.SUICIDE_SELF_HARM),
    ("fr", "je veux plus vivre avec mon père", C.SUICIDE_SELF_HARM),
    ("fr", "je veux aller au ciel", C.SUICIDE_SELF_HARM),
    ("fr", "je veux rejoindre papi au ciel", C.SUICIDE_SELF_HARM),
    ("fr", "je veux sauter du pont", C.SUICIDE_SELF_HARM),
    ("fr", "je vais sauter du pont dans la rivière", C.SUICIDE_SELF_HARM),
    ("fr", "je veux quitter ce monde", C.SUICIDE_SELF_HARM),
    ("fr", "tannée de la vie", C.SUICIDE_SELF_HARM),
    ("fr", "je me tape la tête contre le mur tellement je me déteste", C.SUICIDE_SELF_HARM),
    ("fr", "j'espère qu'une voiture m'écrase", C.SUICIDE_SELF_HARM),
    ("fr", "j'espère qu'une voiture m'écrase, pas grave si je meurs", C.SUICIDE_SELF_HARM),
    ("fr", "je me sens pas en sécurité chez moi", C.IMMEDIATE_DANGER),
    ("fr", "je me sens pas en sécurité avec mon beau-père", C.IMMEDIATE_DANGER),
    ("fr", "je suis en danger de mort", C.IMMEDIATE_DANGER),
    ("fr", "j'ai fugué hier soir", C.IMMEDIATE_DANGER),
    ("fr", "je crois que je vais mourir tellement j'ai mal", C.IMMEDIATE_DANGER),
    ("fr", "je sens que je vais mourir j'arrive plus à respirer", C.IMMEDIATE_DANGER),
    ("fr", "il respire plus", C.IMMEDIATE_DANGER),
    ("fr", "il y a plein de sang dans la salle de bain", C.IMMEDIATE_DANGER),
    ("fr", "j'ai perdu beaucoup de sang", C.IMMEDIATE_DANGER),
    ("fr", "ils m'ont mis dehors", C.IMMEDIATE_DANGER),
    ("fr", "mon père m'a mis dehors pour me punir", C.IMMEDIATE_DANGER),
    ("fr", "il est en train de me tuer", C.IMMEDIATE_DANGER),
    ("fr", "il est en train de me frapper avec sa ceinture", C.IMMEDIATE_DANGER),
    ("fr", "au secours mon père me tape avec une ceinture", C.IMMEDIATE_DANGER),
    ("fr", "aide moi il me tue", C.IMMEDIATE_DANGER),
    ("fr", "ils vont nous tuer", C.IMMEDIATE_DANGER),
    ("fr", "ils vont me tuer au match samedi", C.IMMEDIATE_DANGER),
    ("fr", "mon père a un couteau à la main", C.IMMEDIATE_DANGER),
    ("fr", "il a un couteau à la main pour me faire peur", C.IMMEDIATE_DANGER),
    ("fr", "mon beau-père tape à ma porte il veut entrer", C.IMMEDIATE_DANGER),
    ("fr", "je me cache dans le placard parce qu'il crie", C.IMMEDIATE_DANGER),
    ("fr", "je me cache dans les toilettes pour pas qu'il me trouve", C.IMMEDIATE_DANGER),
    ("fr", "mon père m'étrangle", C.IMMEDIATE_DANGER),
    ("fr", "il m'étouffe avec un coussin", C.IMMEDIATE_DANGER),
    ("fr", "mes parents me laissent jamais sortir", C.IMMEDIATE_DANGER),
    ("fr", "ils m'empêchent de sortir de la maison", C.IMMEDIATE_DANGER),
    ("fr", "j'ai nulle part où aller", C.IMMEDIATE_DANGER),
    ("fr", "je dors dehors ce soir", C.IMMEDIATE_DANGER),
    ("fr", "il m'a tiré dessus", C.IMMEDIATE_DANGER),
    ("fr", "il m'a tiré dessus avec un fusil", C.IMMEDIATE_DANGER),
    ("fr", "mon père m'a dit attends que je rentre", C.IMMEDIATE_DANGER),
    ("fr", "il m'a dit attends ce soir tu vas voir ce que tu vas voir", C.IMMEDIATE_DANGER),
    ("fr", "ses lèvres deviennent bleues il respire mal", C.IMMEDIATE_DANGER),
    ("fr", "un monsieur me suit depuis l'école", C.IMMEDIATE_DANGER),
    ("fr", "une voiture m'a suivie jusqu'à chez moi", C.IMMEDIATE_DANGER),
    ("fr", "il me maltraite", C.ABUSE_NEGLECT),
    ("fr", "on me traite comme un chien maltraité", C.ABUSE_NEGLECT),
    ("fr", "mon frère me frappe", C.ABUSE_NEGLECT),
    ("fr", "mon père me tape avec sa ceinture", C.ABUSE_NEGLECT),
    ("fr", "mon beau-père nous frappe", C.ABUSE_NEGLECT),
    ("fr", "j'ai des bleus à cause de mon père", C.ABUSE_NEGLECT),
    ("fr", "j'ai des marques à cause de mon beau-père", C.ABUSE_NEGLECT),
    ("fr", "j'ai peur de rentrer à la maison", C.ABUSE_NEGLECT),
    ("fr", "mon père frappe ma mère dans la cuisine", C.ABUSE_NEGLECT),
    ("fr", "il bat ma mère", C.ABUSE_NEGLECT),
    ("fr", "rien à manger à la maison depuis 3 jours", C.ABUSE_NEGLECT),
    ("fr", "j'ai pas mangé depuis hier", C.ABUSE_NEGLECT),
    ("fr", "mes parents se disputent et il y a des coups", C.ABUSE_NEGLECT),
    ("fr", "c'est de la maltraitance de priver un enfant de manger ?", C.ABUSE_NEGLECT),
    ("fr", "mon père me frappe avec la ceinture", C.ABUSE_NEGLECT),
    ("fr", "il a cassé la porte avec son poing", C.ABUSE_NEGLECT),
    ("fr", "ma mère regrette de m'avoir eue", C.ABUSE_NEGLECT),
    ("fr", "mon père regrette de m'avoir eu, il me le dit tout le temps", C.ABUSE_NEGLECT),
    (
        "fr",
        "mon frère m'a tapé avec un coussin sur le visage et je pouvais plus respirer",
        C.ABUSE_NEGLECT,
    ),
]


@pytest.mark.parametrize(
    ("language", "phrase", "category"), params(ROUND_44_a_LOOK_ALIKES + ROUND_44_a_DISCLOSURES)
)
def test_round_44_a(language: str, phrase: str, category: Category | None) -> None:
    assert_triage(language, phrase, category)


def test_round_44_a_has_both_sides() -> None:
    assert all(category is None for _, _, category in ROUND_44_a_LOOK_ALIKES)
    assert all(category is not None for _, _, category in ROUND_44_a_DISCLOSURES)
