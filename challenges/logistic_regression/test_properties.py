"""Examples and properties of fit_logistic.

A call's data is `[X, y, l2]` (see harness.py): the function gets a fresh float64 array X
(n, d), a fresh int64 array y (n,) of 0s and 1s, and l2. The weights are not compared with
the reference's: the objective decides. `accept` computes the objective (mean log-loss plus
l2 / 2 * ||w||^2, the bias not penalised) of the submission's weights and of the
reference's on the same data, and the submission's may exceed the reference's by RTOL of it.
Newton, scipy's L-BFGS with its default settings and gradient descent run to convergence get
within 1e-7 of the minimum on these data (measured); stopping early, a gradient of the wrong
sign, a missing or a penalised bias miss it by 1e-3 to 1e2 (relative) on most of them.

The generated data follow a logistic model with a bias (`model_data`): normal features of a
few scales, true weights and bias, and about 10% of the labels flipped (so that a perfect
separation, where only l2 keeps the minimum finite, is rare). Hypothesis chooses the size,
the scale, l2 and a seed; numpy makes the data from the seed, so that they are smooth and
well conditioned (Hypothesis's own arrays repeat values, which makes features nearly
constant and the problem too ill-conditioned for plain gradient descent). Variants add an
offset to the features, make one feature constant (its weight belongs in the bias), or add
one sample far out on its own side, whose logit at the minimum is often in the thousands.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

RTOL = 1e-5  # the objective may exceed the reference's by this fraction of it


def objective(X: np.ndarray, y: np.ndarray, l2: float, weights: np.ndarray) -> float:
    """Mean log-loss plus l2 / 2 * ||w||^2 (not the bias), stable for logits of any size."""
    w, b = weights[:-1], weights[-1]
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, -(2.0 * y - 1.0) * z)) + 0.5 * l2 * (w @ w))


def _gradient(X: np.ndarray, y: np.ndarray, l2: float, weights: np.ndarray) -> np.ndarray:
    w, b = weights[:-1], weights[-1]
    z = X @ w + b
    residual = (0.5 * (1 + np.tanh(z / 2)) - y) / len(y)  # sigmoid(z) - y, without overflow
    return np.append(X.T @ residual + l2 * w, residual.sum())


def _where_off(X, y, l2, weights) -> str:
    """What the gradient says about the weights (it is 0 at the minimum)."""
    gradient = _gradient(X, y, l2, weights)
    worst = int(np.argmax(np.abs(gradient)))
    name = "the bias" if worst == len(gradient) - 1 else f"weight {worst}"
    return (
        f"the gradient of the objective at your weights is {gradient[worst]:.3g} for {name} "
        "(at the minimum it is 0 for every weight and the bias)"
    )


def accept(args, expected, got):
    """Weights (d + 1,) whose objective is within RTOL of the reference's."""
    X, y, l2 = args
    d = X.shape[1]
    assert type(got) is np.ndarray, (
        f"expected a numpy array of {d + 1} weights (the bias last), got {type_name(got)}"
    )
    assert got.shape == (d + 1,) and got.dtype.kind == "f", (
        f"expected a float array of shape ({d + 1},): {d} feature weight(s), then the bias; "
        f"got {got.dtype} of shape {got.shape}"
    )
    bad = np.flatnonzero(~np.isfinite(got))
    assert not bad.size, (
        f"weights[{bad[0]}] is {got[bad[0]]!r}: not a number (a sigmoid computed as "
        "exp(z) / (1 + exp(z)) gives inf / inf = nan for a logit of 710 or more)"
    )
    yours, best = objective(X, y, l2, got), objective(X, y, l2, expected)
    allowed = best * (1 + RTOL)
    assert yours <= allowed, (
        f"your objective {yours:.8f}, the reference's {best:.8f}, allowed up to "
        f"{allowed:.8f} (mean log-loss + l2/2 ||w||^2, the bias not penalised): "
        + _where_off(X, y, l2, got)
    )


def _weights(*values):
    return np.array(values, dtype=np.float64)


EXAMPLES = [
    Example(
        ([[0.0], [1.0]], [0, 1], 1.0),
        _weights(0.23531006286939823, -0.11765503143469912),
        "two samples, one of each class",
    ),
    Example(
        ([[-2.0], [-1.0], [0.0], [1.0], [2.0], [3.0]], [0, 1, 1, 1, 1, 1], 0.1),
        _weights(1.146372775585656, 2.081446812836933),
        "mostly ones: the bias carries the base rate (without a bias the loss is 93% higher)",
    ),
    Example(
        ([[5.0], [5.0], [5.0], [5.0]], [0, 1, 1, 1], 1.0),
        _weights(0.0, 1.0986122886676934),
        "a constant feature: its weight is 0 and the bias is log(3), the log-odds of 3 to 1 "
        "(a penalised bias would lean on the feature)",
    ),
    Example(
        ([[-2.0], [-1.0], [1.0], [2.0]], [0, 0, 1, 1], 0.1),
        _weights(1.4578357033328495, 0.0),
        "separable classes: only the penalty keeps the weight finite",
    ),
    Example(
        ([[1.0], [1.0], [2.0], [2.0]], [0, 1, 0, 1], 0.5),
        _weights(0.0, 0.0),
        "no information: weight and bias 0, the loss log(2)",
    ),
    Example(
        ([[1.0, -1.0], [2.0, 0.5], [-1.0, 3.0], [0.0, 0.0], [3.0, 1.0]], [1, 1, 0, 1, 0], 100.0),
        _weights(-8.67143981781092e-06, -0.005178133458858117, 0.40910317176483557),
        "a strong penalty: weights near 0, the bias near the log-odds of 3 to 2",
    ),
    Example(
        ([[2.0], [3.0], [4.0], [5.0], [3.5], [3.6]], [0, 0, 1, 1, 0, 1], 0.01),
        _weights(3.4900189493942806, -12.328980345785542),
        "a feature away from 0: a boundary near 3.5 needs a bias of -12.3",
    ),
    Example(
        ([[-1.0], [-0.5], [0.0], [0.5], [1.0], [1000.0]], [0, 1, 0, 1, 1, 1], 0.1),
        _weights(0.8543824477743909, 0.44147358801555825),
        "a sample far out: its logit is 855 at the minimum, exp(855) overflows",
    ),
    Example(
        (
            [[0.0, 5.0], [1.0, -3.0], [2.0, 4.0], [3.0, -2.0], [4.0, 1.0], [5.0, 0.0]],
            [0, 0, 1, 0, 1, 1],
            0.05,
        ),
        _weights(1.7663645496995064, 0.8180513844323196, -5.506214470086238),
        "two features",
    ),
]

# -- data from a logistic model ----------------------------------------------------------
FAR = 1000.0  # how far out the outlier of the large-logit property sits


def model_data(n: int, d: int, scale: float, l2: float, seed: int, variant: str = ""):
    """(X, y, l2): n samples of d normal features with standard deviation `scale`, labels
    drawn from a logistic model with a bias (true weights N(0, 1.5^2) / scale, bias
    N(0, 1.5^2)), about 10% of them flipped, both classes present. Variants: "offset"
    shifts every feature by up to +-3 (the bias must undo the shift), "constant" makes one
    feature the same (up to +-2) for every sample (its weight belongs in the bias),
    "outlier" adds one sample FAR out along the true weights, labelled 1 (its logit at the
    minimum is often in the thousands)."""
    rng = np.random.default_rng(seed)
    X = scale * rng.normal(size=(n, d))
    w = rng.normal(0.0, 1.5, size=d) / scale
    b = rng.normal(0.0, 1.5)
    if variant == "offset":
        shift = rng.uniform(-3.0, 3.0, size=d)
        b -= float(shift @ w)
        X = X + shift
    if variant == "constant":
        X[:, rng.integers(d)] = rng.uniform(-2.0, 2.0)
    y = rng.random(n) < 1 / (1 + np.exp(-(X @ w + b)))
    y = (y ^ (rng.random(n) < 0.1)).astype(np.int64)
    if y.min() == y.max():
        y[0] = 1 - y[0]
    if variant == "outlier":
        X = np.vstack([X, FAR * w / np.linalg.norm(w)])
        y = np.append(y, 1)
    return X, y, l2


@st.composite
def models(draw, variant="", l2s=(0.01, 0.1, 1.0, 10.0)):
    """model_data with Hypothesis choosing the size, the scale, l2 and the seed."""
    n, d = draw(st.integers(10, 40)), draw(st.integers(1, 3))
    scale = draw(st.sampled_from([0.5, 1.0, 2.0]))
    l2 = draw(st.sampled_from(l2s))
    return model_data(n, d, scale, l2, draw(st.integers(0, 2**32 - 1)), variant)


@given(models())
def test_objective_at_the_minimum(solution, data):
    """the regularised mean log-loss of your weights is within 1e-5 of the minimum's"""
    solution.check(*data)


@given(models("offset"))
def test_features_away_from_zero(solution, data):
    """features shifted away from 0 (by up to +-3): the bias absorbs the shift"""
    solution.check(*data)


@given(models("constant"))
def test_bias_is_not_penalised(solution, data):
    """a constant feature gets weight 0: the (unpenalised) bias does its work"""
    solution.check(*data)


@given(models("outlier", l2s=(0.01, 0.1)))
def test_large_logits(solution, data):
    """one sample 1,000 away on its own side: its logit is often in the thousands, and the
    result must still be finite and optimal"""
    solution.check(*data)
