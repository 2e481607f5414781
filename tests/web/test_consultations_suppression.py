"""Small-cell suppression: nothing about fewer than k children is shown or can be worked out.

The attack tests read only the published results, as a reader would, and rebuild every
sum they imply (groups add up to the total, options add up to a group for one-answer
questions, a follow-up question has as many answers as the "yes" that shows it…); a
linear program then looks for a hidden number it can pin down. They are checked to
fail against suppression without the complementary cells.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pytest
from scipy.optimize import linprog

import web.consultations.results as results_module
from web.consultations.results import DIMENSIONS, Counts, QuestionInfo, quantile, tabulate
from web.consultations.suppression import Table, pinned, suppress

K = 5
BANDS = ("8-12", "13-15", "16-17")
LANGS = ("en", "fr", "es")


@dataclass
class Child:
    cell: tuple[str, str, str]
    answers: dict[str, list[str]] = field(default_factory=dict)


QUESTIONS = [
    QuestionInfo("a", "single", ("x", "y", "z"), required=True, always=True),
    QuestionInfo("b", "yes_no", ("yes", "no"), required=True, always=True),
    QuestionInfo("c", "single", ("p", "q"), required=True, show_if=("b", ("yes",))),
    QuestionInfo("d", "multiple", ("m1", "m2", "m3")),
    QuestionInfo("e", "scale", ("1", "2", "3", "4", "5")),
]


def random_children(seed: int) -> list[Child]:
    rng = random.Random(seed)
    countries = ["GB", "FR", "ES", "MX", "IE", ""][: rng.randint(2, 6)]
    weights_a = [rng.random() for _ in range(3)]
    children = []
    for _ in range(rng.randint(8, 70)):
        child = Child(
            (
                rng.choice(BANDS),
                rng.choices(countries, weights=[1 + 3 * i for i in range(len(countries))])[0],
                rng.choice(LANGS),
            )
        )
        child.answers["a"] = rng.choices(["x", "y", "z"], weights=weights_a)
        child.answers["b"] = [rng.choice(["yes", "no"])]
        if child.answers["b"] == ["yes"]:
            child.answers["c"] = [rng.choice(["p", "q"])]
        if rng.random() < 0.7:
            child.answers["d"] = [m for m in ("m1", "m2", "m3") if rng.random() < 0.5]
        if rng.random() < 0.6:
            child.answers["e"] = [str(rng.choice([1, 2, 3, 4, 4, 5]))]
        children.append(child)
    return children


def counts_of(children: list[Child]) -> Counts:
    counts = Counts()
    for child in children:
        counts.respondents[child.cell] += 1
        for key, picked in child.answers.items():
            counts.answers[(key, *child.cell)] += 1
            for option in picked:
                counts.choices[(key, option, *child.cell)] += 1
    return counts


def true_value(children: list[Child], key: str, scope: tuple[str, ...], option: str | None) -> int:
    def in_scope(child: Child) -> bool:
        if not scope:
            return True
        value = child.cell[DIMENSIONS.index(scope[0])] or "unknown"
        return value == scope[1]

    chosen = [c for c in children if key in c.answers and in_scope(c)]
    if option is None:
        return len(chosen)
    return sum(option in c.answers[key] for c in chosen)


def published_cells(result: dict) -> dict[tuple, int | None]:
    """Every number of the results, by (question, scope, option or None for n)."""
    cells: dict[tuple, int | None] = {}
    for q in result["questions"]:
        blocks = [((), q["overall"])] + [
            ((dim, item["group"]), item) for dim, items in q["by"].items() for item in items
        ]
        for scope, block in blocks:
            cells[(q["id"], scope, None)] = block["n"]
            for row in block.get("counts", []):
                cells[(q["id"], scope, row["option"])] = row["count"]
    return cells


def attacker_equations(result: dict, questions: list[QuestionInfo]) -> list[dict[tuple, float]]:
    """The sums a reader knows hold between the published numbers: each equation is
    {cell: coefficient} with sum == 0 (the respondents count is the cell ("R",))."""
    eqs: list[dict[tuple, float]] = []
    groups = result["groups"]
    always = [q for q in questions if q.always]
    by_key = {q.key: q for q in questions}
    for q in questions:
        dims = () if q.type == "text" else DIMENSIONS
        for dim in dims:
            scopes = [(dim, g) for g in groups[dim]]
            eq = {(q.key, (), None): 1.0}
            for s in scopes:
                eq[(q.key, s, None)] = eq.get((q.key, s, None), 0) - 1
            eqs.append(eq)
            for option in q.options:
                eq = {(q.key, (), option): 1.0}
                for s in scopes:
                    eq[(q.key, s, option)] = -1.0
                eqs.append(eq)
        all_scopes = [()] + [(d, g) for d in dims for g in groups[d]]
        if q.type in ("single", "yes_no", "scale"):
            for s in all_scopes:
                eq = {(q.key, s, None): 1.0}
                for option in q.options:
                    eq[(q.key, s, option)] = -1.0
                eqs.append(eq)
        if q.show_if and q.required:
            parent = by_key[q.show_if[0]]
            for s in all_scopes:
                eq = {(q.key, s, None): 1.0}
                for v in q.show_if[1]:
                    eq[(parent.key, s, v)] = eq.get((parent.key, s, v), 0) - 1
                eqs.append(eq)
    for q in always:  # every complete response answers these: n = respondents
        eqs.append({(q.key, (), None): 1.0, ("R",): -1.0})
        for other in always:
            if other.key != q.key:
                for d in DIMENSIONS:
                    for g in groups[d]:
                        eqs.append({(q.key, (d, g), None): 1.0, (other.key, (d, g), None): -1.0})
    return eqs


def pinned_small_cells(result: dict, questions: list[QuestionInfo], children: list[Child]):
    """Hidden cells below K whose exact value a reader can work out (an LP per cell)."""
    cells = published_cells(result)
    cells[("R",)] = result["respondents"]
    hidden = sorted((key for key, v in cells.items() if v is None), key=repr)
    index = {key: i for i, key in enumerate(hidden)}
    rows, rhs = [], []
    for eq in attacker_equations(result, questions):
        row = np.zeros(len(hidden))
        const = 0.0
        for key, coef in eq.items():
            if key in index:
                row[index[key]] += coef
            else:
                const += coef * cells[key]
        if row.any():
            rows.append(row)
            rhs.append(-const)
        else:
            assert abs(const) < 1e-9, f"published numbers contradict a sum: {eq}"
    found = []
    for key in hidden:
        if key == ("R",):
            continue
        truth = true_value(children, key[0], key[1], key[2])
        if truth >= K:
            continue
        c = np.zeros(len(hidden))
        c[index[key]] = 1
        lo = linprog(c, A_eq=np.array(rows), b_eq=rhs, bounds=(0, None), method="highs")
        hi = linprog(-c, A_eq=np.array(rows), b_eq=rhs, bounds=(0, None), method="highs")
        assert lo.status == 0, "the true counts must satisfy the reader's equations"
        if hi.status == 0 and (-hi.fun) - lo.fun < 1 - 1e-6:
            found.append((key, truth, lo.fun, -hi.fun))
    return found


# ---------------------------------------------------------------------------------- tests


def test_groups_and_counts_below_k_are_hidden():
    children = [Child(("13-15", "GB", "en"), {"a": ["x"], "b": ["no"]}) for _ in range(20)]
    children += [Child(("13-15", "FR", "fr"), {"a": ["y"], "b": ["no"]}) for _ in range(2)]
    result = tabulate(QUESTIONS[:2], counts_of(children), K)
    a = result["questions"][0]
    countries = {item["group"]: item for item in a["by"]["country"]}
    assert countries["FR"]["n"] is None and countries["FR"]["suppressed"]
    assert all(row["count"] is None for row in countries["FR"]["counts"])
    overall = {row["option"]: row for row in a["overall"]["counts"]}
    assert overall["y"]["count"] is None  # 2 children
    assert overall["z"]["count"] is None  # 0 children: "nobody chose z" is not published


def test_the_subtraction_attack_on_a_small_country_fails():
    # 30 children: 20 in GB, 8 in FR, 2 in MT. Hiding only MT would leave 30 - 20 - 8.
    children = [Child(("13-15", "GB", "en"), {"a": ["x"], "b": ["yes"]}) for _ in range(20)]
    children += [Child(("13-15", "FR", "fr"), {"a": ["x"], "b": ["no"]}) for _ in range(8)]
    children += [Child(("13-15", "MT", "en"), {"a": ["y"], "b": ["no"]}) for _ in range(2)]
    result = tabulate(QUESTIONS[:2], counts_of(children), K)
    for question in result["questions"]:
        total = question["overall"]["n"]
        assert total == 30
        groups = question["by"]["country"]
        shown = [g["n"] for g in groups if g["n"] is not None]
        hidden = [g for g in groups if g["n"] is None]
        assert "MT" in {g["group"] for g in hidden}
        assert len(hidden) >= 2, "a single hidden group is total minus the others"
        assert total - sum(shown) >= K, "the hidden groups together are at least k children"
        # The same holds for each option's counts across countries.
        for i, row in enumerate(question["overall"]["counts"]):
            if row["count"] is None:
                continue
            cells = [g["counts"][i]["count"] for g in groups]
            hidden_cells = [c for c in cells if c is None]
            assert len(hidden_cells) != 1
    assert pinned_small_cells(result, QUESTIONS[:2], children) == []


def test_a_unanimous_small_group_gives_nothing_away():
    # All 6 children in FR said "x": showing "FR: x 6, y 0, z 0" tells what each said.
    children = [Child(("13-15", "FR", "fr"), {"a": ["x"], "b": ["no"]}) for _ in range(6)]
    children += [Child(("13-15", "GB", "en"), {"a": [o], "b": ["yes"]}) for o in "xyzxyzxyzxyzxyz"]
    result = tabulate(QUESTIONS[:1], counts_of(children), K)
    fr = next(g for g in result["questions"][0]["by"]["country"] if g["group"] == "FR")
    assert fr["n"] == 6
    assert [row["count"] for row in fr["counts"]] == [None, None, None]
    assert pinned_small_cells(result, QUESTIONS[:1], children) == []


def test_a_hidden_yes_is_not_given_away_by_the_follow_up_question():
    # 3 children in FR said yes to b; c is asked of exactly those children.
    children = [Child(("13-15", "FR", "fr"), {"a": ["x"], "b": ["no"]}) for _ in range(9)]
    children += [
        Child(("13-15", "FR", "fr"), {"a": ["x"], "b": ["yes"], "c": ["p"]}) for _ in range(3)
    ]
    children += [
        Child(("13-15", "GB", "en"), {"a": ["y"], "b": ["yes"], "c": [o]}) for o in "pqpqpqpqpq"
    ]
    result = tabulate(QUESTIONS[:3], counts_of(children), K)
    fr_b = next(g for g in result["questions"][1]["by"]["country"] if g["group"] == "FR")
    fr_c = next(g for g in result["questions"][2]["by"]["country"] if g["group"] == "FR")
    assert fr_b["counts"][0]["count"] is None  # yes: 3
    assert fr_c["n"] is None  # would be the same 3
    assert pinned_small_cells(result, QUESTIONS[:3], children) == []


# Seed 252 is a table where the complementary rules alone leave a small number that
# linked sums pin down (found by running them without the audit); the audit fixes it.
@pytest.mark.parametrize("seed", [*range(25), 252])
def test_no_small_hidden_number_can_be_worked_out(seed):
    children = random_children(seed)
    result = tabulate(QUESTIONS, counts_of(children), K)
    assert pinned_small_cells(result, QUESTIONS, children) == []
    # Published numbers are the true ones and never below k.
    for (key, scope, option), value in published_cells(result).items():
        if value is not None:
            assert value == true_value(children, key, scope, option)
            assert value >= K


def test_the_attack_finds_leaks_without_complementary_suppression(monkeypatch):
    """The attack above is able to fail: against primary suppression only it pins
    small numbers in most random tables."""
    monkeypatch.setattr(
        results_module, "suppress", lambda table: {k for k, v in table.values.items() if v < K}
    )
    leaking = [
        seed
        for seed in range(10)
        if pinned_small_cells(
            tabulate(QUESTIONS, counts_of(random_children(seed)), K),
            QUESTIONS,
            random_children(seed),
        )
    ]
    assert len(leaking) >= 8


def test_the_audit_finds_a_number_pinned_by_linked_sums():
    # Rows a, b, c; options x, y, z; y is 0 everywhere. With x of a and c hidden
    # (adding up to 15) and their rows saying x + y is 8 and 7, both hidden y are 0.
    table = Table(K)
    for g, (x, y, z) in {"a": (8, 0, 10), "b": (15, 0, 7), "c": (7, 0, 9)}.items():
        table.cell(("n", g), x + y + z)
        for option, value in zip("xyz", (x, y, z), strict=True):
            table.cell((option, g), value)
        table.line(("n", g), [(o, g) for o in "xyz"])
    for option, total in zip("xyz", (30, 0, 26), strict=True):
        table.cell((option,), total)
        table.line((option,), [(option, g) for g in "abc"])
    table.cell(("N",), 56)
    table.line(("N",), [(o,) for o in "xyz"])
    table.line(("N",), [("n", g) for g in "abc"])
    leaky = {("x", "a"), ("x", "c"), ("y",), ("z",), ("z", "b")} | {("y", g) for g in "abc"}
    small = [key for key in leaky if table.values[key] < K]
    assert set(pinned(table, leaky, small)) == {("y", "a"), ("y", "c")}
    hidden = suppress(table)
    assert pinned(table, hidden, [key for key in hidden if table.values[key] < K]) == []


def test_suppression_is_deterministic():
    children = random_children(3)
    assert tabulate(QUESTIONS, counts_of(children), K) == tabulate(
        QUESTIONS, counts_of(list(reversed(children))), K
    )


def test_a_larger_k_hides_more():
    children = random_children(7)
    small = published_cells(tabulate(QUESTIONS, counts_of(children), 5))
    large = published_cells(tabulate(QUESTIONS, counts_of(children), 10))
    assert sum(v is None for v in large.values()) > sum(v is None for v in small.values())
    assert all(v is None or v >= 10 for v in large.values())


def test_number_questions_give_median_and_quartiles_for_large_enough_groups():
    question = QuestionInfo("h", "number")
    counts = Counts(numbers={"h": Counter()})
    values = {"GB": [1, 2, 2, 3, 4, 5, 8], "FR": [10, 12]}
    for country, numbers in values.items():
        counts.respondents[("13-15", country, "en")] += len(numbers)
        for n in numbers:
            counts.answers[("h", "13-15", country, "en")] += 1
            counts.numbers["h"][(float(n), "13-15", country, "en")] += 1
    result = tabulate([question], counts, K)
    overall = result["questions"][0]["overall"]
    every = sorted(values["GB"] + values["FR"])
    assert overall["n"] == 9
    assert overall["median"] == pytest.approx(float(np.quantile(every, 0.5)))
    assert overall["q1"] == pytest.approx(float(np.quantile(every, 0.25)))
    assert overall["q3"] == pytest.approx(float(np.quantile(every, 0.75)))
    by_country = {g["group"]: g for g in result["questions"][0]["by"]["country"]}
    # FR has 2 children: hidden, and so GB (otherwise 9 - 7 = 2).
    assert by_country["FR"]["median"] is None and by_country["FR"]["n"] is None
    assert by_country["GB"]["n"] is None


@pytest.mark.parametrize("seed", range(5))
def test_quantile_matches_numpy(seed):
    rng = random.Random(seed)
    values = [rng.randint(0, 6) for _ in range(rng.randint(1, 40))]
    for p in (0.25, 0.5, 0.75):
        assert quantile(Counter(values), p) == pytest.approx(float(np.quantile(values, p)))
    assert quantile(Counter(), 0.5) is None
