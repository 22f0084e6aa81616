"""Examples and properties of log_softmax.

A call's data is `[logits]` (see harness.py): the function gets a fresh float64 array of
shape (n, c). Answers are compared with the reference's element by element, with the
tolerance of challenge.toml (rtol 1e-9, atol 1e-9, as numpy.isclose reads them): a stable
float64 formula is off by about 1e-16 times the largest logit, the textbook one by inf or
nan as soon as a logit reaches about 710 (exp overflows) or all of a row's logits fall below
about -745 (exp underflows to 0, and log(0 / 0) is nan). Shapes are mostly not square, so
that a reduction over the wrong axis cannot pass by accident.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from judge.challenge.authoring import Example

LOG_HALF = -0.6931471805599453  # log(1/2)
LOG_THIRD = -1.0986122886681098  # log(1/3)


def _rows(*rows):
    return np.array(rows, dtype=np.float64)


# Single rows first (a reduction over the whole array, or without keepdims, still works on
# them), so that the first failure names the real mistake: overflow before shape.
EXAMPLES = [
    Example(
        ([[1.0, 2.0, 3.0]],),
        _rows([-2.40760596444438, -1.4076059644443804, -0.4076059644443803]),
        "one row of three logits",
    ),
    Example(([[0.0, 0.0]],), _rows([LOG_HALF, LOG_HALF]), "equal logits: log(1/2) each"),
    Example(([[5.0]],), _rows([0.0]), "one class: log(1) = 0"),
    Example(
        ([[1000.0, 0.0, -1000.0]],),
        _rows([0.0, -1000.0, -2000.0]),
        "logits of 1000 and -1000: exp(1000) overflows to inf",
    ),
    Example(
        ([[1000.0, 1000.0]],),
        _rows([LOG_HALF, LOG_HALF]),
        "two equal large logits: inf / inf is nan",
    ),
    Example(
        ([[-1000.0, -1000.0]],),
        _rows([LOG_HALF, LOG_HALF]),
        "two equal very negative logits: exp(-1000) underflows to 0, and 0 / 0 is nan",
    ),
    Example(
        ([[0.0, 800.0]],),
        _rows([-800.0, 0.0]),
        "the log of a (stable) softmax: exp(-800) is 0 in floating point, and log(0) = -inf",
    ),
    Example(
        ([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]],),
        _rows(
            [-2.40760596444438, -1.4076059644443804, -0.4076059644443803],
            [LOG_THIRD, LOG_THIRD, LOG_THIRD],
        ),
        "two rows of three (2 x 3): each row on its own",
    ),
    Example(([[1.0], [2.0], [3.0]],), _rows([0.0], [0.0], [0.0]), "three rows of one class"),
    Example(
        ([[0.0, 1.0], [2.0, 4.0], [-1.0, 5.0]],),
        _rows(
            [-1.3132616875182228, -0.3132616875182228],
            [-2.1269280110429727, -0.1269280110429725],
            [-6.00247568513773, -0.0024756851377304495],
        ),
        "three rows of two (3 x 2)",
    ),
    Example(
        ([[1.0, 2.0], [3.0, 5.0]],),
        _rows(
            [-1.3132616875182228, -0.3132616875182228],
            [-2.1269280110429727, -0.1269280110429725],
        ),
        "a square input (2 x 2)",
    ),
    Example(
        ([[1000.0, 999.0, -1000.0, 0.5], [-1000.0, -999.0, -998.0, -1000.0]],),
        _rows(
            [-0.3132616875182228, -1.3132616875182228, -2000.3132616875182, -999.8132616875182],
            [-2.4938117090722387, -1.4938117090722385, -0.49381170907223854, -2.4938117090722387],
        ),
        "a confident row and a row of very negative logits",
    ),
    Example(
        ([[100000.0, 100000.0, 100000.0]],),
        _rows([LOG_THIRD, LOG_THIRD, LOG_THIRD]),
        "the largest logits the statement allows",
    ),
    Example(
        ([[-3.5, 0.25, 0.0, 7.0, -1e-09]],),
        _rows(
            [
                -10.503017622394655,
                -6.753017622394655,
                -7.003017622394655,
                -0.0030176223946551104,
                -7.003017623394655,
            ]
        ),
        "fractions, and a logit a hair below zero",
    ),
]

# -- logits ----------------------------------------------------------------------------------
SHAPES = st.tuples(st.integers(1, 6), st.integers(1, 6))
MODERATE = st.floats(-30, 30, allow_nan=False, allow_infinity=False)
WIDE = st.floats(-1e5, 1e5, allow_nan=False, allow_infinity=False)
EXTREME = st.sampled_from([1000.0, -1000.0, 999.0, -999.0, 0.0, 745.0, -745.0, 1e5, -1e5])
ANY = st.one_of(MODERATE, WIDE, EXTREME)


def logits(elements):
    return hnp.arrays(np.float64, SHAPES, elements=elements)


@given(logits(ANY))
def test_matches_reference(solution, z):
    """each row's log-softmax, within 1e-9, for logits anywhere up to +-1e5"""
    solution.check(z)


@given(logits(st.one_of(EXTREME, MODERATE)))
def test_logits_of_a_thousand(solution, z):
    """logits of 1000 and -1000 (a confident classifier): no inf, no nan, no lost digits"""
    solution.check(z)


@given(logits(MODERATE), st.data())
def test_rows_are_independent(solution, z, data):
    """a row's log-softmax depends on that row only, whatever the other rows hold"""
    got = solution(z)
    row = data.draw(st.integers(0, len(z) - 1), label="row")
    alone = solution(z[row : row + 1])
    if type(got) is np.ndarray and type(alone) is np.ndarray and got.shape == z.shape:
        close = alone.shape == (1, z.shape[1]) and np.allclose(
            got[row], alone[0], rtol=1e-9, atol=1e-9
        )
        assert close, (
            f"row {row} of your result for the whole array is {got[row].tolist()}, but for "
            f"that row alone it is {np.asarray(alone).tolist()}: reduce along axis=1 (each "
            "row over its c classes), with keepdims=True so the result broadcasts per row"
        )
    solution.check(z)  # says what is wrong with the shape or the values
