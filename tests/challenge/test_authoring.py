"""The authoring API a challenge's test_properties.py imports: `Example` and `type_name`."""

import dataclasses

import pytest

from judge.challenge import authoring
from judge.challenge.authoring import Example, type_name
from judge.engine.canonical import Opaque


def test_an_example_is_args_expected_and_why():
    example = Example(([1, 2],), 3, "two positives")
    assert (example.args, example.expected, example.note) == (([1, 2],), 3, "two positives")
    assert Example(([],), 0).note == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        example.expected = 4  # a package's examples cannot be changed by a test


def test_type_name_is_the_exact_type_not_what_the_value_claims():
    class Liar:
        __class__ = bool  # isinstance(Liar(), bool) is True

    assert isinstance(Liar(), bool)
    assert type_name(Liar()) == "Liar"
    assert type_name(True) == "bool" and type_name(1) == "int" and type_name(None) == "NoneType"
    assert type_name(Opaque("numpy.int64", "3")) == "numpy.int64"  # as decoded from a worker


def test_the_api_is_these_names():
    assert authoring.__all__ == ["Example", "Rejected", "type_name"]


def test_a_property_over_many_calls_is_rejected_with_what_was_run():
    rejected = authoring.Rejected("the sample is not uniform", input="2,000 seeds, k=3")
    assert isinstance(rejected, AssertionError)  # read as a broken property, never as IE
    assert str(rejected) == "the sample is not uniform" and rejected.input == "2,000 seeds, k=3"
    assert authoring.Rejected("no input").input is None
