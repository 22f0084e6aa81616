"""seattle-rain's harness: fractions in as text, the answer read back exactly: a genuine
Fraction as its text, anything else as a marker no Fraction's text can equal."""

from fractions import Fraction

from .harnesses import harness_of


def test_a_call_gets_fractions_and_counts(tmp_path):
    harness = harness_of("seattle-rain")
    assert harness.build_args(["1/3", "0", 2, 1], tmp_path) == (Fraction(1, 3), Fraction(0), 2, 1)
    assert harness.observe((Fraction(1, 3),)) is None
    assert harness.describe(["1/3", "1/5", 3, 0]) == "prior=1/3, lie=1/5, yes=3, no=0"


def test_only_a_genuine_fraction_reads_back_as_one(tmp_path):
    harness = harness_of("seattle-rain")
    assert harness.collect(Fraction(8, 9), (), tmp_path) == "Fraction(8, 9)"
    assert harness.value_of("Fraction(8, 9)") == Fraction(8, 9)

    class Lookalike(Fraction):
        pass

    for answer, kind in ((8 / 9, "float"), (Lookalike(8, 9), "Lookalike"), ("8/9", "str")):
        collected = harness.collect(answer, (), tmp_path)
        assert collected[:2] == (harness.NOT_A_FRACTION, kind)
        assert harness.value_of(collected) is None


def test_an_answer_whose_repr_fails_is_still_not_a_fraction(tmp_path):
    class Broken:
        def __repr__(self):
            raise RuntimeError("no")

    harness = harness_of("seattle-rain")
    assert harness.collect(Broken(), (), tmp_path) == (harness.NOT_A_FRACTION, "Broken", "?")
