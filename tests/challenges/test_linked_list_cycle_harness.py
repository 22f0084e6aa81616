"""linked-list-cycle's harness (challenges/linked_list_cycle/harness.py): nodes built from
plain data without recursion, and what `observe` reports after a call, every original node
included, so that a call that rewires, relabels or swaps nodes is caught."""

from pathlib import Path

import pytest

from judge.challenge.catalog import find_challenge
from judge.challenge.code import import_file


@pytest.fixture(scope="module")
def harness():
    path = find_challenge("linked-list-cycle").harness_file
    return import_file(path, "test_linked_list_cycle_harness")


def build(harness, values, cycle_to=-1):
    return harness.build_args([{"values": values, "cycle_to": cycle_to}], Path("."))


def walk(head, steps):
    values = []
    for _ in range(steps):
        values.append(head.value)
        head = head.next
    return values, head


def test_nodes_point_to_the_next_and_the_tail_where_asked(harness):
    (head,) = build(harness, [1, 2, 3], cycle_to=1)
    values, node = walk(head, 4)
    assert values == [1, 2, 3, 2] and node.value == 3  # 3 -> back to the node holding 2
    (head,) = build(harness, ["a"], cycle_to=-1)
    assert head.value == "a" and head.next is None
    assert build(harness, []) == (None,)


def test_a_list_far_longer_than_the_recursion_limit(harness):
    (head,) = build(harness, list(range(20_000)), cycle_to=0)
    assert harness.observe((head,))[1][-1] == 0  # built, observed and described iteratively
    assert "20,000 nodes" in harness.describe([{"values": list(range(20_000)), "cycle_to": 0}])


def test_an_untouched_list_observes_as_its_data(harness):
    args = build(harness, [5, 6, 7], cycle_to=0)
    assert harness.observe(args) == [[5, 6, 7], [1, 2, 0]]
    assert harness.observe(build(harness, [5, 6])) == [[5, 6], [1, None]]


def test_rewired_nodes_are_reported_even_out_of_reach_of_the_head(harness):
    args = build(harness, [1, 2, 3])
    (head,) = args
    head.next = None  # nodes 2 and 3 are no longer reachable
    assert harness.observe(args) == [[1, 2, 3], [None, 2, None]]


def test_relabelled_deleted_and_foreign_links_are_marked(harness):
    args = build(harness, [1, 2, 3])
    head = args[0]
    head.value = 10
    del head.next.value
    head.next.next.next = object()
    assert harness.observe(args) == [
        [10, "<value deleted>", 3],
        [1, 2, "<foreign object>"],
    ]
    del head.next
    assert harness.observe(args)[1][0] == "<next deleted>"


def test_a_node_whose_class_was_swapped_is_marked(harness):
    class Impostor:
        __slots__ = ("next", "value")

    args = build(harness, [1, 2])
    args[0].next.__class__ = Impostor
    values, nexts = harness.observe(args)
    assert values == [1, "<node turned into a Impostor>"]
    assert nexts == [1, "<node turned into a Impostor>"]


def test_a_head_that_was_not_built_here_is_walked_once(harness):
    node = harness.Node(1)
    node.next = harness.Node(2, node)
    build(harness, [9])  # the last built list is another one
    assert harness.observe((node,)) == [[1, 2], [1, 0]]


def test_describe_reads_as_a_chain(harness):
    def describe(values, cycle_to=-1):
        return harness.describe([{"values": values, "cycle_to": cycle_to}])

    assert describe([]) == "None (an empty list: head is None)"
    assert describe([1, 2, 3]) == "1 -> 2 -> 3 -> None"
    assert describe([1, 2, 3], 0) == "1 -> 2 -> 3 -> back to node 1 (index 0)"
    assert describe(["x" * 50]) == "'" + "x" * 16 + "... -> None"  # a value is cut at 20
    long = describe(list(range(100)), 50)
    assert long.startswith(
        "100 nodes: 0 -> 1 -> 2 -> 3 -> 4 -> 5 -> 6 -> 7 -> ... 84 more nodes ..."
    )
    assert long.endswith("-> 98 -> 99 -> back to node 50 (index 50)")


def test_a_node_prints_without_following_links(harness):
    node = harness.Node(1)
    node.next = node
    assert repr(node) == "Node(1)"
    assert repr(harness.Node(node)) == "Node(<a Node>)"
