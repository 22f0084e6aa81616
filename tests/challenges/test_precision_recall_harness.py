"""precision-recall's harness: Fractions carried across the boundary as their exact text,
a str marked so that it can never pass for one, everything else as it is."""

from fractions import Fraction

from .harnesses import harness_of


def test_the_labels_are_fresh_lists(tmp_path):
    harness = harness_of("precision-recall")
    y_true = [True, False]
    got_true, got_pred = harness.build_args([y_true, [False, False]], tmp_path)
    got_true.append(True)
    assert y_true == [True, False] and got_pred == [False, False]


def test_fractions_and_lookalikes_read_back_apart(tmp_path):
    harness = harness_of("precision-recall")
    answer = (Fraction(1, 2), Fraction(2, 3), "Fraction(1, 2)")
    assert harness.collect(answer, (), tmp_path) == (
        "Fraction(1, 2)",
        "Fraction(2, 3)",
        ("str", "Fraction(1, 2)"),
    )
    assert harness.collect([0.5, None], (), tmp_path) == [0.5, None]

    class Subclass(Fraction):
        pass

    assert harness.collect(Subclass(1, 2), (), tmp_path) == Subclass(1, 2)  # not that type


def test_describe_cuts_long_label_lists():
    harness = harness_of("precision-recall")
    assert harness.describe([[True], [False]]) == "y_true=[True], y_pred=[False]"
    long = harness.describe([[True] * 20, [False] * 20])
    assert "... (20 labels)]" in long
