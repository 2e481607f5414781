"""Small-cell suppression with complementary suppression, over linked tables (pure Python).

Published results are many tables that share totals: the overall count of an option is
the sum of its counts by age band, by country and by language; a group's respondents
are the sum of its option counts (one answer per child); a question shown only after
"yes" has as many respondents as the earlier question's "yes". Hiding a small number is
not enough when a reader can subtract the published numbers of the same sum from its
total. So the caller describes every published number as a *cell* and every such sum
as a *line* (``total = member + member + …``), and :func:`suppress` decides which cells
to hide:

1. **Primary**: every cell below ``k`` (zero included: "nobody in this group chose X"
   says something about everyone in the group).
2. **Complementary**, repeated until nothing changes:
   * a line whose total is published and that hides any member hides at least two, and
     the members it hides add up to at least ``k`` children, so neither a single hidden
     number nor the hidden remainder (total minus the published members) describes
     fewer than ``k`` children. More members are hidden smallest first; when hiding
     every member is not enough (a line with one member), the total is hidden too;
   * a line whose total is hidden hides at least one member, so the total cannot be
     added up from its published members.

This is the classical heuristic of statistical offices, and on its own it is not enough:
linked lines can still pin a hidden number, e.g. two groups whose hidden "x" counts
add up to 15, whose rows say ``x + y`` is 8 and 7, so the two hidden ``y`` add up to 0
and both are 0 (and both ``x`` are known). So :func:`suppress` then **audits** every
cell hidden for being small: a linear program (the attacker's best effort, with every
published number, every line and no negative counts) computes the smallest and largest
value it can have. A cell whose value is thereby known exactly gets more company
hidden in its lines, and the rules run again, until no small number can be worked out.
The audit only solves for small hidden cells, in the connected part of the table they
are in; with large groups there are none and it costs nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Key = Hashable

# A hidden count must be able to move by one whole child (less a rounding tolerance).
_ROOM = 1 - 1e-6


@dataclass(frozen=True)
class Line:
    """``total`` is the sum of ``members``; with ``exact`` false, at most their sum (a
    question shown after an answer, which the child may skip)."""

    total: Key
    members: tuple[Key, ...]
    exact: bool = True


@dataclass
class Table:
    """The cells and lines of everything published together.

    Attributes:
        k: Smallest number of children a published number may describe.
        values: Each cell's true count.
        lines: The sums linking the cells.
    """

    k: int
    values: dict[Key, int] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    _seen_lines: set[Line] = field(default_factory=set, repr=False)

    def cell(self, key: Key, value: int) -> Key:
        """Adds a cell (again with the same value is fine: that is how shared cells work).

        Raises:
            ValueError: the cell exists with another value, or the value is negative.
        """
        if value < 0:
            raise ValueError(f"cell {key!r} has a negative count {value}")
        known = self.values.setdefault(key, value)
        if known != value:
            raise ValueError(f"cell {key!r} added as {known} and as {value}")
        return key

    def line(self, total: Key, members: Iterable[Key], *, exact: bool = True) -> None:
        """Adds ``total = sum(members)`` (``total <= sum(members)`` when not ``exact``);
        every key must already be a cell."""
        line = Line(total, tuple(members), exact)
        for key in (line.total, *line.members):
            if key not in self.values:
                raise KeyError(f"line uses unknown cell {key!r}")
        if line.members and line not in self._seen_lines:
            self._seen_lines.add(line)
            self.lines.append(line)


def suppress(table: Table) -> set[Key]:
    """The cells to hide (primary and complementary, audited), see the module docstring.

    Deterministic: ties are broken by the order cells were added.
    """
    hidden = {key for key, value in table.values.items() if value < table.k}
    _complete(table, hidden)
    order = {key: i for i, key in enumerate(table.values)}
    lines_of = _lines_of(table)
    while True:
        exposed = pinned(table, hidden, [key for key in hidden if table.values[key] < table.k])
        if not exposed:
            return hidden
        before = len(hidden)
        for key in exposed:
            candidates = _published_next_to(table, hidden, key, lines_of)
            if candidates:
                hidden.add(min(candidates, key=lambda m: (table.values[m], order[m])))
        if len(hidden) == before:  # everything around them is hidden already
            return hidden
        _complete(table, hidden)


def _published_next_to(
    table: Table, hidden: set[Key], key: Key, lines_of: dict[Key, list[int]]
) -> list[Key]:
    """Published cells in the lines of ``key`` or, if there are none, in the lines of
    the hidden cells linked to it (e.g. a unanimous hidden block needs a published
    neighbour with other answers hidden too)."""
    seen_keys = {key}
    frontier = [key]
    seen_lines: set[int] = set()
    while frontier:
        published: list[Key] = []
        next_frontier: list[Key] = []
        for current in frontier:
            for index in lines_of.get(current, ()):
                if index in seen_lines:
                    continue
                seen_lines.add(index)
                line = table.lines[index]
                for member in (line.total, *line.members):
                    if member not in hidden:
                        published.append(member)
                    elif member not in seen_keys:
                        seen_keys.add(member)
                        next_frontier.append(member)
        if published:
            return published
        frontier = next_frontier
    return []


def _lines_of(table: Table) -> dict[Key, list[int]]:
    lines_of: dict[Key, list[int]] = {}
    for index, line in enumerate(table.lines):
        for key in (line.total, *line.members):
            lines_of.setdefault(key, []).append(index)
    return lines_of


def _complete(table: Table, hidden: set[Key]) -> None:
    """Applies the complementary rules to ``hidden`` (in place) until nothing changes."""
    k = table.k
    order = {key: i for i, key in enumerate(table.values)}
    values = table.values
    lines_of = _lines_of(table)
    queue = deque(range(len(table.lines)))
    queued = set(queue)

    def hide(key: Key) -> None:
        hidden.add(key)
        for index in lines_of.get(key, ()):
            if index not in queued:
                queued.add(index)
                queue.append(index)

    def smallest(keys: Sequence[Key]) -> Key:
        return min(keys, key=lambda key: (values[key], order[key]))

    while queue:
        index = queue.popleft()
        queued.discard(index)
        line = table.lines[index]
        shown = [m for m in line.members if m not in hidden]
        if line.total in hidden:
            if len(shown) == len(line.members):
                hide(smallest(shown))
            continue
        hidden_members = [m for m in line.members if m in hidden]
        if not hidden_members:
            continue
        while len(hidden_members) < 2 or sum(values[m] for m in hidden_members) < k:
            if not shown:
                hide(line.total)
                break
            pick = smallest(shown)
            shown.remove(pick)
            hidden_members.append(pick)
            hide(pick)


def pinned(table: Table, hidden: Collection[Key], targets: Iterable[Key]) -> list[Key]:
    """The ``targets`` (hidden cells) whose value a reader can work out exactly.

    For each target, a linear program over the hidden cells of its connected part finds
    the largest and smallest value consistent with the published cells, the lines and
    non-negative counts; a target is pinned unless there is room of at least one child
    up or down. (This is the relaxation over real numbers. For one table of rows and
    columns its bounds are whole numbers; for tables linked through shared totals a
    reader who insists on whole numbers can in rare cases narrow a range further. The
    rule that hidden cells of a line add up to at least ``k`` makes that unlikely, but
    it is not a proof.)
    """
    targets = [key for key in targets if key in hidden]
    if not targets:
        return []
    hidden_set = set(hidden)
    parent: dict[Key, Key] = {key: key for key in hidden_set}

    def find(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    relevant = []
    for line in table.lines:
        keys = [key for key in (line.total, *line.members) if key in hidden_set]
        if keys:
            relevant.append(line)
            root = find(keys[0])
            for key in keys[1:]:
                other = find(key)
                if other != root:
                    parent[other] = root
    components: dict[Key, list[Key]] = {}
    for key in sorted(hidden_set, key=repr):
        components.setdefault(find(key), []).append(key)

    lines_by_root: dict[Key, list[Line]] = {}
    for line in relevant:
        first = next(k for k in (line.total, *line.members) if k in hidden_set)
        lines_by_root.setdefault(find(first), []).append(line)
    wanted: dict[Key, list[Key]] = {}
    for key in targets:
        wanted.setdefault(find(key), []).append(key)
    out: list[Key] = []
    for root, keys in wanted.items():
        out += _pinned_in(table, components[root], lines_by_root.get(root, []), keys)
    return out


def _pinned_in(
    table: Table, variables: Sequence[Key], lines: Sequence[Line], targets: Sequence[Key]
) -> list[Key]:
    """:func:`pinned` for one connected part: ``variables`` are its hidden cells."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import csr_matrix

    index = {key: i for i, key in enumerate(variables)}
    rows: dict[bool, list[dict[int, float]]] = {True: [], False: []}
    rhs: dict[bool, list[float]] = {True: [], False: []}
    for line in lines:
        row: dict[int, float] = {}
        constant = 0.0
        for key, sign in ((line.total, 1.0), *((m, -1.0) for m in line.members)):
            if key in index:
                row[index[key]] = row.get(index[key], 0.0) + sign
            else:
                constant += sign * table.values[key]
        # total - sum(members) == 0 when exact, <= 0 otherwise
        rows[line.exact].append(row)
        rhs[line.exact].append(-constant)

    def matrix(part: list[dict[int, float]]) -> Any:
        if not part:
            return None
        data: list[float] = []
        cols: list[int] = []
        ptr = [0]
        for row in part:
            cols.extend(row)
            data.extend(row.values())
            ptr.append(len(cols))
        return csr_matrix((data, cols, ptr), shape=(len(part), len(variables)))

    problem = {
        "A_eq": matrix(rows[True]),
        "b_eq": rhs[True] or None,
        "A_ub": matrix(rows[False]),
        "b_ub": rhs[False] or None,
    }

    def solve(objective: Any) -> Any:
        result = linprog(objective, bounds=(0, None), method="highs", **problem)
        return result.x if result.status == 0 else None

    def moved(point: Any, key: Key) -> bool:
        return point is not None and abs(float(point[index[key]]) - table.values[key]) >= _ROOM

    # One program per direction for all targets at once: any feasible point where a
    # target differs from its true value by a whole child proves it is not pinned.
    # Only the targets left over get a program each, up and down.
    remaining = list(targets)
    for sign in (-1.0, 1.0):
        if not remaining:
            break
        objective = np.zeros(len(variables))
        for key in remaining:
            objective[index[key]] = sign
        point = solve(objective)
        remaining = [key for key in remaining if not moved(point, key)]
    out = []
    for key in remaining:
        free = False
        for sign in (-1.0, 1.0):
            objective = np.zeros(len(variables))
            objective[index[key]] = sign
            result = linprog(objective, bounds=(0, None), method="highs", **problem)
            if result.status == 3 or (result.status == 0 and moved(result.x, key)):
                free = True  # unbounded, or a whole child of room
                break
        if not free:
            out.append(key)
    return out
