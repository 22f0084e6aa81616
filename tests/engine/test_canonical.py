import json
import math
import subprocess
import sys

import numpy as np
import pytest

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


# -- floats and numpy --------------------------------------------------------------------
def over_the_wire(value):
    """Encode, send as JSON text (as the worker does), decode."""
    return canonical.decode(json.loads(json.dumps(canonical.encode(value))))


def test_special_floats_survive_as_valid_json():
    for value in [math.nan, math.inf, -math.inf, -0.0, 5e-324, 1.7976931348623157e308]:
        text = canonical.dumps(canonical.encode(value))
        assert "NaN" not in text and "Infinity" not in text
        back = over_the_wire(value)
        assert type(back) is float
        assert (math.isnan(back) and math.isnan(value)) or back == value
    assert math.copysign(1.0, over_the_wire(-0.0)) == -1.0


@pytest.mark.parametrize(
    "array",
    [
        np.arange(12, dtype=np.float64).reshape(3, 4),
        np.array([1.5, np.nan, -np.inf, -0.0], dtype=np.float32),
        np.array([[1, -2], [3, 4]], dtype=np.int16),
        np.array([7], dtype=np.uint64),
        np.array([True, False]),
        np.zeros((0, 3)),
        np.arange(24).reshape(2, 3, 4)[:, ::2, 1],  # a strided view
        np.array(3.25),  # zero-dimensional
    ],
)
def test_arrays_keep_dtype_shape_and_values(array):
    back = over_the_wire(array)
    assert type(back) is np.ndarray
    assert back.dtype == array.dtype and back.shape == array.shape
    assert np.array_equal(back, array, equal_nan=array.dtype.kind == "f")
    assert canonical.strict_equal(back, array)


def test_array_encoding_is_compact():
    array = np.random.default_rng(1).normal(size=10_000)
    assert len(canonical.dumps(canonical.encode(array))) < 1.4 * array.nbytes


def test_large_arrays_can_travel_as_raw_blobs_beside_the_json():
    small, large = np.arange(4), np.random.default_rng(2).normal(size=(300, 40))
    blobs: list[bytes] = []
    value = {"small": small, "large": (large, large[::-1, ::2])}  # 96,000 and 48,000 bytes
    data = canonical.encode(value, blobs)
    assert blobs == [large.tobytes()]  # the smaller ones stay inline
    text = json.dumps(data)
    assert len(text) < 48_000 * 4 // 3 + 1000  # the large one is not in the JSON
    back = canonical.decode(json.loads(text), blobs)
    assert canonical.strict_equal(back, value)


@pytest.mark.parametrize("index", [2, -1, "0", 0.0, None])
def test_a_blob_marker_that_names_no_blob_is_opaque(index):
    marker = {"$ndarray": {"dtype": "<f8", "shape": [1], "blob": index}}
    assert isinstance(canonical.decode(marker, [b"\0" * 8, b"\0" * 8]), Opaque)
    assert isinstance(canonical.decode(marker), Opaque)  # no blobs came at all


def test_numpy_scalars_keep_their_type():
    for value in [np.float64(2.5), np.float32(0.1), np.int64(-3), np.uint8(200), np.bool_(True)]:
        back = over_the_wire(value)
        assert type(back) is type(value) and back == value
    assert type(over_the_wire(np.float64("nan"))) is np.float64


def test_numpy_is_not_a_python_number_unless_the_contract_says_so():
    assert not canonical.results_match(3, np.int64(3), "exact")
    assert not canonical.results_match(1.5, np.float64(1.5), "exact")
    assert canonical.results_match((3, 1.5), (np.int64(3), np.float64(1.5)), "exact", True)
    assert not canonical.results_match(3, np.float64(3.0), "exact", True)  # the kind counts
    assert not canonical.strict_equal(np.array([1, 2]), np.array([1.0, 2.0]))


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (np.array([1, "a"], dtype=object), "an array of Python objects cannot be sent back"),
        (np.array(["a"]), "dtype <U1 cannot be sent back"),
        (np.zeros(5, dtype=[("x", "f8")]), "cannot be sent back"),
        (10**40_000, "too large to send back"),
        (np.zeros(canonical.MAX_ARRAY_BYTES // 8 + 1), "too large to send back"),
    ],
)
def test_what_cannot_be_sent_is_one_sentence(value, words):
    with pytest.raises(canonical.Unsendable, match=words):
        canonical.encode(value)


def test_absurd_nesting_is_refused_at_once():
    deep = current = []
    for _ in range(10_000_000 // 1000):  # deep enough: the limit is MAX_DEPTH
        current.append([])
        current = current[0]
    with pytest.raises(canonical.Unsendable, match="nested more than"):
        canonical.encode(deep)
    forged = json.loads("[" * 500 + "]" * 500)  # what a forged reply could hold
    assert isinstance(canonical.decode(forged), list)
    assert "nested" in repr(canonical.decode(forged))


def test_malformed_array_markers_are_opaque():
    for marker in [
        {"dtype": "<f8", "shape": [3], "data": "AAAA"},  # 3 bytes for 3 floats
        {"dtype": "|O", "shape": [1], "data": ""},
        {"dtype": "<f8", "shape": [-1], "data": ""},
        {"dtype": "nonsense", "shape": [0], "data": ""},
    ]:
        assert isinstance(canonical.decode({"$ndarray": marker}), Opaque)


def test_a_class_claiming_to_be_numpys_is_opaque():
    class Fake:
        pass

    Fake.__module__ = "numpy"
    Fake.__name__ = Fake.__qualname__ = "float64"
    assert isinstance(roundtrip(Fake()), Opaque)


def test_encoding_plain_values_never_imports_numpy():
    code = (
        "import sys; from judge.engine import canonical; "
        "canonical.decode(canonical.encode([1.5, float('nan'), (2, {'a': -0.0})])); "
        "print('numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
