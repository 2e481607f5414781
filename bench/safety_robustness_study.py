"""How the whole safety triage holds up when a message is spelled the way children type.

Issue 3 asks for triage that works "including common misspellings, no accents,
text-speak". The check rounds are written by helpers who spell fairly well; this study
takes the messages the triage decides correctly and spells them worse, in one of four
ways per run, then counts how many decisions survive:

``typo``       one slip of the finger in one longer word (a letter dropped, doubled,
               swapped with its neighbour or replaced by a key next to it);
``typos``      the same in up to three words;
``spelling``   spelling by ear, per language (es: "h" dropped, "ll"/"y", "b"/"v",
               "c"/"s"/"z", "qu" → "k"; fr: "qu" → "k", silent endings, "é"-sounds;
               en: "-ing" → "-in" and everyday misspellings);
``textspeak``  chat abbreviations, per language ("u", "cuz", "chui", "pcq", "xq", "x",
               "pa", "m", "t"…), including some the normaliser does not undo.

Each word changes with a fixed probability from a generator seeded by the text and the
kind, so a run is repeatable. Disclosures count as *kept* when the original and the
altered message are both flagged; harmless messages count as *new alarms* when the
altered one is flagged and the original was not. Sets nobody may read (``UNREAD`` of
bench/safety_lexicon_diff.py) print counts only; for read check rounds ``--show N`` prints
up to N lost disclosures and N new alarms per kind and language, with the altered text.

``--refit N`` (repeatable) also refits the classifier on its deployed training data
plus N slipped copies of every example (``Nh``: of every harmless example only;
:func:`bench.slips.with_slips`) and replays the whole triage with its scores, DIET's
ranking unchanged, beside the deployed model.

Findings (22nd session, model ``0aafb996``; numbers in docs/benchmarks.md): of 3,660
harmless messages the triage left alone, one slip makes 89 alarms (2.4 %; the classifier
47, DIET 22, lexicons 20: a fence's context word misspelled) and three slips 204; of
2,569 disclosures caught, one slip loses 26 (11 critical), mostly lexicon patterns whose
key word is misspelled. Slipped copies in training cut the alarms a little (one copy: 98
→ 82 against a refit without) but lose a critical disclosure on clean text; harmless
copies alone cut clean alarms 179 → 141 but teach that a slip means harmless (three
slips: 271 of 2,557 disclosures lost instead of 95 of 2,570). Neither was kept.
Red team round 32 then widened the lexicons' key and context words to their common
misspellings: with the same model, disclosures lost to spelling by ear 27 → 14, to
text-speak 28 → 6, harmless alarms from spelling by ear 75 → 64; random slips as before.
The 23rd session's repair of slips (bot/safety/spelling.py; ``--speller`` also replays
without it, with it for the lexicons only, and with DIET reading the repaired text too):
one slip loses 8 disclosures instead of 25 and makes 33 alarms instead of 89; spelling by
ear 8 / 50 instead of 14 / 64; clean text unchanged (181 → 180 of 3,841 flagged).

Usage (about 10 minutes for the deployed model's DIET and classifier pass, cached beside
the trained models; 3–6 minutes per refit):
  PYTHONPATH=. .venv/bin/python bench/safety_robustness_study.py [--kinds typo,spelling]
      [--show N] [--model PATH] [--refit 1 --refit 1h ...] [--speller]
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.safety_fresh_round import _items, group
from bench.safety_lexicon_diff import UNREAD
from bench.slips import AZERTY, QWERTY, keyboard_neighbours, seeded, slip_words, with_slips
from bot.language import fold
from bot.names import LANGUAGES
from scripts.model import cache_dir, content_hash

ROOT = Path(__file__).resolve().parent.parent
# Read check rounds the classifier never learned from (bench/sentences/), and the sets
# nobody reads (counts only).
READ_ROUNDS = ("round_w", "round_x", "round_y", "round_z", "round_aa", "round_ab", "round_ac")
UNREAD_SETS = ("dev2", "dev3", "round_o", "round_r")
KINDS = ("typo", "typos", "spelling", "textspeak")
# How likely each applicable word is to change under "spelling" and "textspeak".
WORD_CHANCE = 0.6

# Keys next to each other on the keyboards children in these countries use.
NEIGHBOURS = {
    "en": keyboard_neighbours(QWERTY),
    "es": keyboard_neighbours(QWERTY),
    "fr": keyboard_neighbours(AZERTY),
}

# Chat abbreviations, whole words or phrases (lower case, no accents), per language.
TEXTSPEAK: dict[str, dict[str, Sequence[str]]] = {
    "en": {
        "you": ("u",),
        "your": ("ur",),
        "you're": ("ur", "youre"),
        "are": ("r",),
        "because": ("cuz", "bc", "coz"),
        "people": ("ppl",),
        "right now": ("rn",),
        "i'm": ("im",),
        "don't": ("dont",),
        "going to": ("gonna",),
        "want to": ("wanna",),
        "to be honest": ("tbh",),
        "i don't know": ("idk",),
        "please": ("pls", "plz"),
        "something": ("smth",),
        "someone": ("sm1", "some1"),
        "tonight": ("2nite",),
        "before": ("b4",),
        "with": ("w",),
        "why": ("y",),
        "really": ("rly",),
        "though": ("tho",),
        "about": ("abt",),
        "what": ("wat",),
        "probably": ("prolly",),
        "kind of": ("kinda",),
        "got to": ("gotta",),
        "let me": ("lemme",),
        "boyfriend": ("bf",),
        "girlfriend": ("gf",),
        "not gonna lie": ("ngl",),
        "oh my god": ("omg",),
        "anyone": ("any1",),
        "everyone": ("every1", "evry1"),
        "no one": ("no1", "noone"),
        "tomorrow": ("tmrw", "2moro"),
        "today": ("2day",),
        "see you": ("cya",),
        "for": ("4",),
    },
    "fr": {
        "je suis": ("chui", "jsuis", "jsui"),
        "j'ai": ("g", "jai"),
        "c'est": ("c", "cest"),
        "que": ("k", "ke"),
        "qui": ("ki",),
        "quoi": ("koi",),
        "quand": ("kan", "qd"),
        "parce que": ("pcq", "psk", "paske"),
        "pourquoi": ("pk", "pq"),
        "je sais pas": ("jsp", "chepa"),
        "beaucoup": ("bcp",),
        "toujours": ("tjrs", "tjs"),
        "maintenant": ("mtn", "mnt"),
        "tout": ("tt",),
        "vraiment": ("vrmt", "vrm"),
        "trop": ("tro",),
        "je veux": ("jveux", "jveu"),
        "je vais": ("jvais", "jvé"),
        "je me": ("jme",),
        "je te": ("jte",),
        "il y a": ("ya", "y a"),
        "aujourd'hui": ("ajd", "auj"),
        "rien": ("r1",),
        "bien": ("b1",),
        "demain": ("2m1",),
        "personne": ("pers", "prsn"),
        "quelqu'un": ("qqn", "qlqn"),
        "quelque chose": ("qqch",),
        "pour": ("pr",),
        "dans": ("ds",),
        "avec": ("avc",),
        "sans": ("ss",),
        "meme": ("mm",),
        "s'il te plait": ("stp",),
        "tu es": ("t", "t'es"),
        "je peux": ("jpeux",),
        "je pense": ("jpense",),
        "je crois": ("jcrois",),
        "je n'en peux plus": ("jpp", "jen peux plus"),
        "j'en peux plus": ("jpp",),
        "en fait": ("enft",),
    },
    "es": {
        "que": ("q", "k", "ke"),
        "porque": ("xq", "pq", "porq"),
        "por que": ("xq", "pq"),
        "por": ("x",),
        "tambien": ("tb", "tmb"),
        "estoy": ("toy", "stoy"),
        "para": ("pa", "xa"),
        "de": ("d",),
        "nada": ("nd",),
        "todo": ("tdo",),
        "todos": ("tdos", "tds"),
        "quiero": ("kiero", "qiero"),
        "mensaje": ("msj",),
        "mensajes": ("msjs",),
        "verdad": ("vdd",),
        "bueno": ("weno",),
        "pero": ("xo",),
        "como": ("kmo", "cmo"),
        "aqui": ("aki",),
        "mucho": ("mxo",),
        "me": ("m",),
        "te": ("t",),
        "esta": ("ta", "sta"),
        "estas": ("tas",),
        "ahora": ("aora", "ahorita"),
        "tengo": ("tng", "tngo"),
        "hermano": ("hno", "hermano"),
        "hermana": ("hna",),
        "despues": ("dsp",),
        "entonces": ("tons", "ntonces"),
        "cuando": ("cdo", "cuand"),
        "donde": ("dnd",),
        "siempre": ("siempr",),
        "no se": ("nose",),
        "en serio": ("enserio",),
        "fin de semana": ("finde",),
        "mama": ("ma", "mami"),
        "papa": ("pa", "papi"),
        "nadie": ("nadien",),
        "casa": ("ksa",),
    },
}

# Everyday English misspellings (word → how it is often typed).
EN_MISSPELLINGS: dict[str, Sequence[str]] = {
    "because": ("becuase", "becase", "becouse"),
    "really": ("realy", "relly"),
    "something": ("somthing", "somethin"),
    "always": ("allways", "alway"),
    "believe": ("beleive", "belive"),
    "friend": ("freind", "frend"),
    "friends": ("freinds", "frends"),
    "their": ("there",),
    "they're": ("there", "their"),
    "definitely": ("definately", "defo"),
    "which": ("wich",),
    "when": ("wen",),
    "what": ("wat", "wht"),
    "though": ("tho",),
    "through": ("thru",),
    "tonight": ("tonite",),
    "enough": ("enuf", "enogh"),
    "night": ("nite",),
    "nothing": ("nothin", "nuthin"),
    "scared": ("scard", "scarred"),
    "touch": ("tuch",),
    "touched": ("tuched", "touchd"),
    "weird": ("wierd",),
    "threatened": ("threatend", "thretened"),
    "threatening": ("thretening",),
    "stomach": ("stomache",),
    "knife": ("nife", "knif"),
    "suicide": ("suicid", "suiside", "sucide"),
    "suicidal": ("suicidle", "sucidal"),
    "pictures": ("pitcures", "picturs"),
    "picture": ("pitcure", "pictur"),
    "naked": ("nakid", "nakes"),
    "anymore": ("anymor", "any more"),
    "myself": ("myslef", "my self"),
    "himself": ("him self",),
    "anyone": ("any one", "anyon"),
    "someone": ("some one", "somone"),
    "tomorrow": ("tommorow", "tomorow"),
    "embarrassed": ("embarassed", "embarrased"),
    "disappear": ("dissapear", "disapear"),
    "bruises": ("bruses", "bruzes"),
    "bleeding": ("bleding",),
    "pills": ("pils",),
    "again": ("agian",),
    "until": ("untill",),
    "with": ("wiht",),
    "hurt": ("hurts",),
    "kill": ("kil",),
    "die": ("dye",),
}


def _by_ear_es(word: str, rng: random.Random) -> str:
    rules: list[tuple[str, str]] = [
        (r"(?<!c)h", ""),
        (r"ll", "y"),
        (r"v", "b"),
        (r"(?<!m)b", "v"),
        (r"c(?=[ei])", "s"),
        (r"z", "s"),
        (r"qu(?=[ei])", "k"),
        (r"^y$", "i"),
        (r"x", "s"),
    ]
    for pattern, replacement in rules:
        if re.search(pattern, word) and rng.random() < 0.5:
            word = re.sub(pattern, replacement, word, count=1)
    return word


def _by_ear_fr(word: str, rng: random.Random) -> str:
    rules: list[tuple[str, str]] = [
        (r"qu", "k"),
        (r"ph", "f"),
        (r"eau", "o"),
        (r"(?<=.)(er|ez|ais|ait|ai)$", "e"),
        (r"(?<=..)ent$", "e"),
        (r"(?<=...)[st]$", ""),
        (r"^c'est$", "c"),
        (r"^est$", "e"),
        (r"^mais$", "mes"),
        (r"oi", "oa"),
        (r"an(?=[^aeiou]|$)", "en"),
    ]
    for pattern, replacement in rules:
        if re.search(pattern, word) and rng.random() < 0.5:
            word = re.sub(pattern, replacement, word, count=1)
            break
    return word


def _by_ear_en(word: str, rng: random.Random) -> str:
    if word in EN_MISSPELLINGS:
        return rng.choice(EN_MISSPELLINGS[word])
    if word.endswith("ing") and len(word) > 5:
        return word[:-1]
    return word


_BY_EAR: dict[str, Callable[[str, random.Random], str]] = {
    "es": _by_ear_es,
    "fr": _by_ear_fr,
    "en": _by_ear_en,
}


def spelling(text: str, language: str, rng: random.Random) -> str:
    """Spelling by ear: each word changes with probability :data:`WORD_CHANCE`."""
    text = fold(text)

    def one(match: re.Match[str]) -> str:
        word = match.group()
        return _BY_EAR[language](word, rng) if rng.random() < WORD_CHANCE else word

    return re.sub(r"[a-z']+", one, text)


def textspeak(text: str, language: str, rng: random.Random) -> str:
    """Chat abbreviations: each phrase of :data:`TEXTSPEAK` found changes with probability
    :data:`WORD_CHANCE` (longest phrases first)."""
    text = fold(text).replace("’", "'")
    table = TEXTSPEAK[language]
    phrases = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z'])(" + "|".join(map(re.escape, phrases)) + r")(?![a-z'])")

    def one(match: re.Match[str]) -> str:
        found = match.group()
        return rng.choice(table[found]) if rng.random() < WORD_CHANCE else found

    return pattern.sub(one, text)


def perturb(text: str, language: str, kind: str) -> str:
    """``text`` spelled worse in the way ``kind`` names (repeatable)."""
    rng = seeded(text, kind)
    if kind == "typo":
        return slip_words(text, rng, 1, NEIGHBOURS[language])
    if kind == "typos":
        return slip_words(text, rng, 3, NEIGHBOURS[language])
    if kind == "spelling":
        return spelling(text, language, rng)
    if kind == "textspeak":
        return textspeak(text, language, rng)
    raise ValueError(f"unknown kind {kind!r}")


def sets(also: Sequence[str] = ()) -> dict[str, list[dict[str, Any]]]:
    """Every studied set's items, each with its language, by set name (``also``: more
    check rounds of bench/sentences/, counts only if they are in ``UNREAD``)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for name in (*READ_ROUNDS, *UNREAD_SETS, *also):
        items: list[dict[str, Any]] = []
        for language in LANGUAGES:
            if name.startswith("dev"):
                path = ROOT / "eval" / name / f"safety.{language}.yml"
            else:
                path = ROOT / "bench" / "sentences" / f"{name}.{language}.yml"
            items += [{**item, "language": language} for item in _items(path)]
        found[name] = items
    return found


def main() -> None:
    from bench.safety_sentences import learned_inputs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument(
        "--refit",
        action="append",
        default=[],
        help='also refit the classifier with this many slip copies per example ("1") or'
        ' per harmless example ("1h"), optionally with other settings ("0,c=5,w=2");'
        " repeatable",
    )
    parser.add_argument("--model", type=Path)
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        help="study this check round too (round_ad; an unread one, such as round_ae, as"
        " counts only); repeatable",
    )
    parser.add_argument(
        "--speller",
        action="store_true",
        help="also replay without the repair of slips (bot/safety/spelling.py), with it for"
        " the lexicons only, and with DIET reading the repaired text too",
    )
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    by_set = sets(args.also)
    originals = [(name, item) for name, items in by_set.items() for item in items]
    batch: list[dict[str, Any]] = [item for _, item in originals]
    for kind in kinds:
        batch += [
            {**item, "text": perturb(str(item["text"]), item["language"], kind)}
            for _, item in originals
        ]
    # The deployed triage lets the classifier read the text with its slips repaired
    # (bot/nlu/safety.py): both spellings are read once, as typed.
    from bot.safety.lexicon import load_lexicons
    from bot.safety.triage import speller_for

    speller = speller_for(load_lexicons())
    repaired = {str(i["text"]): speller.raw(str(i["text"]), i["language"]) for i in batch}
    batch_learned = batch + [
        {**i, "text": repaired[str(i["text"])]}
        for i in batch
        if repaired[str(i["text"])] != str(i["text"])
    ]
    # One DIET and classifier pass over every distinct text, kept beside the trained
    # models (keyed by the model) so that a rerun only replays the lexicons.
    model = args.model or cache_dir() / f"hearme-{content_hash()}.tar.gz"
    cache = cache_dir() / f"robustness-study-{model.name.split('.')[0]}.pkl"
    learned: dict[str, tuple[Any, Any]] = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    distinct = [
        i
        for i in {str(i["text"]): i for i in batch_learned}.values()
        if str(i["text"]) not in learned
    ]
    if distinct:
        ranks, scores = learned_inputs(distinct, model, repair=False)
        learned |= {str(i["text"]): (r, s) for i, r, s in zip(distinct, ranks, scores, strict=True)}
        cache.write_bytes(pickle.dumps(learned))
    texts = list(dict.fromkeys([*(str(i["text"]) for i in batch), *repaired.values()]))
    for copies in args.refit:
        refit = refitted_scores(texts, copies)
        report(
            f"refit {copies} (slip copies, settings)",
            kinds,
            originals,
            batch,
            [learned[str(i["text"])][0] for i in batch],
            [refit[repaired[str(i["text"])]] for i in batch],
            args.show,
        )
    # (title, whose DIET ranking, whose classifier scores, lexicons also read the repair):
    # "typed" is the text as typed, "repaired" its repaired reading.
    variants = [("deployed model", "typed", "repaired", True)]
    if args.speller:
        variants = [
            ("deployed model, without the repair of slips", "typed", "typed", False),
            ("deployed model, only the lexicons read the repair too", "typed", "typed", True),
            ("deployed model, DIET also reads the repaired text", "repaired", "repaired", True),
            *variants,
        ]

    def read(text: str, which: str) -> str:
        return repaired[text] if which == "repaired" else text

    for title, diet, classifier, repair in variants:
        report(
            title,
            kinds,
            originals,
            batch,
            [learned[read(str(i["text"]), diet)][0] for i in batch],
            [learned[read(str(i["text"]), classifier)][1] for i in batch],
            args.show,
            repair=repair,
        )


_VECTORS: dict[str, Any] = {}


def refitted_scores(texts: list[str], spec: str) -> dict[str, Any]:
    """The classifier's scores of ``texts`` after a refit on the deployed training data
    with ``spec`` slip copies per example ("1"), or per harmless example only ("1h"),
    optionally with other settings: "0,c=5,w=2" is no copies, ``C`` 5 and a disclosure
    weight of 2 (bot/safety/classifier.py); "0,w=1.5,w.bullying=3" weighs bullying
    disclosures 3 and the others 1.5; "0,without=small_worries+hard_feelings" leaves out the
    classifier example files whose names start with these (what new files bring).
    Sentence vectors are computed once a run."""
    import time

    import numpy as np

    from bench.safety_encoder_study import training_data
    from bot.safety.classifier import DISCLOSURE_WEIGHT, NONE, C, SafetyClassifier
    from bot.safety.encoder import encoder
    from bot.safety.lexicon import load_lexicons

    head, *settings = spec.split(",")
    options = dict(part.split("=", 1) for part in settings)
    train_texts, train_labels = training_data(options.get("without", ""))
    copies = int(head.rstrip("h"))
    if head.endswith("h"):
        harmless = [t for t, label in zip(train_texts, train_labels, strict=True) if label == NONE]
        more = with_slips(harmless, [NONE] * len(harmless), copies)[0][len(harmless) :]
        train_texts, train_labels = train_texts + more, train_labels + [NONE] * len(more)
    else:
        train_texts, train_labels = with_slips(train_texts, train_labels, copies)
    normaliser = load_lexicons().normaliser
    reader = normaliser.keeping_accents()
    every = [t for t in dict.fromkeys(reader(t) for t in train_texts + texts) if t not in _VECTORS]
    started = time.monotonic()
    if every:
        _VECTORS.update(zip(every, encoder().encode(every), strict=True))
    print(f"encoded {len(every)} texts in {time.monotonic() - started:.0f} s", flush=True)

    def encode(batch: Sequence[str]) -> np.ndarray:
        return np.stack([_VECTORS[t] for t in batch])

    started = time.monotonic()
    classifier = SafetyClassifier(
        normaliser,
        c=float(options.get("c", C)),
        disclosure_weight=float(options.get("w", DISCLOSURE_WEIGHT)),
        category_weights={
            key[2:]: float(value) for key, value in options.items() if key.startswith("w.")
        },
        encode=encode,
    ).fit(train_texts, train_labels)
    print(f"fitted {spec} in {time.monotonic() - started:.0f} s", flush=True)
    return dict(zip(texts, classifier.scores(texts), strict=True))


def report(
    title: str,
    kinds: list[str],
    originals: list[tuple[str, dict[str, Any]]],
    batch: list[dict[str, Any]],
    ranks: list[Any],
    scores: list[Any],
    show: int,
    *,
    repair: bool = True,
) -> None:
    from bench.safety_sentences import decide_all

    print(f"\n== {title}")
    flags = decide_all(batch, ranks, scores, repair=repair)
    n = len(originals)
    base = flags[:n]
    clean: Counter[tuple[str, str]] = Counter()
    for (name, item), flag in zip(originals, base, strict=True):
        labels = list(item.get("categories") or [])
        kind = group(labels) if labels else "harmless"
        for where in (f"{'unread' if name in UNREAD else 'read'} {item['language']}", "all"):
            clean[(where, kind)] += 1
            clean[(where, kind + " flagged")] += flag is not None
        if show and kind == "critical" and flag is None and name not in UNREAD:
            print(f"  MISSED critical {name} {item['language']} {labels}: {item['text']!r}")
    for where in sorted({w for w, _ in clean}):
        print(
            f"clean     {where:10} "
            + "; ".join(
                f"{kind} {clean[(where, kind + ' flagged')]}/{clean[(where, kind)]}"
                for kind in ("harmless", "critical", "bullying", "other")
            )
        )
    print(
        "set language kind: disclosures kept (critical kept) / caught originally; "
        "harmless: new alarms / not flagged originally; texts changed"
    )
    for k, kind in enumerate(kinds):
        altered = flags[n * (k + 1) : n * (k + 2)]
        texts = batch[n * (k + 1) : n * (k + 2)]
        tally: Counter[tuple[str, str, str]] = Counter()
        shown: Counter[tuple[str, str]] = Counter()
        for (name, item), before, after, changed in zip(
            originals, base, altered, texts, strict=True
        ):
            language = item["language"]
            labels = list(item.get("categories") or [])
            key = (name, language)
            tally[(*key, "changed")] += changed["text"] != item["text"]
            if labels:
                if before is None:
                    continue
                tally[(*key, "caught")] += 1
                tally[(*key, "kept")] += after is not None
                if after is None:
                    tally[(*key, f"lost from {before.source}")] += 1
                if group(labels) == "critical":
                    tally[(*key, "critical")] += 1
                    tally[(*key, "critical kept")] += after is not None
                if after is None and name not in UNREAD and shown[(language, kind)] < show:
                    shown[(language, kind)] += 1
                    print(
                        f"  LOST {kind} {name} {language} [{before.source}] {labels}: "
                        f"{changed['text']!r}"
                    )
            elif before is None:
                tally[(*key, "harmless")] += 1
                tally[(*key, "new alarms")] += after is not None
                if after is not None:
                    tally[(*key, f"alarm by {after.source}")] += 1
                    if name not in UNREAD and shown[(language, kind + " alarm")] < show:
                        shown[(language, kind + " alarm")] += 1
                        print(
                            f"  ALARM {kind} {name} {language} [{after.source}] "
                            f"{after.category}: {changed['text']!r}"
                        )
        totals: Counter[tuple[str, str]] = Counter()
        for (name, language, what), value in tally.items():
            totals[(f"{language}", what)] += value
            totals[("all", what)] += value
            group_name = "unread" if name in UNREAD else "read"
            totals[(f"{group_name} {language}", what)] += value
        for label in sorted({key for key, _ in totals}):
            t = {
                what: totals[(label, what)]
                for what in (
                    "kept",
                    "caught",
                    "critical kept",
                    "critical",
                    "new alarms",
                    "harmless",
                    "changed",
                )
            }
            sources = ", ".join(
                f"{what} {totals[(label, what)]}"
                for what in sorted({w for lab, w in totals if lab == label})
                if what.startswith(("alarm by", "lost from"))
            )
            print(
                f"{kind:9} {label:10} kept {t['kept']}/{t['caught']} "
                f"(critical {t['critical kept']}/{t['critical']}); "
                f"new alarms {t['new alarms']}/{t['harmless']}; changed {t['changed']}"
                f" ({sources})"
            )


if __name__ == "__main__":
    main()
