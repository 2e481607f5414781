"""Precision audit, round 44 part b, French safety lexicon (issue 3: false alarms).

Round 44 audits every French pattern of the sexual abuse, online sexual exploitation,
abuse material, bullying, child marriage, trafficking and child labour categories one
by one, asking what harmless message a child or a teenager would plausibly send that
the pattern matches (pets, brothers and sisters, a goodnight kiss, a surprise kept
secret, a lesson, a game, a school placement, a parent's job), and fences each one
that a safeguarding lead would not want raised. The look-alikes below were written
for this round (none is a training or evaluation line) and must raise nothing; the
disclosures share their words and must still raise their category (others may be
raised too).
"""

from __future__ import annotations

from bot.safety.lexicon import Category
from tests.unit.safety_cases import round_tests

C = Category

ROUND_44_b_LOOK_ALIKES = [
    # sexual abuse: pets, toys, family care, surprises, games
    ("fr", "mon chat me touche partout avec ses pattes le matin", None),
    ("fr", "mon chien m'a touché les fesses avec son museau mdr", None),
    ("fr", "le ballon m'a touché la poitrine au foot", None),
    ("fr", "ma petite sœur me tripote les cheveux tout le temps", None),
    ("fr", "j'ai dit stop mais elle a continué de chanter", None),
    ("fr", "ma mamie m'embrasse de force à chaque fois mdr", None),
    ("fr", "ma mère m'a demandé de dormir avec elle pendant l'orage", None),
    (
        "fr",
        "mon petit frère vient dans ma chambre la nuit quand maman travaille parce qu'il a peur",
        None,
    ),
    ("fr", "mon papi m'a montré son truc de pêche", None),
    (
        "fr",
        "personne ne doit savoir ce qu'on fait pour l'anniversaire surprise de maman",
        None,
    ),
    ("fr", "mon papi m'appelle sa petite chérie", None),
    (
        "fr",
        "ma mère m'examine toute nue pour voir si j'ai des poux ou des boutons de varicelle",
        None,
    ),
    ("fr", "le médecin m'a examinée en culotte pour la visite médicale", None),
    ("fr", "ma mère me fait me déshabiller pour prendre mon bain", None),
    ("fr", "je me sens sale après avoir mangé au mcdo", None),
    ("fr", "je vais leur faire des choses sympas pour noël", None),
    ("fr", "maman m'a dit de lui faire des trucs gentils pour s'excuser", None),
    ("fr", "le prof reste à me regarder pendant le contrôle", None),
    ("fr", "mon père reste là à me regarder faire mes devoirs", None),
    (
        "fr",
        "ma mère vient dans ma chambre et m'embrasse pour me dire bonne nuit",
        None,
    ),
    (
        "fr",
        "mon père m'a filmé en train de me changer en super héros pour halloween",
        None,
    ),
    (
        "fr",
        "ma mère m'a donné un bonbon si je garde le secret pour la surprise de papa",
        None,
    ),
    ("fr", "j'ai promis de pas dire ce qu'on fait pour la fête des mères", None),
    ("fr", "mon grand père me prend sur ses genoux et me caresse la tête", None),
    ("fr", "ma mère a posé sa main sur ma cuisse pour me calmer", None),
    ("fr", "des câlins secrets avec mon chien", None),
    ("fr", "il m'a agressé verbalement", None),
    ("fr", "mon frère m'a forcé à coucher tôt", None),
    ("fr", "il m'a obligé à le toucher au loup", None),
    # online sexual exploitation: chores, singing, school pictures, star signs
    ("fr", "la prof me demande des photos pour le journal du collège", None),
    ("fr", "les photos intimes de stars qui ont fuité c'est grave", None),
    (
        "fr",
        "ma mère m'a demandé de supprimer mes messages avec ma copine pour avoir de la place",
        None,
    ),
    ("fr", "il m'a demandé ce que je porte pour la soirée déguisée", None),
    ("fr", "ma copine m'a demandé si je suis vierge en astrologie", None),
    (
        "fr",
        "ma mère me pose des questions sur mon corps depuis que j'ai mes règles",
        None,
    ),
    ("fr", "il menace de poster la vidéo de mon but raté lol", None),
    ("fr", "mon frère menace de publier la vidéo de moi en train de chanter", None),
    # abuse material: art, a child psychiatrist, a pat on the head
    ("fr", "le groupe de pédopsychiatres est venu au collège", None),
    (
        "fr",
        "j'ai vu une vidéo d'un homme qui touche un enfant sur la tête pour le féliciter",
        None,
    ),
    # bullying: pets, siblings, high fives, fond nicknames, lessons
    ("fr", "mon coach me surnomme la fusée parce que je cours vite", None),
    ("fr", "mes copines me donnent des surnoms mignons", None),
    ("fr", "personne me parle de ce truc de sortie", None),
    ("fr", "mon chat m'ignore complètement depuis que je suis rentrée de vacances", None),
    ("fr", "mon pote m'a tapé dans la main à la récré pour me féliciter", None),
    ("fr", "il m'a poussé sur la balançoire dans la cour", None),
    ("fr", "ma sœur me vole mes affaires tout le temps", None),
    ("fr", "mon chien m'a volé mon goûter", None),
    ("fr", "mes potes ont fait un montage gênant de moi pour mon anniv", None),
    ("fr", "mon chat me harcèle pour avoir à manger", None),
    # child marriage: games, toys, a crush, the school yard
    ("fr", "j'ai 10 ans et je veux me marier avec justin bieber mdr", None),
    ("fr", "mon mariage avec ma barbie mdr j'ai 8 ans", None),
    ("fr", "je suis fiancée à mon doudou mdr", None),
    ("fr", "dans les sims je suis mariée à un vampire", None),
    (
        "fr",
        "je me suis mariée avec mon meilleur ami dans la cour quand j'avais 6 ans",
        None,
    ),
    # child labour: chores on one day, revising, practising, a school placement
    ("fr", "je fais le ménage toute la journée samedi avec ma mère", None),
    (
        "fr",
        "je garde les enfants de la voisine toute la journée mercredi pour 20 euros",
        None,
    ),
    ("fr", "j'ai 13 ans et je bosse sur mes révisions tous les jours", None),
    ("fr", "je travaille mon solfège du matin au soir", None),
    # trafficking: a lesson, a football game, a family move, a summer job, a game
    ("fr", "mon prof a dit qu'on va étudier la traite des êtres humains", None),
    ("fr", "j'ai été vendu comme joueur dans mon équipe de fifa", None),
    ("fr", "mon père m'a promis l'école de foot mais finalement non", None),
    (
        "fr",
        "mes parents m'ont amené ici en france quand j'étais bébé pour le travail de papa",
        None,
    ),
    ("fr", "mon patron m'interdit de partir avant 18h au job d'été", None),
    ("fr", "je fais le guet pour mes potes quand on joue à cache cache", None),
    ("fr", "je fais le guet quand mon frère pique des biscuits", None),
    ("fr", "ma tante va se marier avec un homme très gentil", None),
    ("fr", "mon père m'oblige à faire le ménage tous les jours, c'est trop relou", None),
    ("fr", "ma mère m'oblige à nettoyer ma chambre tous les jours", None),
    ("fr", "je dois travailler toute la journée pour réviser le brevet", None),
    ("fr", "j'ai 12 ans et je dois travailler mon anglais", None),
    ("fr", "j'ai 10 ans et je dois bosser pour le contrôle", None),
    ("fr", "on nous fait travailler tous les jours en classe", None),
    ("fr", "on me force à mendier des bonbons à halloween mdr", None),
    ("fr", "je garde les enfants de ma tante, ils ratent l'école car ils sont malades", None),
    # already silent, worth guarding
    ("fr", "mon papa m'appelle sa petite princesse", None),
    ("fr", "ma mamie veut des photos de mon spectacle de danse", None),
    ("fr", "on va au bled cet été pour le mariage de mon oncle", None),
    ("fr", "je vends des gâteaux pour l'association de l'école", None),
]

ROUND_44_b_DISCLOSURES = [
    # sexual abuse
    ("fr", "le chat dormait et mon beau père m'a touché la poitrine", C.SEXUAL_ABUSE),
    ("fr", "mon beau père me touche partout la nuit", C.SEXUAL_ABUSE),
    ("fr", "mon cousin me tripote", C.SEXUAL_ABUSE),
    ("fr", "j'ai dit stop mais il a continué de me toucher", C.SEXUAL_ABUSE),
    ("fr", "mon papi m'embrasse de force sur la bouche", C.SEXUAL_ABUSE),
    ("fr", "le voisin m'a demandé de dormir avec lui", C.SEXUAL_ABUSE),
    ("fr", "mon beau père vient dans mon lit la nuit", C.SEXUAL_ABUSE),
    ("fr", "il m'a montré son truc", C.SEXUAL_ABUSE),
    ("fr", "mon oncle m'a montré des photos de femmes nues", C.SEXUAL_ABUSE),
    ("fr", "il dit que personne doit savoir ce qu'il me fait", C.SEXUAL_ABUSE),
    (
        "fr",
        "mon beau père m'appelle sa petite chérie et me fait des bisous sur la bouche",
        C.SEXUAL_ABUSE,
    ),
    ("fr", "mon papa m'appelle sa petite femme", C.SEXUAL_ABUSE),
    (
        "fr",
        "mon beau père m'examine toute nue pour vérifier si je grandis",
        C.SEXUAL_ABUSE,
    ),
    ("fr", "je me sens sale après ce qu'il m'a fait", C.SEXUAL_ABUSE),
    ("fr", "mon oncle m'oblige à lui faire des choses", C.SEXUAL_ABUSE),
    ("fr", "le voisin reste à me regarder quand je me change", C.SEXUAL_ABUSE),
    ("fr", "mon beau père vient dans ma chambre et m'embrasse sur la bouche", C.SEXUAL_ABUSE),
    ("fr", "il m'a filmé en train de me changer", C.SEXUAL_ABUSE),
    ("fr", "il m'a fait promettre de jamais dire ce qu'on fait", C.SEXUAL_ABUSE),
    ("fr", "mon oncle me prend sur ses genoux et ses mains bougent", C.SEXUAL_ABUSE),
    ("fr", "des câlins secrets avec mon oncle", C.SEXUAL_ABUSE),
    ("fr", "il m'a agressée dans les toilettes", C.SEXUAL_ABUSE),
    ("fr", "il m'a forcé à coucher", C.SEXUAL_ABUSE),
    # online sexual exploitation
    ("fr", "il me fait du chantage avec mes photos", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "un mec me fait chanter avec une vidéo de moi", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "fr",
        "il me demande des photos pour le journal intime qu'il fait",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("fr", "il m'a dit de supprimer nos messages", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "il m'a demandé ce que je porte là maintenant", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "il me demande si je suis vierge", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "fr",
        "un mec de 30 ans me pose des questions sur mon corps",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "fr",
        "il menace de poster la vidéo où je suis en train de me changer",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    # abuse material
    ("fr", "un lien vers un site pédo", C.CSAM_SEEN),
    ("fr", "des vidéos d'enfants nus sur un site", C.CSAM_SEEN),
    ("fr", "j'ai vu une vidéo d'un homme qui touche un enfant", C.CSAM_SEEN),
    # bullying
    ("fr", "ils rigolent de moi et moi aussi je rigole mais en vrai ça me fait mal", C.BULLYING),
    ("fr", "mon chat et les autres se moquent de moi", C.BULLYING),
    ("fr", "ils me surnomment la baleine", C.BULLYING),
    ("fr", "ils m'ignorent tous", C.BULLYING),
    ("fr", "il m'a tapé dans la cour", C.BULLYING),
    ("fr", "le frère de mon pote me vole mon goûter à la récré", C.BULLYING),
    ("fr", "ils ont fait une vidéo gênante de moi pour se moquer", C.BULLYING),
    ("fr", "on m'envoie des commentaires haineux sur tiktok", C.BULLYING),
    (
        "fr",
        "ils se moquent de mon accent mais c'est gentil qu'ils disent, moi ça me fait mal",
        C.BULLYING,
    ),
    ("fr", "ils vont me taper demain au collège", C.BULLYING),
    ("fr", "mon chat et mon voisin me harcèlent", C.BULLYING),
    # child marriage
    (
        "fr",
        "j'ai 13 ans et je veux me marier avec un homme de 30 ans il dit qu'il m'aime",
        C.CHILD_MARRIAGE,
    ),
    ("fr", "j'ai 14 ans et je veux pas me marier", C.CHILD_MARRIAGE),
    ("fr", "je suis fiancée à un homme de 40 ans", C.CHILD_MARRIAGE),
    ("fr", "je me suis mariée l'été dernier au bled", C.CHILD_MARRIAGE),
    (
        "fr",
        "dans mon jeu je suis promise au prince mais en vrai mes parents m'ont promise "
        "à mon cousin",
        C.CHILD_MARRIAGE,
    ),
    # child labour
    ("fr", "j'ai 12 ans et je travaille dans les champs tous les jours", C.CHILD_LABOUR),
    ("fr", "je travaille dans les champs du matin au soir", C.CHILD_LABOUR),
    ("fr", "je fais le ménage toute la journée chez une dame", C.CHILD_LABOUR),
    ("fr", "je bosse chez lui mais il me paie jamais", C.CHILD_LABOUR),
    # trafficking
    ("fr", "j'ai été vendue à un homme", C.TRAFFICKING),
    ("fr", "ils m'ont promis l'école mais maintenant je fais le ménage", C.TRAFFICKING),
    ("fr", "ils m'ont amené ici pour travailler chez eux", C.TRAFFICKING),
    ("fr", "mon patron m'interdit de partir", C.TRAFFICKING),
    ("fr", "je fais le guet pour les grands du quartier", C.TRAFFICKING),
    ("fr", "je fais le guet pour le point de deal", C.TRAFFICKING),
    ("fr", "ma sœur de 15 ans va se marier avec un vieux", C.CHILD_MARRIAGE),
    ("fr", "je dois me marier avec un homme que je connais pas", C.CHILD_MARRIAGE),
    ("fr", "ma tante m'oblige à faire le ménage tous les jours", C.CHILD_LABOUR),
    ("fr", "j'ai 12 ans et je dois travailler", C.CHILD_LABOUR),
    ("fr", "ils me font travailler tous les jours dans le magasin", C.CHILD_LABOUR),
    ("fr", "ils m'obligent à mendier dans la rue", C.CHILD_LABOUR),
    ("fr", "je garde les enfants de la dame et je rate l'école", C.CHILD_LABOUR),
    ("fr", "un mec sur un site m'a montré son truc en cam", C.SEXUAL_ABUSE),
]


test_round_44_b, test_round_44_b_has_both_sides = round_tests(
    {44: (ROUND_44_b_DISCLOSURES, ROUND_44_b_LOOK_ALIKES, (68, 78))}
)
