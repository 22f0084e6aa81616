from judge.engine import canonical
from judge.engine.canonical import Opaque


def roundtrip(value):
    return canonical.decode(canonical.encode(value))


def test_plain_values_survive_with_their_types():
    for value in [None, True, False, 0, -5, 10**40, 1.5, "", "é🙂", [1, [2, "x"]], (1, 2)]:
        back = roundtrip(value)
        assert canonical.strict_equal(back, value), value


def test_bool_and_int_and_float_are_never_equal():
    assert not canonical.strict_equal(True, 1)
    assert not canonical.strict_equal(1, 1.0)
    assert not canonical.strict_equal([1], [True])


def test_int_subclass_that_claims_equality_is_opaque():
    class Liar(int):
        def __eq__(self, other):
            return True

        __hash__ = int.__hash__

    back = roundtrip(Liar(3))
    assert isinstance(back, Opaque)
    assert not canonical.strict_equal(3, back)
    assert not canonical.results_match(3, back, "exact")


def test_object_lying_about_its_class_is_opaque():
    class Fake:
        __class__ = bool  # isinstance() would believe it

        def __eq__(self, other):
            return True

    assert isinstance(roundtrip(Fake()), Opaque)


def test_hostile_repr_does_not_break_encoding():
    class Hostile:
        def __repr__(self):
            raise SystemExit("no")

    assert roundtrip(Hostile()).text == "<repr() failed>"


def test_multiset_comparison_ignores_order_but_counts_duplicates():
    assert canonical.results_match(["a", "b", "a"], ["a", "a", "b"], "multiset")
    assert not canonical.results_match(["a", "b", "a"], ["a", "b"], "multiset")
    assert not canonical.results_match(["a"], ("a",), "multiset")


def test_digest_is_order_free_only_for_multisets():
    assert canonical.digest([1, 2], "multiset") == canonical.digest([2, 1], "multiset")
    assert canonical.digest([1, 2], "exact") != canonical.digest([2, 1], "exact")
    assert canonical.digest(True, "exact") != canonical.digest(1, "exact")


def test_show_is_bounded():
    text = canonical.show(list(range(10_000)), limit=100)
    assert len(text) < 130 and "characters in all" in text
