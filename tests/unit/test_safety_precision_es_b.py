"""Precision audit round 44, part b, for the Spanish safety lexicon (issue 3).

On the held-out set most harmless messages that raise an alarm are caught by the
lexicons, so this round audits each pattern of the Spanish categories sexual_abuse,
online_sexual_exploitation, csam_seen, bullying, child_marriage, trafficking and
child_labour one by one: for each, harmless messages a child of 8-17 might send (family
life, school, games, jokes, plans for one day, chores, school trips) were written and
probed, and the patterns that flagged them were fenced as narrowly as possible, with the
disclosures each pattern exists for written next to them. A phrase with a category must
raise it (others may be raised too); a phrase with None must raise nothing.
"""

from __future__ import annotations

from bot.safety.lexicon import Category
from tests.unit.safety_cases import round_tests

C = Category

# Harmless messages: all but the last six raised an alarm before this round.
ROUND_44_b_LOOK_ALIKES = [
    ("es", "mi hermano viola todas las reglas del juego jaja", None),
    ("es", "mi abuela me toca el pelo cuando veo la tele", None),
    ("es", "mi mama me toca la espalda para que me duerma", None),
    ("es", "el chico que me gusta me toco la mano y me puse roja", None),
    ("es", "mi mama dice que me toca lavarme los dientes", None),
    ("es", "el profe me pidio que le haga cosas de la tarea", None),
    (
        "es",
        "nuestro secreto es que le hicimos un regalo sorpresa a mama, no le digas a nadie",
        None,
    ),
    ("es", "es nuestro secreto: vamos a hacer una fiesta sorpresa", None),
    ("es", "nadie me va a creer pero saque 10 en mates", None),
    ("es", "nadie va a creer lo que paso en el partido", None),
    ("es", "mi papa me agarra la cola de caballo para jugar", None),
    ("es", "mi perro me mira cuando me baño jaja", None),
    ("es", "mi hermano me enseño sus partes favoritas del juego", None),
    ("es", "me enseño sus partes del guion para la obra", None),
    ("es", "mi primo me mando un pack de memes", None),
    ("es", "me dijo que borre los mensajes del grupo porque eran spoilers", None),
    ("es", "me metieron en un grupo de memes pedorros", None),
    ("es", "en biologia vimos fotos de un bebe desnudo recien nacido", None),
    ("es", "mi abuela tiene un album de fotos de mi papa de niño desnudo en la playa", None),
    ("es", "mis amigos se burlan de mi porque perdi la apuesta jaja", None),
    ("es", "se burlaron de mi outfit pero en buena onda", None),
    ("es", "me llaman friki porque me gusta el anime y me encanta", None),
    ("es", "mis amigas me hicieron un meme con mi cara de dormido y me rei mucho", None),
    ("es", "hicieron un grupo sin mi para organizarme la fiesta sorpresa", None),
    ("es", "me quieren pegar el chicle en el pelo mis hermanas de broma", None),
    ("es", "me acosa mi gato para que le de comida jaja", None),
    ("es", "cuando sea grande me voy a casar con mi novio", None),
    ("es", "me voy a casar con un millonario jaja", None),
    ("es", "me voy a casar con mi novia cuando terminemos la universidad", None),
    ("es", "estoy comprometida con el proyecto de ciencias", None),
    ("es", "estoy comprometido con mi equipo", None),
    ("es", "tengo que casarme con alguien que le gusten los gatos jaja", None),
    ("es", "mi abuela dice que me toca casarme primero que mi prima jaja", None),
    ("es", "mi hermana de 17 se va a casar cuando cumpla 25 con su novio", None),
    ("es", "volvi comprometida a estudiar mas este año", None),
    ("es", "mis papas me quitaron el pasaporte para que no lo pierda", None),
    ("es", "mi mama tiene mi pasaporte guardado en un cajon", None),
    ("es", "mis papas guardan mi pasaporte en la caja fuerte", None),
    ("es", "la profe tiene los documentos de la excursion firmados", None),
    ("es", "el entrenador tiene los papeles de la inscripcion", None),
    ("es", "le debo 10 pavos a mi hermano asi que voy a trabajar lavando su coche", None),
    ("es", "tengo que trabajar para pagar la deuda del movil que rompi", None),
    ("es", "me vendieron a un precio muy caro las entradas", None),
    ("es", "me van a vender por ebay dice mi hermano jaja", None),
    ("es", "nos tienen trabajando como esclavos con tanta tarea", None),
    ("es", "tengo que limpiar mi cuarto todos los dias, que pesado", None),
    ("es", "tengo que cocinar todos los dias porque me encanta la cocina", None),
    ("es", "tengo que cargar la mochila todo el dia y me duele la espalda", None),
    ("es", "tengo que vender rifas todos los dias para el viaje de fin de curso", None),
    ("es", "trabajamos en la obra de teatro toda la tarde", None),
    ("es", "tengo 14 y trabajo de niñera los sabados para ganar un dinerito", None),
    ("es", "tengo 13 años y atiendo la tienda de mi mama un rato despues de clases", None),
    ("es", "cuido a mis hermanos todo el dia en vacaciones porque mi mama trabaja", None),
    ("es", "limpio mi cuarto todo el dia y sigue desordenado jaja", None),
    ("es", "trabajo de 4 a 6 en la biblioteca como voluntario", None),
    ("es", "desde que sale el sol hasta que se pone estamos en la playa", None),
    ("es", "mi mama me toca la frente para ver si tengo fiebre", None),
    ("es", "me toca el turno de lavar los platos", None),
    ("es", "mi hermanito se metio en mi cama porque tenia miedo de los truenos", None),
    ("es", "me case en minecraft con mi amiga", None),
    ("es", "voy a ser dama de honor en la boda de mi tia", None),
    ("es", "el trabajo infantil existe todavia? es para una exposicion", None),
]

# Disclosures next to each fence: they must still raise their category.
ROUND_44_b_DISCLOSURES = [
    ("es", "me violo mi primo", C.SEXUAL_ABUSE),
    ("es", "mi tio viola a mi prima", C.SEXUAL_ABUSE),
    ("es", "mi tio me toca la espalda", C.SEXUAL_ABUSE),
    ("es", "mi padrastro me toca la espalda para que me duerma y luego no para", C.SEXUAL_ABUSE),
    (
        "es",
        "mi padrastro me toca la espalda para que me duerma y luego baja la mano",
        C.SEXUAL_ABUSE,
    ),
    ("es", "mi tio me toca el pelo para peinarme cuando estamos solos", C.SEXUAL_ABUSE),
    ("es", "el entrenador me toca la cara cuando lloro y me da miedo", C.SEXUAL_ABUSE),
    ("es", "mi tio me toca y me dice que no diga nada", C.SEXUAL_ABUSE),
    ("es", "mi padrastro me obliga a hacerle cosas", C.SEXUAL_ABUSE),
    ("es", "mi tio me pide que le haga cosas que no quiero", C.SEXUAL_ABUSE),
    ("es", "nadie me va a creer si digo lo que me hace mi tio", C.SEXUAL_ABUSE),
    ("es", "mi tio dice que es nuestro secreto", C.SEXUAL_ABUSE),
    (
        "es",
        "mi tio me da regalos y dice que es nuestro secreto, es una sorpresa para mi",
        C.SEXUAL_ABUSE,
    ),
    (
        "es",
        "mi vecino me toca y dice que es nuestro secreto, no arruines la sorpresa de mama",
        C.SEXUAL_ABUSE,
    ),
    ("es", "mi tio me agarra la cola cuando estoy sola", C.SEXUAL_ABUSE),
    ("es", "mi primo me mira cuando me baño", C.SEXUAL_ABUSE),
    ("es", "mi padrastro es buena onda pero me mira cuando me baño", C.SEXUAL_ABUSE),
    ("es", "el medico me reviso sin ropa", C.SEXUAL_ABUSE),
    ("es", "el medico me reviso desnuda y mi mama estaba afuera", C.SEXUAL_ABUSE),
    (
        "es",
        "el doctor le dijo a mi mama que saliera y me reviso sin ropa, mi mama estaba enojada",
        C.SEXUAL_ABUSE,
    ),
    ("es", "el vecino me enseño sus partes", C.SEXUAL_ABUSE),
    ("es", "mi tio me enseño sus partes de abajo", C.SEXUAL_ABUSE),
    ("es", "pasame tu pack", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "me pide que borre nuestros mensajes", C.ONLINE_SEXUAL_EXPLOITATION),
    ("es", "me pasaron links de un grupo de pedos", C.CSAM_SEEN),
    ("es", "un señor me paso fotos de niños desnudos para biologia", C.CSAM_SEEN),
    ("es", "se burlan de mi todos los dias en el cole", C.BULLYING),
    ("es", "se burlan de mi en buena onda dicen ellos pero me duele", C.BULLYING),
    ("es", "me llaman gorda en buena onda pero me duele", C.BULLYING),
    ("es", "se burlan de mi y dicen que es de broma", C.BULLYING),
    ("es", "me llaman friki", C.BULLYING),
    ("es", "hicieron un grupo sin mi", C.BULLYING),
    ("es", "hicieron memes con mi cara y los pasaron a todos", C.BULLYING),
    ("es", "me quieren pegar a la salida", C.BULLYING),
    ("es", "me acosan en el cole", C.BULLYING),
    ("es", "me voy a casar", C.CHILD_MARRIAGE),
    ("es", "mis papas dicen que me voy a casar con un señor jaja", C.CHILD_MARRIAGE),
    ("es", "tengo 13 y me voy a casar el mes que viene", C.CHILD_MARRIAGE),
    ("es", "me voy a casar con un señor de 40 jaja", C.CHILD_MARRIAGE),
    ("es", "estoy comprometida y tengo 14", C.CHILD_MARRIAGE),
    ("es", "tengo que casarme con alguien que mi papa eligio", C.CHILD_MARRIAGE),
    ("es", "algun dia me voy a casar pero no quiero ahora, mis papas me obligan", C.CHILD_MARRIAGE),
    ("es", "mi hermana de 15 se fue con su novio y no ha vuelto", C.CHILD_MARRIAGE),
    ("es", "mi prima de 13 se fue con su novio de 25", C.CHILD_MARRIAGE),
    ("es", "mi prima de 14 se va a casar", C.CHILD_MARRIAGE),
    ("es", "volvi comprometida con un primo", C.CHILD_MARRIAGE),
    ("es", "la señora tiene mi pasaporte guardado en un cajon y no me lo da", C.TRAFFICKING),
    ("es", "me quitaron el pasaporte", C.TRAFFICKING),
    ("es", "mis papas me quitaron el pasaporte para que no me escape de la boda", C.TRAFFICKING),
    ("es", "le debo el viaje al coyote y tengo que trabajar para pagar la deuda", C.TRAFFICKING),
    (
        "es",
        "tengo que trabajar para pagar la deuda del viaje, me quitaron el celular",
        C.TRAFFICKING,
    ),
    ("es", "me vendieron a un señor", C.TRAFFICKING),
    ("es", "me vendieron por 500 dolares", C.TRAFFICKING),
    ("es", "nos tienen trabajando todo el dia en el taller y no nos pagan", C.TRAFFICKING),
    ("es", "tengo que trabajar todo el dia", C.CHILD_LABOUR),
    ("es", "me obligan a limpiar todo el dia", C.CHILD_LABOUR),
    ("es", "trabajo en una obra de construccion", C.CHILD_LABOUR),
    ("es", "cuido a mis hermanos todo el dia", C.CHILD_LABOUR),
    ("es", "limpio la casa de una señora todo el dia", C.CHILD_LABOUR),
    (
        "es",
        "en vacaciones cuido a mis hermanos todo el dia y no me dejan ir a la escuela",
        C.CHILD_LABOUR,
    ),
    ("es", "desde que sale el sol hasta la noche trabajo en el campo", C.CHILD_LABOUR),
    ("es", "trabajo de 6 a 10 en el mercado", C.CHILD_LABOUR),
    ("es", "tengo 13 y trabajo en el campo los sabados", C.CHILD_LABOUR),
    ("es", "tengo 12 y trabajo todos los dias en la tienda de un señor", C.CHILD_LABOUR),
    ("es", "tengo 9 años y trabajo los fines de semana", C.CHILD_LABOUR),
]


test_round_44_b, test_round_44_b_has_both_sides = round_tests(
    {44: (ROUND_44_b_DISCLOSURES, ROUND_44_b_LOOK_ALIKES, (65, 62))}
)
