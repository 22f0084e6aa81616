"""Memory tiers say how the extra memory grows, where they measure several sizes."""

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.memory import memory_words


def test_nothing_measurable_is_constant():
    assert memory_words([(1000, 0), (64000, 120), (125000, 64)]) == "~1"


def test_a_list_of_the_input_is_linear():
    points = [(n, 8 * n + 56) for n in (1000, 2000, 4000, 8000, 16000)]
    assert "~n" in memory_words(points).split(" or ")
    assert "~1" not in memory_words(points) and "~n^2" not in memory_words(points)


def test_a_hash_table_that_grows_in_steps_is_still_linear():
    # A set's table quadruples, then doubles: the bytes of a visited set, as measured.
    steps = [
        (1000, 41176), (2000, 164056), (4000, 164056), (8000, 655576), (16000, 655576),
        (32000, 2621656), (64000, 2621656), (125000, 6291672),
    ]  # fmt: skip
    assert "~n" in memory_words(steps).split(" or ")


def test_growth_sizes_are_read_from_the_package():
    spec = find_challenge("linked-list-cycle").memory[0]
    assert spec.growth_sizes and spec.growth_sizes[-1] < spec.size


@pytest.mark.parametrize(
    "sizes", [[64000, 32000], [0, 10], [200000], "[1000, 2000] # but measured by RSS"]
)
def test_bad_growth_sizes_are_an_authors_mistake(tmp_path, sizes, monkeypatch):
    import shutil

    from judge.challenge.catalog import InvalidPackage, load_challenge

    source = find_challenge("linked-list-cycle").folder
    copy = tmp_path / "linked_list_cycle"
    shutil.copytree(source, copy)
    toml = copy / "challenge.toml"
    text = toml.read_text().replace(
        "growth_sizes = [1000, 2000, 4000, 8000, 16000, 32000, 64000]",
        f"growth_sizes = {sizes}",
    )
    if "RSS" in str(sizes):  # a larger call's resident pages would hide a smaller one's
        text = text.replace('method = "tracemalloc"', 'method = "rss"')
    toml.write_text(text)
    with pytest.raises(InvalidPackage, match="growth_sizes"):
        load_challenge(copy)
