"""Examples and properties of is_palindrome."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

EXAMPLES = [
    Example(("",), True, "the empty string is a palindrome"),
    Example(("x",), True, "a single character"),
    Example(("é",), True, "a single non-ASCII character"),
    Example(("aa",), True, "even length, two characters"),
    Example(("ab",), False, "two different characters"),
    Example(("aba",), True, "odd length, three characters"),
    Example(("abba",), True, "even length"),
    Example(("racecar",), True, "odd length: the middle character mirrors itself"),
    Example(("abca",), False, "even length: only the inner pair differs"),
    Example(("abcda",), False, "odd length: only the inner pair differs"),
    Example(("abcdba",), False, "even length: only the innermost pair differs"),
    Example(("abab",), False, "the ends differ"),
    Example(("aab",), False, "odd length, not a palindrome"),
    Example(("Aa",), False, "case-sensitive: A and a differ"),
    Example(("Racecar",), False, "case-sensitive: R and r differ"),
    Example(("AbBA",), False, "case-sensitive inside the word"),
    Example(("race car",), False, "the space counts: the reverse is 'rac ecar'"),
    Example(("A man, a plan, a canal: Panama",), False, "no cleaning: spaces, commas, case"),
    Example(("a b a",), True, "spaces in mirrored places"),
    Example(("!?!",), True, "punctuation is compared like letters"),
    Example((" ",), True, "a single space"),
    Example(("ab ",), False, "a trailing space counts"),
    Example(("12321",), True, "digits"),
    Example(("e\u0301",), False, "e then a combining accent: two different code points"),
    Example(("e\u0301e",), True, "e, combining accent, e: a palindrome by code points"),
    Example(("\u00e9e\u0301",), False, "composed é vs e + combining accent: no normalisation"),
    Example(("😀😀",), True, "emoji are single characters"),
    Example(("😀🙃",), False, "two different emoji"),
    Example(("ab😀ba",), True, "an emoji in the middle"),
    Example(("👍🏽",), False, "a thumb and a skin-tone modifier are two code points"),
    Example(("ééa",), False, "non-ASCII letters, not a palindrome"),
]

# A few characters, so that palindromes and near misses come up often.
FEW = st.sampled_from(["a", "b", "A", " ", ",", "é", "\u0301", "😀"])
small_words = st.lists(FEW, max_size=12).map("".join)
any_words = st.text(max_size=20)


@st.composite
def palindromes(draw, chars=small_words):
    half = draw(chars)
    middle = draw(st.sampled_from(["", *"ab😀"]))
    return half + middle + half[::-1]


@given(any_words)
def test_returns_a_bool(solution, word):
    """the result is a bool (True or False, not 1, 0 or a string)"""
    got = solution(word)
    assert type(got) is bool, f"expected a bool, got {type_name(got)}"


@given(palindromes(small_words) | palindromes(any_words))
def test_palindromes_are_accepted(solution, word):
    """a word followed by its mirror image is a palindrome"""
    assert solution(word) is True, "this word is its own reverse, yet you answered False"


@given(palindromes(), st.data())
def test_one_changed_character_breaks_it(solution, word, data):
    """changing one character of a palindrome (not the middle one) breaks it"""
    if len(word) < 2:
        return
    mirrored = [i for i in range(len(word)) if 2 * i != len(word) - 1]
    i = data.draw(st.sampled_from(mirrored))
    other = data.draw(st.sampled_from([c for c in "aAbé😀 ," if c != word[i]]))
    changed = word[:i] + other + word[i + 1 :]
    assert solution(changed) is False, "one character differs from its mirror, yet you said True"


@given(small_words)
def test_same_answer_for_the_reverse(solution, word):
    """a word and its reverse get the same answer"""
    assert solution(word) == solution(word[::-1]), "different answers for a word and its reverse"


@given(small_words | any_words)
def test_matches_reference(solution, word):
    """the answer is True exactly when the word equals its reverse"""
    solution.check(word)
