"""Examples and properties of first_match.

A call's data is `[text, patterns]`, passed as they are; answers are compared exactly (an
int; a numpy integer counts). The generated texts and patterns use a three-letter alphabet,
so that patterns do occur, overlap, nest and end where the text ends.
"""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

EXAMPLES = [
    Example(("she sells sea shells", ["shell", "sea"]), 10, "the first match to start wins"),
    Example(("abcd", ["bc", "abcd"]), 0, "overlapping: the longer pattern starts first"),
    Example(("hello", ["lo"]), 3, "a pattern at the very end of the text"),
    Example(("xyz", ["z"]), 2, "one character at the very end"),
    Example(("abcde", ["xyzw", "de"]), 3, "a short pattern at the end, a longer one in the list"),
    Example(("hello", []), -1, "no patterns at all"),
    Example(("", ["a"]), -1, "an empty text"),
    Example(("abc", ["abc"]), 0, "the whole text"),
    Example(("ab", ["abc"]), -1, "a pattern longer than the text"),
    Example(("abx", ["abc", "ab"]), 0, "a pattern that is a prefix of another"),
    Example(("xabc", ["abc", "bc", "c"]), 1, "patterns nested as suffixes"),
    Example(("banana", ["nan", "ana"]), 1, "overlapping occurrences"),
    Example(("aaaa", ["a", "a"]), 0, "a repeated pattern"),
    Example(("text", ["xyz", "q"]), -1, "no pattern occurs"),
    Example(("a.b*c", ["*", "."]), 1, "characters that are special in regular expressions"),
    Example(("日本語のテキスト", ["テキ", "キスト"]), 4, "non-ASCII text"),
    Example(("abcabc", ["ca"]), 2, "across a repetition"),
]

ALPHABET = "abc"
texts = st.text(alphabet=ALPHABET, max_size=30)
pattern_lists = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=8)


@given(texts, pattern_lists)
def test_returns_an_int(solution, text, patterns):
    """the answer is an int from -1 to len(text) - 1"""
    got = solution(text, patterns)
    assert type_name(got) in ("int", "int64", "int32"), f"expected an int, got {type_name(got)}"
    assert -1 <= got < max(len(text), 1), f"{got} is not -1 or a position of the text"


@given(texts, pattern_lists)
def test_matches_reference(solution, text, patterns):
    """the smallest index at which some pattern starts, or -1"""
    solution.check(text, patterns)


@given(texts, pattern_lists, st.randoms(use_true_random=False))
def test_order_of_patterns_does_not_matter(solution, text, patterns, rng):
    """shuffling the patterns does not change the answer"""
    shuffled = list(patterns)
    rng.shuffle(shuffled)
    first, second = solution(text, patterns), solution(text, shuffled)
    assert first == second, f"the same patterns in another order gave {second} instead of {first}"


@given(texts, texts, st.text(alphabet=ALPHABET, min_size=1, max_size=4), pattern_lists)
def test_planted_pattern_is_found(solution, before, after, planted, others):
    """a pattern written into the text is found there, or earlier"""
    text = before + planted + after
    got = solution(text, [*others, planted])
    assert 0 <= got <= len(before), (
        f"{planted!r} starts at index {len(before)} of the text, yet your answer is {got}"
    )
