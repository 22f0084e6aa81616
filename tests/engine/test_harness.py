"""The default harness: plain data in, fresh arguments per call, what the call left behind,
and how a challenge's own harness module overrides only the hooks it defines."""

from pathlib import Path
from types import SimpleNamespace

from judge.engine import harness


def test_build_args_is_a_fresh_deep_copy_each_time(tmp_path: Path):
    data = [[3, [1, 2]], {"k": [4]}]
    args = harness.build_args(data, tmp_path)
    assert args == ([3, [1, 2]], {"k": [4]}) and type(args) is tuple
    args[0][1].append(99)  # the call modifies its arguments, deep inside
    args[1]["k"].clear()
    assert data == [[3, [1, 2]], {"k": [4]}]  # the data the judge keeps is untouched
    again = harness.build_args(data, tmp_path)
    assert again == ([3, [1, 2]], {"k": [4]}) and again[0] is not args[0]


def test_observe_collect_and_describe_defaults():
    args = ([1, 2], "x")
    assert harness.observe(args) == [[1, 2], "x"]
    result = object()
    assert harness.collect(result, args, Path(".")) is result  # the return value itself
    assert harness.describe([[1, 2], "x", None]) == "[1, 2], 'x', None"
    assert harness.describe([]) == ""


def test_load_hooks_fills_in_the_defaults_a_module_leaves_out():
    def describe(data):
        return "custom"

    hooks = harness.load_hooks(SimpleNamespace(describe=describe, unrelated=len))
    assert set(hooks) == set(harness.HOOKS) == {"build_args", "observe", "collect", "describe"}
    assert hooks["describe"] is describe
    assert hooks["build_args"] is harness.build_args
    assert hooks["observe"] is harness.observe and hooks["collect"] is harness.collect
    assert harness.load_hooks(harness) == {name: getattr(harness, name) for name in harness.HOOKS}
