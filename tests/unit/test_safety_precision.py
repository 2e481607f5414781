"""Precision of the safety lexicons on look-alikes (issue 3: false alarms).

Each family of harmless messages that once raised an alarm is tested with new
sentences written for this suite (none is a training or evaluation line), next to
disclosures that share its words and must still be found. A phrase with a category
must raise it (others may be raised too); a phrase with None must raise nothing.
"""

from __future__ import annotations

import pytest

from bot.safety.lexicon import Category
from tests.unit.safety_cases import assert_triage, params

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
    ("fr", "personne me harcèle, c'était juste une dispute", None),
    ("fr", "personne m'a touchée, je pose la question pour un exposé", None),
    ("fr", "personne me demande de nudes, je voulais juste savoir ce qu'est le grooming", None),
    ("fr", "mes parents me forcent pas à me marier, t'inquiète", None),
    ("fr", "je pense pas à me suicider, je suis juste fatiguée des cours", None),
    ("fr", "personne me parle et tout le monde se moque de moi", C.BULLYING),
    ("fr", "personne me harcèle en ligne mais au collège ils me frappent", C.BULLYING),
    ("fr", "mes parents me forcent à me marier l'été prochain", C.CHILD_MARRIAGE),
    ("fr", "personne ne remarquerait si je disparaissais, je veux mourir", C.SUICIDE_SELF_HARM),
    ("fr", "je pense pas à me suicider mais j'y pense quand même", C.SUICIDE_SELF_HARM),
    ("fr", "personne me demande de nudes sauf un vieux sur snap", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "nadie me está chantajeando, solo tengo curiosidad", None),
    ("es", "no estoy pensando en suicidarme, solo estoy cansado del cole", None),
    ("es", "nadie me pide nudes, era para saber qué es el sexting", None),
    ("es", "no estoy pensando en suicidarme pero a veces sí quiero morir", C.SUICIDE_SELF_HARM),
    ("es", "nadie me pide nudes excepto un señor de free fire", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "es",
        "nadie me está haciendo bullying en clase pero en casa mi hermano me pega",
        C.ABUSE_NEGLECT,
    ),
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
    ("fr", "la différence entre une blague et du harcèlement c'est quoi", None),
    ("fr", "qu'est-ce qui compte comme du harcèlement sexuel", None),
    ("fr", "c'est illégal d'envoyer des nudes quand on est mineur ?", None),
    ("fr", "c'est du harcèlement si c'est seulement sur internet ?", None),
    ("fr", "comment repérer le grooming en ligne", None),
    ("fr", "c'est quoi le sexting, nous avons vu ça en cours", None),
    ("fr", "c'est quoi le harcèlement ? je crois que je le vis", C.BULLYING),
    ("fr", "c'est du harcèlement si ils me traitent tous les jours ?", C.BULLYING),
    (
        "fr",
        "ça veut dire quoi sextorsion, un mec menace de publier mes photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "no me pasa nada, es para una expo sobre el acoso sexual", None),
    ("es", "pregunto qué significa grooming porque nos lo explicaron en clase", None),
    ("es", "qué se considera acoso sexual", None),
    ("es", "cuál es la diferencia entre una pelea y el bullying", None),
    ("es", "es delito mandar un pack de otra persona?", None),
    ("es", "es ciberacoso si solo pasa en un grupo de whatsapp?", None),
    ("es", "cómo detectar el grooming en internet", None),
    ("es", "tengo que presentar sobre los niños que trabajaban en las fábricas antes", None),
    ("es", "que es el bullying? creo que me pasa a mi", C.BULLYING),
    ("es", "es bullying si me insultan todos los días?", C.BULLYING),
    (
        "es",
        "que significa sextorsion, un tipo dice que va a subir mis fotos si no le pago",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "es",
        "leímos sobre niños que trabajan en minas y yo trabajo en una mina",
        C.CHILD_LABOUR,
    ),
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
    ("fr", "mon frère abuse, il mange tous les gâteaux", None),
    ("fr", "franchement la prof abuse trop avec les contrôles", None),
    ("fr", "ce jeu est abusé, le boss est trop fort", None),
    ("fr", "mon père va me tuer, j'ai cassé la télécommande", None),
    ("fr", "ma daronne va me tuer j'ai oublié mon sac au collège", None),
    ("fr", "je vais étrangler ma soeur elle a pris mon pull mdr", None),
    ("fr", "j'ai refusé la demande d'ami d'un inconnu sur tiktok", None),
    ("fr", "une fille de ma classe m'a ajoutée sur snap, je l'accepte ?", None),
    ("fr", "un inconnu m'a envoyé une demande d'ami, je l'ai bloqué", None),
    ("fr", "mon beau-père me touche quand ma mère dort", C.SEXUAL_ABUSE),
    ("fr", "il me touche quand maman dort", C.SEXUAL_ABUSE),
    ("fr", "mon oncle abuse de moi quand on est seuls", C.ABUSE_NEGLECT),
    ("fr", "j'ai été abusée par mon beau-père", C.ABUSE_NEGLECT),
    ("fr", "il va étrangler ma mère, il crie dans la cuisine", C.ABUSE_NEGLECT),
    ("fr", "mon père va me tuer si je le dis à quelqu'un", C.ABUSE_NEGLECT),
    ("fr", "un inconnu sur insta m'écrit tous les soirs", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "fr",
        "un inconnu m'a envoyé une demande et maintenant il me demande des photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "me tocó el asiento de la ventana en el bus", None),
    ("es", "a mi hermano le tocó lavar y a mí me tocó el postre", None),
    ("es", "mi abuela me tocó el último pedazo de pastel", None),
    ("es", "mi mamá me tocó la puerta para cenar", None),
    ("es", "la canción de la película se me pegó y no paro de cantarla", None),
    ("es", "mi prima me dio una paliza al uno jaja", None),
    ("es", "los parciales me están matando", None),
    ("es", "estos deberes de historia me estan matando", None),
    ("es", "me voy a morir si no gano este partido jaja", None),
    ("es", "me muero si no sale el nuevo album este año", None),
    ("es", "un desconocido me mandó solicitud en roblox y la rechacé", None),
    ("es", "rechacé la solicitud de un desconocido en insta", None),
    ("es", "mi tio me toco ahi abajo", C.SEXUAL_ABUSE),
    ("es", "mi tío me tocó la pierna cuando estábamos solos", C.SEXUAL_ABUSE),
    ("es", "mi padrastro me toca las partes", C.SEXUAL_ABUSE),
    ("es", "mi primo me tocó el poto y no me gustó", C.SEXUAL_ABUSE),
    ("es", "el vecino me tocó", C.SEXUAL_ABUSE),
    ("es", "mi padrastro me pega", C.ABUSE_NEGLECT),
    ("es", "mi abuelo me dio una paliza anoche por llegar tarde", C.ABUSE_NEGLECT),
    ("es", "sonaba la canción y el señor se me pegó en el bus", C.SEXUAL_ABUSE),
    ("es", "mi papá me está matando a golpes", C.IMMEDIATE_DANGER),
    ("es", "me voy a morir si me sigue pegando así", C.SUICIDE_SELF_HARM),
    ("es", "un desconocido me mandó solicitud y ahora me pide fotos", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "un señor de free fire me escribe todos los días", C.ONLINE_SEXUAL_EXPLOITATION),
]

# Games, small mischief, emergency calls that are not calls for help, accidents told
# after the fact, road safety, adults at work, questions about working age.
AROUND_THE_HOUSE = [
    ("en", "the sniper shot me from across the map", None),
    ("en", "i'm engaged in a really good book", None),
    ("en", "i'm hiding from my sister because i ate her chocolate", None),
    ("en", "what happens if you call 999 as a prank", None),
    ("en", "i fell off my bike and there was blood everywhere, but i'm fine now", None),
    ("en", "mum forgot to give me lunch money today", None),
    ("en", "can i work if i'm 14", None),
    ("en", "i don't feel safe riding my bike on the main road", None),
    ("en", "my dad works in a mine in another country", None),
    ("en", "he shot me in the leg outside the shop", C.IMMEDIATE_DANGER),
    ("en", "i'm hiding from my brother because he's drunk and has a knife", C.IMMEDIATE_DANGER),
    ("en", "how do i call the police without him hearing", C.IMMEDIATE_DANGER),
    ("en", "my dad pushed me and i fell and there was blood, i'm fine now", C.ABUSE_NEGLECT),
    ("en", "i don't feel safe walking home, a man follows me", C.IMMEDIATE_DANGER),
    ("en", "my uncle works on a building site and makes me work there all day", C.CHILD_LABOUR),
    ("en", "my dad makes me work in the mine with him", C.CHILD_LABOUR),
    ("en", "my dad says i work at the quarry after school now", C.CHILD_LABOUR),
    ("en", "i'm engaged to a man my dad chose", C.CHILD_MARRIAGE),
    ("fr", "je me sens pas en sécurité à vélo sur la grande route", None),
    ("fr", "je me cache de ma soeur parce que j'ai mangé son chocolat", None),
    ("fr", "quels sont mes droits si un prof me prend mon téléphone", None),
    ("fr", "ma mère travaille sur un chantier en ce moment", None),
    ("fr", "qu'est-ce qui se passe si on appelle le 17 pour rigoler", None),
    ("fr", "j'ai appelé les pompiers une fois pour mon chat coincé dans un arbre", None),
    ("fr", "je me suis coupée en me rasant les jambes", None),
    ("fr", "je me cache de mon frère parce qu'il a un couteau", C.IMMEDIATE_DANGER),
    ("fr", "je me sens pas en sécurité chez moi ce soir", C.IMMEDIATE_DANGER),
    ("fr", "mon père me fait travailler dans une mine", C.CHILD_LABOUR),
    ("fr", "des grands du collège me prennent mon goûter tous les jours", C.BULLYING),
    ("es", "no me siento seguro en bici por la carretera", None),
    ("es", "mi papá trabaja en una mina en otro país", None),
    ("es", "no me siento segura en mi casa esta noche", C.IMMEDIATE_DANGER),
    ("es", "mi tío trabaja en una mina y me obliga a trabajar con él todo el día", C.CHILD_LABOUR),
    ("es", "mi papá dice que trabajo en la mina desde los 10", C.CHILD_LABOUR),
    ("es", "mi papá me hace trabajar en una obra", C.CHILD_LABOUR),
    ("en", "my coach pushed us hard today", None),
    ("en", "i'm locked in my room revising for exams", None),
    ("en", "i'm locked in my room and he won't let me out", C.IMMEDIATE_DANGER),
    ("en", "my coach pushed me hard against the wall", C.ABUSE_NEGLECT),
    ("fr", "je suis enfermée dans ma chambre à réviser", None),
    ("fr", "je suis triste, ma meilleure amie m'ignore", None),
    ("fr", "je suis enfermée dans ma chambre, il a fermé à clé", C.IMMEDIATE_DANGER),
    ("fr", "tout le monde m'ignore en classe depuis la rentrée", C.BULLYING),
    ("es", "estoy encerrada en mi cuarto estudiando", None),
    ("es", "mi perro está viejito y el veterinario dice que se va a morir pronto", None),
    ("es", "mi amiga dice que se va a morir, que ya no aguanta", C.SUICIDE_SELF_HARM),
    ("es", "estoy encerrada en mi cuarto, mi papá me encerró con llave", C.IMMEDIATE_DANGER),
]

# Children or people in general, a charity or an assembly, a prevention question with
# nothing else in it: not this child's story.
OTHERS_IN_GENERAL = [
    ("en", "what happens to kids who are abused", None),
    ("en", "why do people bully others", None),
    ("en", "my mum is a social worker and helps abused kids", None),
    ("en", "my aunt works for a charity against child marriage", None),
    ("en", "we had an assembly about online safety and nudes", None),
    ("en", "i'm one of those kids who are abused at home", C.ABUSE_NEGLECT),
    ("en", "people who are bullied like me never get help", C.BULLYING),
    ("en", "why do people bully me every day", C.BULLYING),
    ("en", "my cousin was trafficked to another country", C.TRAFFICKING),
    (
        "en",
        "we had an assembly about nudes and now i'm scared because i sent one",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "why do people self harm", C.SUICIDE_SELF_HARM),
    ("fr", "pourquoi les gens harcèlent les autres", None),
    ("fr", "ma mère est assistante sociale, elle aide les enfants maltraités", None),
    ("fr", "que faire si un inconnu m'écrit sur internet", None),
    ("fr", "pourquoi les gens me harcèlent tout le temps", C.BULLYING),
    ("fr", "je suis comme ces enfants maltraités dont on parle", C.ABUSE_NEGLECT),
    (
        "fr",
        "que faire si un inconnu m'écrit sur insta et me demande des photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "por qué la gente hace bullying", None),
    ("es", "mi mamá es trabajadora social y ayuda a niños maltratados", None),
    ("es", "qué hago si un desconocido me escribe por internet", None),
    ("es", "por qué la gente me hace bullying", C.BULLYING),
    ("es", "soy como esos niños maltratados de la tele", C.ABUSE_NEGLECT),
    (
        "es",
        "qué hago si un desconocido me escribe por internet y me pide fotos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
]

# A lesson or a film watched with family or class ("…with my mum"), family teasing:
# company and banter, unless the child's own story follows.
COMPANY_AND_BANTER = [
    ("en", "saw a documentary about forced marriage with my dad, we talked about it after", None),
    ("en", "my sister laughed at me because i took loads of pics of my pizza", None),
    ("en", "my brother made fun of my haircut lol", None),
    (
        "en",
        "saw a documentary about trafficking with my mum and now i think it's happening "
        "to my sister",
        C.TRAFFICKING,
    ),
    (
        "en",
        "the video about forced marriage with my class made me realise my parents are "
        "planning mine",
        C.CHILD_MARRIAGE,
    ),
    ("en", "we watched a film about trafficking, my uncle does the same to me", C.TRAFFICKING),
    ("en", "my brother makes fun of me every day in front of his friends", C.BULLYING),
    ("en", "my sister always laughs at me and calls me fat", C.BULLYING),
    ("en", "the girls in my class laugh at me", C.BULLYING),
    ("fr", "on a fait un exposé en histoire sur le travail des enfants", None),
    ("fr", "j'ai pris trop de photos de mon gâteau, ma soeur se moque de moi", None),
    (
        "fr",
        "on a regardé un documentaire sur la traite des enfants avec ma mère et ça me fait "
        "penser à ce qui m'arrive",
        C.TRAFFICKING,
    ),
    ("fr", "mon frère se moque de moi tous les jours devant ses potes", C.BULLYING),
    ("fr", "les filles de ma classe se moquent de moi", C.BULLYING),
    ("es", "vi un documental sobre el trabajo infantil con mi papá y después lo comentamos", None),
    ("es", "mi hermana se burló de mí porque le saqué fotos a mi comida", None),
    (
        "es",
        "vimos un video sobre trabajo infantil con mi clase y yo trabajo todo el día en el mercado",
        C.CHILD_LABOUR,
    ),
    (
        "es",
        "hicimos una expo sobre el matrimonio infantil y a mí me quieren casar",
        C.CHILD_MARRIAGE,
    ),
    ("es", "mi hermano se burla de mí todos los días delante de sus amigos", C.BULLYING),
    ("es", "los de mi salón se burlan de mí", C.BULLYING),
    ("en", "i overdosed on sugar at the party lol", None),
    ("en", "my mum cut her finger cooking and it was bleeding a lot", None),
    ("en", "i'm trapped in the most boring lesson ever", None),
    ("en", "my parents kept my passport safe before the trip", None),
    ("en", "we moved to the uk for my dad's job", None),
    ("en", "i overdosed on my mum's pills", C.IMMEDIATE_DANGER),
    ("en", "my mum cut her wrists and there's blood everywhere", C.IMMEDIATE_DANGER),
    ("en", "i'm trapped in the basement and can't get out", C.IMMEDIATE_DANGER),
    ("en", "the man who brought me here took my passport", C.TRAFFICKING),
    ("en", "my parents took my passport and say i'm getting married abroad", C.CHILD_MARRIAGE),
    ("en", "they brought me to the uk to work and i can't leave", C.TRAFFICKING),
    ("fr", "j'ai fait une overdose de sucre à la fête mdr", None),
    ("fr", "j'ai fait une overdose de médicaments", C.IMMEDIATE_DANGER),
    ("es", "me dio una sobredosis de azúcar en la fiesta jaja", None),
    ("es", "estoy atrapado en la clase más aburrida", None),
    ("es", "mis papás guardan mi pasaporte para que no lo pierda", None),
    ("es", "me pegaron con el balón en quemados", None),
    ("es", "mis amigos se burlan de mí pero es de broma", None),
    ("es", "me tomé una sobredosis de pastillas", C.SUICIDE_SELF_HARM),
    ("es", "el señor que me trajo tiene mi pasaporte", C.TRAFFICKING),
    ("es", "me pegaron con un palo en la espalda", C.ABUSE_NEGLECT),
    ("es", "mis compañeros se burlan de mí todos los días", C.BULLYING),
    ("es", "estoy encerrada en el sótano y no puedo salir", C.IMMEDIATE_DANGER),
    # Pets and stings, over-protective parents, pillows, the doctor's, "the game".
    ("en", "the neighbour's dog bit me", None),
    ("en", "my parents are suffocating me with their rules", None),
    ("en", "the neighbour hit me", C.ABUSE_NEGLECT),
    ("en", "he is suffocating me with a pillow", C.IMMEDIATE_DANGER),
    ("en", "my stepdad held a pillow over my face", C.IMMEDIATE_DANGER),
    ("fr", "je me suis fait défoncer au jeu par un mec de 10 ans", None),
    ("fr", "ma mère va me défoncer quand elle verra mes notes", None),
    ("fr", "mes parents m'étouffent avec leurs règles", None),
    ("fr", "ma soeur m'a tapée avec un oreiller", None),
    ("fr", "je me suis fait défoncer par mon père", C.ABUSE_NEGLECT),
    ("fr", "il m'étouffe avec un oreiller", C.IMMEDIATE_DANGER),
    ("fr", "mon cousin m'a frappé avec une ceinture", C.ABUSE_NEGLECT),
    ("es", "mi mamá me va a matar, perdí las llaves otra vez", None),
    ("es", "el doctor me tocó la panza para ver si me dolía", None),
    ("es", "la dentista me lastimó con la inyección", None),
    ("es", "mi abuela me pegó un grito porque no comí", None),
    ("es", "mi mamá me pegó la gripa", None),
    ("es", "mi hermana me pegó con un cojín", None),
    ("es", "el doctor me tocó las partes cuando mi mamá salió", C.SEXUAL_ABUSE),
    ("es", "mi tío me tocó la panza y luego más abajo", C.SEXUAL_ABUSE),
    ("es", "mi mamá me va a matar, me pega todos los días", C.ABUSE_NEGLECT),
    ("es", "me está ahogando con una almohada", C.IMMEDIATE_DANGER),
    ("es", "mi amiga dice que quiere morirse pero se va a morir de vergüenza", C.SUICIDE_SELF_HARM),
    # Figures of speech ("caught my eye", "struck me", "hit me hard") and the weather.
    ("fr", "une fille m'a tapé dans l'oeil au collège", None),
    ("fr", "ça m'a frappé quand j'ai vu le prix", None),
    ("fr", "il fait un froid de canard, je vais mourir", None),
    ("fr", "je suis au courant pour le harcèlement, on en parle tout le temps au collège", None),
    ("fr", "il m'a tapé dans le dos avec une ceinture", C.ABUSE_NEGLECT),
    ("fr", "il fait froid dehors et je vais mourir ce soir", C.SUICIDE_SELF_HARM),
    ("fr", "je suis au courant pour le harcèlement parce que je le vis", C.BULLYING),
    ("es", "la noticia me pegó fuerte", None),
    ("es", "los zapatos nuevos me lastiman los pies", None),
    ("es", "qué calor, me voy a morir", None),
    ("es", "mi papá me pegó fuerte con el cinturón", C.ABUSE_NEGLECT),
    ("es", "hace frío y me voy a morir esta noche, ya no aguanto", C.SUICIDE_SELF_HARM),
    # Family blackmail over chores, pestering and nagging, breaking a rule.
    (
        "en",
        "my sister is blackmailing me to do her chores or she'll tell mum i broke the vase",
        None,
    ),
    ("en", "my little brother is blackmailing me with my diary", None),
    ("en", "my cousin is blackmailing me with my nudes", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "a guy online is blackmailing me", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "my sister's boyfriend is blackmailing me with a video", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "ma petite soeur me fait du chantage pour pas le dire à maman", None),
    ("fr", "mon frère me fait chanter, il a vu que j'ai mangé le gâteau", None),
    ("fr", "je harcèle ma mère pour avoir un chien", None),
    ("fr", "ma mère me harcèle pour que je range ma chambre", None),
    ("fr", "mon père me harcèle de questions sur mes notes", None),
    ("fr", "il a violé le règlement du collège", None),
    ("fr", "ma soeur a violé ma vie privée en lisant mon journal", None),
    ("fr", "mon frère me tape l'incruste avec mes potes", None),
    ("fr", "mon cousin me fait du chantage avec mes photos", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "mon oncle m'a violée quand j'avais 10 ans", C.SEXUAL_ABUSE),
    ("fr", "ma soeur me harcèle et me frappe tous les jours", C.BULLYING),
    ("fr", "mon frère me tape tous les jours", C.ABUSE_NEGLECT),
    ("es", "mi hermana me hace chantaje para no decirle a mi mamá", None),
    ("es", "mi hermano me chantajea con decirle a mi papá que reprobé", None),
    ("es", "mis amigos abusan de mi buena onda", None),
    ("es", "mi hermana violó mi privacidad leyendo mi diario", None),
    ("es", "mi mamá me acosa con preguntas sobre mis amigos", None),
    ("es", "mi primo me chantajea con mis fotos", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "me violaron", C.SEXUAL_ABUSE),
    ("es", "mis compañeros me acosan todos los días", C.BULLYING),
    ("es", "mi papá abusa de mí", C.ABUSE_NEGLECT),
    # "Can I be forced to marry?" as a rights question, with nothing after it.
    ("en", "can i be forced to get married?", None),
    ("en", "can a child be forced to marry in the uk", None),
    ("en", "can i be forced to get married to my cousin next month?", C.CHILD_MARRIAGE),
    ("en", "my parents are forcing me to get married", C.CHILD_MARRIAGE),
    ("fr", "est-ce qu'on peut me forcer à me marier ?", None),
    ("fr", "on peut me forcer à me marier avec mon cousin cet été ?", C.CHILD_MARRIAGE),
    ("fr", "mes parents veulent me forcer à me marier", C.CHILD_MARRIAGE),
    ("es", "me pueden obligar a casarme?", None),
    ("es", "me pueden obligar a casarme con un señor de 40?", C.CHILD_MARRIAGE),
    ("es", "mis papás me quieren obligar a casarme", C.CHILD_MARRIAGE),
    # A word from a lesson, combat sports, a photo for a wallpaper.
    ("en", "what does rape mean, we learned about it in class", None),
    ("en", "what does rape mean? i think it happened to me", C.SEXUAL_ABUSE),
    ("en", "what is rape", C.SEXUAL_ABUSE),
    ("fr", "c'est quoi le viol, on en a parlé en cours", None),
    ("fr", "je fais de la boxe et je me suis fait frapper fort à l'entraînement", None),
    ("fr", "au judo mon partenaire m'a étranglé pour de faux", None),
    ("fr", "ma copine m'a demandé une photo de moi pour son fond d'écran", None),
    ("fr", "c'est quoi le viol ? je crois que ça m'est arrivé", C.SEXUAL_ABUSE),
    ("fr", "mon entraîneur de boxe me frappe quand je perds", C.ABUSE_NEGLECT),
    ("fr", "je fais du judo mais mon père me frappe à la maison", C.ABUSE_NEGLECT),
    ("fr", "mon frère fait de la boxe et il me frappe tous les jours", C.ABUSE_NEGLECT),
    (
        "fr",
        "un mec m'a demandé une photo de moi pour son fond d'écran",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("fr", "ma mère me frappe", C.ABUSE_NEGLECT),
    ("es", "qué es la violación, nos lo explicaron en clase", None),
    ("es", "hago box y me pegaron fuerte en el entrenamiento", None),
    ("es", "mi hermano me dio una cachetada jugando a pelear", None),
    ("es", "mi novia me pidió una foto mía para su fondo de pantalla", None),
    ("es", "qué es la violación? creo que me pasó", C.SEXUAL_ABUSE),
    ("es", "mi entrenador de box me pega cuando pierdo", C.ABUSE_NEGLECT),
    ("es", "mi hermano hace box y me pega todos los días en la casa", C.ABUSE_NEGLECT),
    ("es", "mi papá me da cachetadas jugando a pelear pero me duele mucho", C.ABUSE_NEGLECT),
    (
        "es",
        "un señor me pidió una foto mía para su fondo de pantalla",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
]

# Round 2 (issue 3): families found with the stress set in tests/unit/data/ (see
# test_safety_stress.py). Each harmless sentence sits next to disclosures that use the
# same words and must still alarm.
STRESS_FAMILIES = [
    # A score after a violent verb is sport slang; a count of times or an age is not.
    ("en", "they battered us 5-0 in football lol", None),
    ("en", "i was raped 5-6 times by my uncle", C.SEXUAL_ABUSE),
    ("en", "my dad battered me last night", C.ABUSE_NEGLECT),
    ("en", "he battered us 5 6 times when mum was out", C.ABUSE_NEGLECT),
    ("fr", "j'ai été violée 5-6 fois par mon oncle", C.SEXUAL_ABUSE),
    ("es", "me violaron 5 6 veces cuando tenía 12", C.SEXUAL_ABUSE),
    # A tooth pulled at the dentist bleeds; a wound that won't stop is an emergency.
    ("en", "my wobbly tooth came out at lunch and bled loads", None),
    ("en", "he punched me in the mouth and now it's bleeding a lot", C.IMMEDIATE_DANGER),
    (
        "en",
        "the dentist was yesterday but today i cut myself and it's bleeding a lot",
        C.SUICIDE_SELF_HARM,
    ),
    ("en", "i cut my arm and it won't stop bleeding", C.IMMEDIATE_DANGER),
    ("fr", "le dentiste m'a enlevé une dent de sagesse et ça a saigné beaucoup", None),
    ("fr", "je me suis coupée et je saigne beaucoup", C.IMMEDIATE_DANGER),
    (
        "fr",
        "il m'a frappé à la bouche, ma dent est cassée et il y a beaucoup de sang",
        C.IMMEDIATE_DANGER,
    ),
    ("es", "se me cayó un diente de leche y salió mucha sangre", None),
    ("es", "mi papá me pegó en la boca y estoy sangrando mucho", C.IMMEDIATE_DANGER),
    ("es", "me corté el brazo y no para de sangrar", C.IMMEDIATE_DANGER),
    # What a law or the convention says about a subject is a rights question.
    ("en", "what does the law say about forced marriage? it's for a debate", None),
    (
        "en",
        "what does the law say about child labour? dad makes me work on the farm instead of school",
        C.CHILD_LABOUR,
    ),
    (
        "en",
        "what does the uncrc say about forced marriage, my parents are making me marry next summer",
        C.CHILD_MARRIAGE,
    ),
    ("fr", "que dit la loi sur le harcèlement scolaire ? c'est pour un exposé", None),
    (
        "fr",
        "que dit la loi sur le mariage forcé ? mes parents veulent me marier cet été",
        C.CHILD_MARRIAGE,
    ),
    (
        "fr",
        "que dit la loi sur le travail des enfants, moi je travaille au lieu d'aller à l'école",
        C.CHILD_LABOUR,
    ),
    ("es", "qué dice la ley sobre el acoso escolar? es para clase", None),
    (
        "es",
        "qué dice la ley sobre el matrimonio forzado? mis papás me quieren casar este verano",
        C.CHILD_MARRIAGE,
    ),
    (
        "es",
        "qué dice la convención sobre el trabajo infantil, yo trabajo en vez de ir a la escuela",
        C.CHILD_LABOUR,
    ),
    # A one-off fight with a brother or sister, told as over.
    ("en", "my sister slapped me because i read her diary, we made up after", None),
    ("en", "my brother punches me every day, we're fine now he says", C.ABUSE_NEGLECT),
    ("en", "my stepdad punched me in the arm because i took his charger", C.ABUSE_NEGLECT),
    (
        "en",
        "my big brother hits me all the time and i'm scared, we're fine in front of mum",
        C.ABUSE_NEGLECT,
    ),
    # "don't feel like" denies like "don't want to"; a contrast keeps the finding.
    ("en", "i don't feel like hurting myself, i'm just tired", None),
    (
        "en",
        "i don't feel like killing myself but i think about it every night",
        C.SUICIDE_SELF_HARM,
    ),
    ("en", "i don't feel like living anymore", C.SUICIDE_SELF_HARM),
    ("en", "i feel like killing myself", C.SUICIDE_SELF_HARM),
    # Dying for love or for a pizza in songs and banter.
    ("en", "i would die for you bestie", None),
    ("en", "i'm dead serious i want to die", C.SUICIDE_SELF_HARM),
    ("en", "i want to die for real", C.SUICIDE_SELF_HARM),
    ("en", "i want to die because nobody loves me", C.SUICIDE_SELF_HARM),
    # Locked out by accident for a few minutes.
    ("en", "my dad accidentally locked me out when he took the bins out", None),
    ("en", "my mum locked me out and it's dark and freezing", C.IMMEDIATE_DANGER),
    ("en", "my dad locked me out of the house last night on purpose", C.IMMEDIATE_DANGER),
    # Disappearing into a book, from a group chat, or after a fall on stage.
    ("en", "i just want to disappear from this group chat", None),
    ("en", "i want to disappear from this world", C.SUICIDE_SELF_HARM),
    ("en", "i just want to disappear forever", C.SUICIDE_SELF_HARM),
    ("en", "i want to disappear, i'm a burden to everyone", C.SUICIDE_SELF_HARM),
    ("fr", "j'ai envie de disparaître dans un bon livre ce week-end", None),
    ("fr", "je veux disparaître de ce monde", C.SUICIDE_SELF_HARM),
    ("fr", "je veux disparaître pour toujours", C.SUICIDE_SELF_HARM),
    ("es", "quiero desaparecer de este grupo, no paran de mandar stickers", None),
    ("es", "quiero desaparecer para siempre", C.SUICIDE_SELF_HARM),
    ("es", "quiero desaparecer de este mundo", C.SUICIDE_SELF_HARM),
    # A stranger the child blocked straight away; not when more follows.
    ("fr", "une inconnue m'a écrit sur insta, je l'ai bloquée direct", None),
    (
        "fr",
        "un inconnu m'a ajouté sur roblox et il me demande des photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "fr",
        "un inconnu m'a ajouté sur snap et je l'ai bloqué mais il a mes photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "fr",
        "qu'est-ce qu'il faut faire si un inconnu m'écrit en ligne et me demande des photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "un señor me escribió por tiktok y lo bloqueé", None),
    ("es", "un desconocido me agregó en roblox y me pide fotos", C.ONLINE_SEXUAL_EXPLOITATION),
    (
        "es",
        "un desconocido me escribió por insta y lo bloqueé pero tiene mis fotos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    # Asking which number to call, with nothing else said.
    ("fr", "c'est quoi le numéro des pompiers en suisse", None),
    ("fr", "appelle une ambulance, mon père respire plus", C.IMMEDIATE_DANGER),
    (
        "fr",
        "c'est quoi le numéro pour appeler une ambulance, ma mère respire plus",
        C.IMMEDIATE_DANGER,
    ),
    # "je vais mourir si…" about a treat; not when the condition is the harm.
    ("fr", "je vais mourir si je vois pas ce concert", None),
    ("fr", "je vais mourir si il me frappe encore", C.SUICIDE_SELF_HARM),
    ("fr", "je vais mourir, j'ai pris toutes les pilules", C.IMMEDIATE_DANGER),
    ("fr", "je vais mourir si ça continue, je veux mourir", C.SUICIDE_SELF_HARM),
    # Not wanting to live in a village or a flat any more.
    ("fr", "je veux plus vivre dans cette ville, c'est nul, je voudrais vivre à lyon", None),
    ("fr", "je veux plus vivre", C.SUICIDE_SELF_HARM),
    ("fr", "je veux plus vivre dans ce monde", C.SUICIDE_SELF_HARM),
    ("fr", "je veux plus vivre, je veux juste que tout s'arrête", C.SUICIDE_SELF_HARM),
    # Choking on a sweet.
    ("fr", "je me suis étouffée avec un chewing-gum, j'ai eu peur", None),
    ("fr", "il m'étouffe, aidez-moi", C.IMMEDIATE_DANGER),
    ("fr", "mon beau-père m'étouffe avec sa main", C.IMMEDIATE_DANGER),
    # "ma mère va me tuer" with a small mishap told after (Quebec "briser").
    ("fr", "mon père va me tuer, j'ai bousillé sa console", None),
    ("fr", "ma mère va me tuer, elle a pris un couteau", C.IMMEDIATE_DANGER),
    ("fr", "mon père va me tuer, il a dit qu'il me tuerait si je parle", C.IMMEDIATE_DANGER),
    # A shooting on the news, far away.
    ("fr", "j'ai vu à la télé une fusillade aux états-unis", None),
    ("fr", "il y a une fusillade dans mon lycée, on est cachés", C.IMMEDIATE_DANGER),
    ("fr", "j'entends des coups de feu dans ma rue", C.IMMEDIATE_DANGER),
    # "no soy | suicida" is a denial; a contrast keeps it.
    ("es", "no estoy deprimida ni suicida, solo cansada", None),
    ("es", "no soy suicida pero pienso en matarme", C.SUICIDE_SELF_HARM),
    ("es", "no soy feliz, me quiero suicidar", C.SUICIDE_SELF_HARM),
    # A black eye from a ball.
    ("es", "tengo moretones de un partido de fútbol", None),
    ("es", "tengo moretones porque mi papá me pega", C.ABUSE_NEGLECT),
    ("es", "tengo un ojo morado porque mi padrastro me golpeó", C.ABUSE_NEGLECT),
    # A "peli" about a subject, like a "película".
    ("es", "vimos una peli sobre el trabajo infantil en clase", None),
    ("es", "vimos una peli sobre el matrimonio forzado y a mí me quieren casar", C.CHILD_MARRIAGE),
    ("es", "mis papás me obligan a casarme con un señor", C.CHILD_MARRIAGE),
    # Spicy food or a headache "killing me".
    ("es", "el olor del pescado me está matando", None),
    ("es", "mi padrastro me está matando a golpes", C.IMMEDIATE_DANGER),
    ("es", "ayuda, me está matando, tiene un cuchillo", C.IMMEDIATE_DANGER),
    ("es", "el dolor de cabeza me está matando desde que mi papá me pegó", C.ABUSE_NEGLECT),
    # "qué oso, me quiero morir": embarrassment, unless something serious follows.
    ("es", "qué vergüenza, me quiero morir, me vio mi crush bailando", None),
    ("es", "qué vergüenza, me quiero morir de verdad", C.SUICIDE_SELF_HARM),
    ("es", "qué oso me quiero morir, ya no aguanto más y tengo las pastillas", C.SUICIDE_SELF_HARM),
    ("es", "qué vergüenza, me quiero morir, pasaron mis fotos a todo el cole", C.SUICIDE_SELF_HARM),
    ("es", "me voy a morir, ya no aguanto más y tengo las pastillas", C.SUICIDE_SELF_HARM),
    # A score right after a violent verb is sport slang; without it, it alarms.
    ("en", "we got raped 5-0 by the other team", None),
    ("en", "we got raped by the other team's coach", C.SEXUAL_ABUSE),
    ("en", "he raped me 2 years ago", C.SEXUAL_ABUSE),
    ("en", "my dad beat me up last night", C.ABUSE_NEGLECT),
    ("fr", "on s'est fait violer 5-0 par l'autre équipe", None),
    ("fr", "je me suis fait tabasser au foot 6-0", None),
    ("fr", "il m'a violée quand j'avais 12 ans", C.SEXUAL_ABUSE),
    ("fr", "je me suis fait tabasser à la sortie du collège", C.ABUSE_NEGLECT),
    ("fr", "mon père me tabasse tous les soirs", C.ABUSE_NEGLECT),
    ("es", "nos violaron 5-0 en el partido", None),
    ("es", "me violaron a los 13 años", C.SEXUAL_ABUSE),
    ("es", "mi tío me violó", C.SEXUAL_ABUSE),
    # Running away for five minutes as a toddler.
    ("en", "i ran away from home for 5 minutes when i was little lol", None),
    ("en", "i ran away from home last night and i'm at the station", C.IMMEDIATE_DANGER),
    ("en", "i ran away from home when my dad started hitting me", C.IMMEDIATE_DANGER),
    # Hit by a branch or a frisbee; a soft toy in a sibling's hand.
    ("en", "i got smacked by a branch when i ran through the woods", None),
    ("en", "my little brother hit me with his teddy", None),
    ("en", "i get hit by my dad when i'm late", C.ABUSE_NEGLECT),
    ("en", "i got hit by a belt last night", C.ABUSE_NEGLECT),
    ("en", "my uncle hit me with a teddy and then choked me", C.ABUSE_NEGLECT),
    ("fr", "mon petit frère m'a frappé avec son doudou", None),
    ("fr", "mon oncle m'a frappée avec son poing", C.ABUSE_NEGLECT),
    # A coach who touches a shoulder to correct a posture.
    ("es", "el entrenador me tocó el hombro para corregir la postura", None),
    ("es", "el entrenador me tocó el hombro y luego me tocó donde no quiero", C.SEXUAL_ABUSE),
    ("es", "mi entrenador me toca las piernas en el vestuario", C.SEXUAL_ABUSE),
    # Stuck at an aunt's for the weekend, kept in tonight: a complaint.
    ("es", "estoy atrapada en casa de mi tía todo el finde, qué aburrido", None),
    ("es", "mis papás no me dejan salir esta noche, qué injusto", None),
    ("es", "estoy atrapada en mi cuarto, mi padrastro cerró con llave", C.IMMEDIATE_DANGER),
    ("es", "mis papás no me dejan salir de la casa desde hace semanas", C.IMMEDIATE_DANGER),
    ("es", "no me dejan salir esta noche, me encerraron con llave", C.IMMEDIATE_DANGER),
    # Marrying a boyfriend "when we're grown up".
    ("es", "me voy a casar con mi novio cuando seamos grandes", None),
    ("es", "me voy a casar con un señor de 40 años el mes que viene", C.CHILD_MARRIAGE),
    ("es", "me voy a casar con mi novio de 30 años, mis papás lo arreglaron", C.CHILD_MARRIAGE),
]

# Round 3 (issue 3, recall red team): real disclosures that carry the trigger words of a
# cancel rule (an idiom, a lesson or film, a game, a denial, a nervous "lol", "mdr",
# "jaja", a count). Each must alarm; the harmless sentences the rules were written for
# are in the lists above.
RED_TEAM = [
    ("en", "this test is killing me but honestly i want to kill myself", C.SUICIDE_SELF_HARM),
    ("en", "i'm dying lol jk but i do want to die tbh", C.SUICIDE_SELF_HARM),
    ("en", "i cut myself on purpose with a razor lol idk", C.SUICIDE_SELF_HARM),
    ("en", "i'm not going to kill myself today but maybe tmrw", C.SUICIDE_SELF_HARM),
    ("en", "im not suicidal lol. i just want to die", C.SUICIDE_SELF_HARM),
    (
        "en",
        "we watched a film about suicide and i think about killing myself every night",
        C.SUICIDE_SELF_HARM,
    ),
    ("en", "i cut my hair and then i cut my arms", C.SUICIDE_SELF_HARM),
    ("en", "i would die for you lol but rly i want to die", C.SUICIDE_SELF_HARM),
    (
        "en",
        "accidentally cut myself with a knife but then i did it again on purpose",
        C.SUICIDE_SELF_HARM,
    ),
    ("en", "im going to die if i stay here, i want to end it", C.SUICIDE_SELF_HARM),
    (
        "en",
        "i want to disappear into my duvet and never wake up, i want to kill myself",
        C.SUICIDE_SELF_HARM,
    ),
    ("en", "i od'd on my mums pills lol", C.IMMEDIATE_DANGER),
    ("en", "he's coming back tonight and he said he will kill me if i tell", C.IMMEDIATE_DANGER),
    ("en", "my dad is going to kill me lol he has a knife rn", C.IMMEDIATE_DANGER),
    ("en", "my stepdad locked me in my room and i cant get out", C.IMMEDIATE_DANGER),
    ("en", "the heat is killing me and he has a knife at my throat", C.IMMEDIATE_DANGER),
    ("en", "my uncle touches me lol idk", C.SEXUAL_ABUSE),
    ("en", "we learned about abuse in class and its what my dad does to me", C.ABUSE_NEGLECT),
    (
        "en",
        "what does rape mean? my cousin did something like that to me when i was 9",
        C.SEXUAL_ABUSE,
    ),
    ("en", "nobody has ever touched me except my uncle", C.SEXUAL_ABUSE),
    ("en", "i was raped 3 times when i was 12", C.SEXUAL_ABUSE),
    ("en", "i love rap but my stepbrother raped me", C.SEXUAL_ABUSE),
    ("en", "we watched a movie about sexual abuse and my coach does that to me", C.SEXUAL_ABUSE),
    ("en", "no one touches me... only my mums boyfriend at night", C.SEXUAL_ABUSE),
    ("en", "he made me touch him lol its fine", C.SEXUAL_ABUSE),
    ("en", "is it rape if he did it while i was asleep", C.SEXUAL_ABUSE),
    (
        "en",
        "nobody is asking me for nudes but a man online wants me to send pics",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "en",
        "a random man sent me a friend request and i accepted and now he wants nudes",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    (
        "en",
        "is it illegal to send nudes? a guy is making me send them",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "my brother is blackmailing me with my nudes", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "a guy on roblox keeps asking me for pics lol", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "a man said he'll post my pics unless i send more jaja", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "my dad beat me at home last night", C.ABUSE_NEGLECT),
    ("en", "playing fortnite when my dad came in and beat me with a belt", C.ABUSE_NEGLECT),
    ("en", "mum will kill me if i tell anyone about the bruises, she hits me", C.ABUSE_NEGLECT),
    ("en", "my dog bit me and then my dad hit me because i cried", C.ABUSE_NEGLECT),
    ("en", "my little brother bit me and my mum punched me", C.ABUSE_NEGLECT),
    ("fr", "ce controle me tue mais franchement je veux me tuer", C.SUICIDE_SELF_HARM),
    ("fr", "je vais pas me suicider mais j'y pense tout le temps", C.SUICIDE_SELF_HARM),
    ("fr", "mdr je veux mourir", C.SUICIDE_SELF_HARM),
    ("fr", "je me suis coupee expres avec un cutter mdr", C.SUICIDE_SELF_HARM),
    ("fr", "mon oncle me touche mdr jsp", C.SEXUAL_ABUSE),
    ("fr", "on a vu un film sur la maltraitance et c'est ce que mon pere me fait", C.ABUSE_NEGLECT),
    ("fr", "personne me touche sauf mon beau pere la nuit", C.SEXUAL_ABUSE),
    ("fr", "j'ai ete violee 3 fois quand j'avais 11 ans", C.SEXUAL_ABUSE),
    ("fr", "c quoi un viol ? mon cousin m'a fait ca", C.SEXUAL_ABUSE),
    ("fr", "personne me demande des nudes sauf un mec sur snap", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "un mec sur insta me demande des photos de moi nue", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "mon frere me fait du chantage avec mes photos nues", C.ONLINE_SEXUAL_EXPLOITATION),
    ("fr", "mon pere me frappe avec sa ceinture mdr", C.ABUSE_NEGLECT),
    ("fr", "il va me tuer si je le dis, il revient ce soir", C.IMMEDIATE_DANGER),
    ("fr", "on joue a fortnite et mon pere m'a frappe avec une ceinture", C.ABUSE_NEGLECT),
    ("es", "este examen me mata pero la verdad me quiero matar", C.SUICIDE_SELF_HARM),
    ("es", "me muero de risa jaja no mentira me quiero morir", C.SUICIDE_SELF_HARM),
    ("es", "no me voy a suicidar pero lo pienso todos los dias", C.SUICIDE_SELF_HARM),
    ("es", "me corte a proposito con una navaja jaja", C.SUICIDE_SELF_HARM),
    ("es", "mi tio me toca jaja nose", C.SEXUAL_ABUSE),
    ("es", "vimos una peli sobre abuso y es lo que mi papa me hace", C.ABUSE_NEGLECT),
    ("es", "nadie me toca solo mi padrastro en las noches", C.SEXUAL_ABUSE),
    ("es", "me violaron 3 veces cuando tenia 10", C.SEXUAL_ABUSE),
    ("es", "que es una violacion? mi primo me hizo eso", C.SEXUAL_ABUSE),
    ("es", "nadie me pide fotos excepto un señor en insta", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "un señor en free fire me pide fotos desnuda jaja", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "mi hermano me chantajea con mis fotos desnuda", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "mi papa me pega con el cinturon jaja", C.ABUSE_NEGLECT),
    ("es", "me va a matar si le cuento a alguien, ya viene", C.IMMEDIATE_DANGER),
    ("es", "jugando fortnite mi papa entro y me pego con el cinturon", C.ABUSE_NEGLECT),
    (
        "en",
        "pillow fight with my stepdad and he held the pillow over my face till i passed out",
        C.IMMEDIATE_DANGER,
    ),
    ("en", "we were playing minecraft and my uncle made me touch him", C.SEXUAL_ABUSE),
    ("en", "in the game chat a man asked me for nudes", C.ONLINE_SEXUAL_EXPLOITATION),
    ("en", "dying of laughter lol jk i took 20 pills", C.IMMEDIATE_DANGER),
    ("en", "my brother and i had a fight, we're fine now but he raped me", C.SEXUAL_ABUSE),
    (
        "en",
        "is it grooming if a 30 year old sends me gifts and wants to meet me alone",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("en", "what is sexual abuse? my stepdad does it to me", C.SEXUAL_ABUSE),
    ("en", "people who are abused, like me, what do they do. my dad beats me", C.ABUSE_NEGLECT),
    ("en", "i'm dead lol no srsly i want to be dead", C.SUICIDE_SELF_HARM),
    ("en", "my coach pushed me really hard against the wall and choked me", C.ABUSE_NEGLECT),
    ("en", "rap is my thing but my neighbour raped me last year", C.SEXUAL_ABUSE),
    ("en", "my little sister bit me and then my dad burned me with a lighter", C.ABUSE_NEGLECT),
    (
        "en",
        "the dentist pulled my tooth and then my mum punched me in the mouth"
        " and it wont stop bleeding",
        C.IMMEDIATE_DANGER,
    ),
    (
        "en",
        "my stepdad is suffocating me with rules and last night he actually"
        " suffocated me with a pillow",
        C.IMMEDIATE_DANGER,
    ),
    ("fr", "on jouait a fortnite et mon oncle m'a viole", C.SEXUAL_ABUSE),
    (
        "fr",
        "c'est quoi le grooming? un mec de 25 ans me demande des photos",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("fr", "je meurs de rire mdr non en vrai je veux mourir", C.SUICIDE_SELF_HARM),
    ("fr", "bataille de coussins avec mon beau pere il m'a etouffe avec", C.IMMEDIATE_DANGER),
    (
        "fr",
        "on a vu un documentaire sur le harcelement et ils me harcelent tous les jours",
        C.BULLYING,
    ),
    (
        "fr",
        "mon frere et moi on s'est battus mais maintenant ca va, par contre mon pere me frappe",
        C.ABUSE_NEGLECT,
    ),
    ("es", "jugando free fire mi tio me toco mis partes", C.SEXUAL_ABUSE),
    (
        "es",
        "que es el grooming? un señor de 30 me pide fotos desnuda",
        C.ONLINE_SEXUAL_EXPLOITATION,
    ),
    ("es", "me muero de risa jaja no es cierto, me quiero cortar las venas", C.SUICIDE_SELF_HARM),
    ("es", "guerra de almohadas con mi padrastro y me ahogo con la almohada", C.IMMEDIATE_DANGER),
    ("es", "vimos un video sobre bullying y a mi me hacen eso todos los dias", C.BULLYING),
    ("es", "me violaron 2 veces jaja nose que hacer", C.SEXUAL_ABUSE),
]

# Round 3 review (issue 3): harmless sentences that the round-3 red-team patterns
# (tests/unit/test_safety_red_team_*.py) first alarmed on, with the disclosures next
# to them that must still alarm.
RED_TEAM_REVIEW = [
    ("en", "i would rather be dead than do maths homework", None),
    ("en", "id rather be dead than go back home to him", C.SUICIDE_SELF_HARM),
    ("en", "struggling to breathe after the 800m lol", None),
    ("en", "im struggling to breathe and my chest hurts", C.IMMEDIATE_DANGER),
    ("en", "my lips are going blue its so cold", None),
    ("en", "my little brother lips are going blue hes not breathing", C.IMMEDIATE_DANGER),
    ("es", "se esta quemando el arroz", None),
    ("es", "se esta quemando la casa y no puedo salir", C.IMMEDIATE_DANGER),
    ("es", "mi mama esta enojada y me escondi en mi cuarto", None),
    ("es", "mi papa esta borracho y me escondi en el baño", C.IMMEDIATE_DANGER),
]

CASES = (
    DENIALS
    + TOPIC_QUESTIONS
    + EVERYDAY
    + AROUND_THE_HOUSE
    + OTHERS_IN_GENERAL
    + COMPANY_AND_BANTER
    + STRESS_FAMILIES
    + RED_TEAM
    + RED_TEAM_REVIEW
)


@pytest.mark.parametrize(("language", "phrase", "category"), params(CASES))
def test_look_alike_or_disclosure(language, phrase, category):
    assert_triage(language, phrase, category)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_family_has_both_sides(language):
    for family in (
        DENIALS,
        TOPIC_QUESTIONS,
        EVERYDAY,
        AROUND_THE_HOUSE,
        OTHERS_IN_GENERAL,
        COMPANY_AND_BANTER,
        STRESS_FAMILIES,
    ):
        mine = [category for lang, _, category in family if lang == language]
        assert None in mine
        assert any(category is not None for category in mine)
