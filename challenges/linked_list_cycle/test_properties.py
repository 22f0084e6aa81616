"""Examples and properties of has_cycle.

A list travels as plain data, `{"values": [...], "cycle_to": k}`: node i holds values[i]
and links to node i + 1; the last node links to node k, or to None when k is -1 (see
harness.py). An empty list is `head is None`. Every call also checks (read_only_inputs)
that each node kept its value and its link.
"""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example


def linked(values: list, cycle_to: int = -1) -> dict:
    """The list holding `values`, whose last node links to node `cycle_to` (-1: None)."""
    return {"values": list(values), "cycle_to": cycle_to}


EXAMPLES = [
    Example((linked([3, 2, 0, -4], 1),), True, "the tail links back to the second node"),
    Example((linked([1, 2, 3, 4]),), False, "no cycle"),
    Example((linked([1, 2, 3, 4, 5], 0),), True, "the tail links back to the head"),
    Example((linked([1, 2, 3, 4, 5], 4),), True, "the tail points at itself"),
    Example((linked([]),), False, "an empty list: head is None"),
    Example((linked([7]),), False, "a single node without a cycle"),
    Example((linked([7], 0),), True, "a single node whose next is itself"),
    Example((linked([1, 2]),), False, "two nodes without a cycle"),
    Example((linked([1, 2], 0),), True, "two nodes pointing at each other"),
    Example((linked([1, 2], 1),), True, "two nodes, the second pointing at itself"),
    Example((linked([5, 5, 5, 5]),), False, "repeated values are different nodes"),
    Example((linked([5, 5, 5, 5], 2),), True, "repeated values, with a cycle"),
    Example((linked([0, None, "", False], 1),), True, "falsy values are still nodes"),
    Example((linked(list(range(60)), 59),), True, "a longer list ending in a self-loop"),
    Example((linked(list(range(60)), 30),), True, "a long lead-in and a long loop"),
    Example((linked(list(range(60))),), False, "a longer list without a cycle"),
]


@st.composite
def lists(draw, min_size: int = 0, cyclic: bool | None = None) -> dict:
    """A list of up to 30 nodes with few distinct values; with a cycle or not."""
    values = draw(st.lists(st.integers(-3, 3), min_size=min_size, max_size=30))
    if not values or cyclic is False:
        return linked(values)
    lowest = 0 if cyclic else -1
    return linked(values, draw(st.integers(lowest, len(values) - 1)))


@given(lists())
def test_returns_a_bool(solution, head):
    """the result is a bool"""
    got = solution(head)
    assert type(got) is bool, f"expected a bool, got {type(got).__name__}"


@given(lists(cyclic=False))
def test_no_cycle_means_false(solution, head):
    """a list that ends in None has no cycle"""
    assert solution(head) is False, "this list ends in None, yet you found a cycle"


@given(lists(min_size=1, cyclic=True))
def test_a_link_back_means_true(solution, head):
    """a list whose tail links back to any of its nodes has a cycle"""
    assert solution(head) is True, "the tail links back into the list, yet you found no cycle"


@given(lists(min_size=1))
def test_values_do_not_matter(solution, head):
    """only the links matter: the same list with all values equal gives the same answer"""
    same = linked([0] * len(head["values"]), head["cycle_to"])
    assert solution(same) == solution(head), "same links, different values, different answer"


@given(lists())
def test_matches_reference(solution, head):
    """the answer is True exactly when following .next never reaches None"""
    solution.check(head)
