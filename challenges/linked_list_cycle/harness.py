"""Linked-list nodes for has_cycle: built from plain data, observed after the call.

A call's data is one item, `{"values": [v0, v1, ...], "cycle_to": k}`: node i holds
`values[i]` and points to node i + 1; the last node points to node k (0 <= k < n), or to
None when k is -1. An empty `values` means `head is None`.

`build_args` builds the nodes iteratively (lists far longer than the recursion limit are
fine) and remembers them, so that `observe` can report every original node after the call
even when the call rewired them out of reach of the head. `observe` returns the structure as
plain data: each node's `.value`, and where its `.next` points (the index of an original
node, None, or a marker for anything else), which the judge compares with the untouched
list to catch a solution that rewires or relabels nodes. Runs in the worker and in the
judge: stdlib only, deterministic, no recursion over the input.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

SHOWN_AT_EACH_END = 8  # values shown at the start and at the end of a long list
VALUE_REPR_LIMIT = 20


class Node:
    """A singly linked list node: `.value` and `.next`, compared and hashed by identity."""

    __slots__ = ("next", "value")

    def __init__(self, value: Any, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def __repr__(self) -> str:  # never follows links: a cyclic list must print too
        value = self.value
        return "Node(<a Node>)" if isinstance(value, Node) else f"Node({value!r})"


# The nodes of the list built last, so that `observe` sees them all after the call. One
# entry is enough: every call is built, run and observed before the next is built, in the
# worker and in the judge alike; keeping only the last one keeps memory flat.
_built: dict[str, Any] = {"head": None, "nodes": []}


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    spec = data[0]
    values, cycle_to = spec["values"], spec["cycle_to"]
    _built["head"], _built["nodes"] = None, []  # let the previous list go first
    nodes = [Node(value) for value in values]
    for node, following in itertools.pairwise(nodes):
        node.next = following
    if nodes and cycle_to >= 0:
        nodes[-1].next = nodes[cycle_to]
    head = nodes[0] if nodes else None
    _built["head"], _built["nodes"] = head, nodes
    return (head,)


# The slot readers, taken once: reading through them runs no code a submission could
# have attached to the class afterwards (a property, a __getattribute__).
_VALUE, _NEXT = Node.value, Node.next
_MISSING = object()


def _slot(node: Any, slot: Any) -> Any:
    try:
        return slot.__get__(node)
    except (AttributeError, TypeError):  # deleted, or the node's class was swapped
        return _MISSING


def _reachable(head: Any) -> list[Any]:
    """The nodes reachable from head, each once (for a head that was not built here)."""
    nodes, seen = [], set()
    node = head
    while type(node) is Node and id(node) not in seen:
        seen.add(id(node))
        nodes.append(node)
        node = _slot(node, _NEXT)
    return nodes


def observe(args: tuple[Any, ...]) -> Any:
    """[values, nexts]: node i's .value, and the index of the original node its .next
    points to (None at the tail, a "<...>" marker for anything that is not an original
    node). Every node the list was built with is reported, reachable or not."""
    head = args[0]
    nodes = _built["nodes"] if head is _built["head"] else _reachable(head)
    index = {id(node): i for i, node in enumerate(nodes)}  # all alive: ids are unique
    values, nexts = [], []
    for node in nodes:
        if type(node) is not Node:
            marker = f"<node turned into a {type(node).__name__}>"
            values.append(marker)
            nexts.append(marker)
            continue
        value, following = _slot(node, _VALUE), _slot(node, _NEXT)
        values.append("<value deleted>" if value is _MISSING else value)
        if following is _MISSING:
            nexts.append("<next deleted>")
        elif following is None:
            nexts.append(None)
        elif id(following) in index:
            nexts.append(index[id(following)])
        else:
            nexts.append(f"<foreign {type(following).__name__}>")
    return [values, nexts]


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= VALUE_REPR_LIMIT else text[: VALUE_REPR_LIMIT - 3] + "..."


def describe(data: list[Any]) -> str:
    """`1 -> 2 -> 3 -> back to node 1 (index 0)`, eliding the middle of long lists."""
    spec = data[0]
    values, cycle_to = spec["values"], spec["cycle_to"]
    n = len(values)
    if n == 0:
        return "None (an empty list: head is None)"
    if n <= 2 * SHOWN_AT_EACH_END + 2:
        parts = [_show(v) for v in values]
    else:
        hidden = n - 2 * SHOWN_AT_EACH_END
        parts = [_show(v) for v in values[:SHOWN_AT_EACH_END]]
        parts.append(f"... {hidden:,} more nodes ...")
        parts += [_show(v) for v in values[-SHOWN_AT_EACH_END:]]
    if cycle_to < 0:
        parts.append("None")
    else:
        parts.append(f"back to node {_show(values[cycle_to])} (index {cycle_to})")
    text = " -> ".join(parts)
    return f"{n:,} nodes: {text}" if n > 2 * SHOWN_AT_EACH_END + 2 else text
