"""`judge try`'s contract: what an input must look like (the signature, or the examples'
plain data for a harness challenge), literals parsed without running code, and a value that
does not fit said in one sentence; --debug's comparison (with a debugger that does not stop),
and an answer only the package's accept() can judge."""

import ast

import pytest

from judge.challenge.catalog import find_challenge
from judge.practice.trial import (
    BadInput,
    debug_trial,
    misfit,
    parse_inputs,
    parse_literal,
    prepare,
    read_contract,
    run_trial,
    shell_word,
)
from judge.verdicts import Verdict


def annotation(text: str) -> ast.expr:
    return ast.parse(text, mode="eval").body


@pytest.mark.parametrize(
    ("value", "wanted", "why"),
    [
        (True, "int", "True is a bool, not an int"),
        (1, "float", None),  # an int is a fine float
        ([1, "2"], "list[int]", "'2' is a str, not an int"),
        ((1, 2), "list[int]", "(1, 2) is a tuple, not a list"),
        ({"a": 1}, "dict[str, int]", None),
        ({"a": "b"}, "dict[str, int]", "'b' is a str, not an int"),
        ((1, "x"), "tuple[int, str]", None),
        ((1,), "tuple[int, str]", "(1,) has 1 items, not 2"),
        ((1, 2, 3), "tuple[int, ...]", None),
        (None, "int | None", None),
        ("x", "int | None", "'x' is a str, not int | None"),
        (None, "Optional[int]", None),
        ("anything", "Node", None),  # an annotation we do not know fits everything
    ],
)
def test_a_value_fits_its_annotation_type_exactly(value, wanted, why):
    assert misfit(value, annotation(wanted)) == why


def test_literals_are_parsed_never_run():
    assert parse_literal(" [1, -2, 3] ") == [1, -2, 3]
    assert parse_literal("'abc'") == "abc" and parse_literal("None") is None
    with pytest.raises(BadInput, match=r"^'__import__\(\"os\"\)' is not a Python literal"):
        parse_literal('__import__("os")')


def test_inputs_are_checked_against_the_signature(max_subarray):
    contract = read_contract(max_subarray)
    assert [p.name for p in contract.parameters] == ["nums: list[int]"]
    assert parse_inputs(contract, ["[1, -2]"]) == [[1, -2]]
    with pytest.raises(BadInput) as caught:
        parse_inputs(contract, ["[1]", "[2]"])
    assert str(caught.value) == (
        "max-subarray takes 1 argument (nums: list[int]), you gave 2; for example: "
        'judge try max-subarray "[-2, 1, -3, 4, -1, 2, 1, -5, 4]".'
    )
    with pytest.raises(BadInput, match=r"^\[True\] does not fit nums: list\[int\], since True"):
        parse_inputs(contract, ["[True]"])
    with pytest.raises(BadInput, match="holds a set, which cannot be given to your function"):
        parse_inputs(contract, ["{1, 2}"])


def test_a_harness_challenge_takes_the_examples_plain_form():
    contract = read_contract(find_challenge("linked-list-cycle"))
    (parameter,) = contract.parameters
    assert parameter.annotation is None and parameter.has_example
    assert type(parameter.example) is dict
    with pytest.raises(BadInput, match="is not written the way linked-list-cycle's examples"):
        parse_inputs(contract, ["[1, 2]"])


def test_shell_words_read_back_as_typed():
    assert shell_word("[1, 2]") == '"[1, 2]"'
    assert shell_word("'it'") == "\"'it'\""
    assert shell_word('"$HOME"') == "'\"$HOME\"'"


class RunsStraight:
    """A debugger that runs the function without stopping (pdb would wait for commands)."""

    def runcall(self, function, *args):
        return function(*args)


def texts_of_first_example(challenge):
    return [repr(value) for value in read_contract(challenge).example]


def test_debug_compares_the_answer_as_a_check_would(max_subarray, write_solution):
    prepared = prepare(max_subarray, ["[-3, -1]"])
    wrong = write_solution("def max_subarray_sum(nums):\n    return 0\n")
    trial = debug_trial(prepared, wrong, RunsStraight())
    assert trial.verdict is Verdict.WA and trial.debugged
    assert (trial.failure.message, trial.failure.expected, trial.failure.got) == (
        "Wrong answer.",
        "-1",
        "0",
    )
    right = debug_trial(prepared, max_subarray.path("reference.py"), RunsStraight())
    assert right.verdict is Verdict.AC and right.got == "-1"


def test_an_answer_the_package_accepts_is_judged_by_its_accept(write_solution):
    """reservoir-sample's answers are not unique: its tests' accept() decides, in --debug
    and in the sandbox alike."""
    challenge = find_challenge("reservoir-sample")
    prepared = prepare(challenge, texts_of_first_example(challenge))
    reference = challenge.path("reference.py")
    assert debug_trial(prepared, reference, RunsStraight()).verdict is Verdict.AC
    assert run_trial(prepared, reference).verdict is Verdict.AC
    source = reference.read_text() + "\n\n_real = sample_queries\n"
    source += "def sample_queries(*args):\n    return _real(*args) + ['not in the stream']\n"
    wrong = debug_trial(prepared, write_solution(source), RunsStraight())
    assert wrong.verdict is Verdict.WA and wrong.failure.message.startswith("Wrong answer: ")
