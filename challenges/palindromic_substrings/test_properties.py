"""Examples and properties of palindromic_substrings."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

EXAMPLES = [
    Example(("",), [], "the empty string has no palindromic substring"),
    Example(("a",), ["a"], "a single character"),
    Example(("ab",), ["a", "b"], "two different characters"),
    Example(("abc",), ["a", "b", "c"], "only the single characters"),
    Example(("aa",), ["a", "a", "aa"], "even length: two equal characters"),
    Example(("aaa",), ["a", "a", "a", "aa", "aa", "aaa"], "one entry per position"),
    Example(
        ("aaaa",),
        ["a", "a", "a", "a", "aa", "aa", "aa", "aaa", "aaa", "aaaa"],
        "a run of one letter: n(n + 1) / 2 entries",
    ),
    Example(("aba",), ["a", "b", "a", "aba"], "odd length, centred on a character"),
    Example(("abba",), ["a", "b", "b", "a", "bb", "abba"], "even length, centred on a gap"),
    Example(
        ("racecar",),
        ["r", "a", "c", "e", "c", "a", "r", "cec", "aceca", "racecar"],
        "nested palindromes around one centre",
    ),
    Example(
        ("aabaa",),
        ["a", "a", "b", "a", "a", "aa", "aa", "aba", "aabaa"],
        "even and odd centres mixed",
    ),
    Example(("abab",), ["a", "b", "a", "b", "aba", "bab"], "overlapping palindromes"),
    Example(("Aa",), ["A", "a"], "case-sensitive: A and a differ"),
    Example(("AbA",), ["A", "b", "A", "AbA"], "upper case letters"),
    Example(("Aba",), ["A", "b", "a"], "case-sensitive: Aba is not a palindrome"),
    Example(("a a",), ["a", " ", "a", "a a"], "the space is a character"),
    Example(("!?!",), ["!", "?", "!", "!?!"], "punctuation is a character"),
    Example(
        ("e\u0301e",),
        ["e", "\u0301", "e", "e\u0301e"],
        "e, combining accent, e: a palindrome by code points",
    ),
    Example(("\u00e9e\u0301",), ["\u00e9", "e", "\u0301"], "no Unicode normalisation"),
    Example(("😀😀",), ["😀", "😀", "😀😀"], "emoji are single characters"),
]

small_text = st.text(alphabet="ab", max_size=30)
mixed_text = st.text(alphabet="abcA é\u0301😀,", max_size=20)
any_text = st.text(max_size=12)


@st.composite
def with_palindrome(draw):
    """Random text with a palindrome in it, so that long answers come up."""
    half = draw(st.text(alphabet="abc", max_size=8))
    middle = draw(st.sampled_from(["", "a", "b", "😀"]))
    before, after = draw(st.text(alphabet="abc", max_size=6)), draw(st.text("abc", max_size=6))
    return before + half + middle + half[::-1] + after


texts = small_text | mixed_text | with_palindrome()


@given(texts | any_text)
def test_returns_a_list_of_str(solution, s):
    """the result is a list of strings"""
    got = solution(s)
    assert type(got) is list, f"expected a list, got {type_name(got)}"
    wrong = [item for item in got if type(item) is not str]
    assert not wrong, f"every entry must be a str, got {wrong[0]!r}"


@given(texts)
def test_every_entry_is_a_palindromic_substring(solution, s):
    """every entry is a non-empty palindrome found in s"""
    for item in solution(s):
        assert item, "the empty string is not an entry"
        assert item == item[::-1], f"{item!r} is not a palindrome"
        assert item in s, f"{item!r} is not a substring of s"


@given(texts)
def test_each_character_once_on_its_own(solution, s):
    """each character of s appears once as a palindrome of length 1"""
    singles = Counter(item for item in solution(s) if len(item) == 1)
    assert singles == Counter(s), "the length-1 entries must be exactly the characters of s"


@given(texts)
def test_one_entry_per_occurrence(solution, s):
    """each palindrome is listed as many times as it occurs in s"""
    for item, count in Counter(solution(s)).items():
        occurrences = sum(s.startswith(item, i) for i in range(len(s)))
        assert count == occurrences, f"{item!r} occurs {occurrences} times in s, listed {count}"


@given(st.sampled_from("ab😀"), st.integers(0, 30))
def test_run_of_one_letter(solution, letter, k):
    """a run of k equal letters has k(k + 1) / 2 palindromic substrings"""
    got = solution(letter * k)
    assert len(got) == k * (k + 1) // 2, f"expected {k * (k + 1) // 2} entries, got {len(got)}"


@given(texts | any_text)
def test_matches_reference(solution, s):
    """the answer is every palindromic (start, end) pair of s, in any order"""
    solution.check(s)
