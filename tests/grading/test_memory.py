"""The memory tiers: named and required as the package says, budgets in words people read.
(The measurement itself runs end to end in `judge verify csv-aggregate`, whose samples pin
the memory verdicts.)"""

from judge.challenge.catalog import find_challenge
from judge.grading.check import plan
from judge.grading.memory import MemoryTier, kib


def test_amounts_read_in_the_unit_that_suits_them():
    assert kib(0) == "0 B" and kib(1023) == "1023 B"
    assert kib(1024) == "1 KiB" and kib(1536) == "2 KiB"
    assert kib(10 * 1024 * 1024 - 1) == "10240 KiB"
    assert kib(10 * 1024 * 1024) == "10 MiB" and kib(300 * 1024 * 1024) == "300 MiB"


def test_a_tier_per_memory_table_titled_and_required_as_declared():
    challenge = find_challenge("csv-aggregate")
    tiers = [t for t in plan(challenge) if isinstance(t, MemoryTier)]
    assert [t.spec for t in tiers] == challenge.memory and tiers
    for tier in tiers:
        assert tier.title == tier.spec.title + ("" if tier.spec.required else " (stretch)")
        assert tier.required is tier.spec.required and not tier.correctness
    assert any(not t.required for t in tiers)  # the stretch tier: spill to disk
