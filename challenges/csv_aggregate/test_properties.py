"""Examples and properties of aggregate_quantities.

A call's data is the input file's exact text; the harness writes it to input.csv, calls
aggregate_quantities(input.csv, out.csv) and reads out.csv back as [[id, quantity], ...]
(compared in any order). The tests below build CSV texts from rows they generate, so they
know the answer independently of the reference.
"""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

H = "ID,Quantity\r\n"

EXAMPLES = [
    Example((H + "A,3\r\nB,2\r\nA,4\r\n",), [["A", 7], ["B", 2]], "the basic case"),
    Example((H,), [], "a header and no rows: the output is the header alone"),
    Example(("ID,Quantity",), [], "a header alone, without a final line break"),
    Example(
        (H + "A,-5\r\nB,-1\r\nA,2\r\n",),
        [["A", -3], ["B", -1]],
        "negative quantities",
    ),
    Example((H + "A,5\r\nA,-5\r\n",), [["A", 0]], "a total of zero still gets its row"),
    Example(("ID,Quantity\nA,1\nB,2\nA,1",), [["A", 2], ["B", 2]], "LF line endings, no final one"),
    Example(
        (H + '"Widget, large",2\r\nA,1\r\n"Widget, large",3\r\n',),
        [["Widget, large", 5], ["A", 1]],
        "an ID with a comma, quoted",
    ),
    Example(
        (H + '"Widget, large",2\r\n"Widget, large",3\r\n',),
        [["Widget, large", 5]],
        "a comma inside a quoted ID (the statement's example)",
    ),
    Example(
        (H + '"Bolt ""M8""",1\r\n"""",2\r\n',),
        [['Bolt "M8"', 1], ['"', 2]],
        "IDs with double quotes, escaped as two",
    ),
    Example(
        (H + '"Bolt ""M8""",1\r\n',),
        [['Bolt "M8"', 1]],
        "quotes inside an ID (the statement's example)",
    ),
    Example(
        (H + 'A,1\r\n"A",2\r\n"A","4"\r\n',),
        [["A", 7]],
        "the same ID quoted and unquoted, and a quoted quantity",
    ),
    Example(
        ('"ID","Quantity"\r\n"x","1"\r\n"y","-2"\r\n',),
        [["x", 1], ["y", -2]],
        "every field quoted, the header too",
    ),
    Example(
        (H + '"two\r\nlines",4\r\n"two\nlines",1\r\n"two\r\nlines",1\r\n',),
        [["two\r\nlines", 5], ["two\nlines", 1]],
        "line breaks inside IDs are kept exactly: CRLF and LF are different IDs",
    ),
    Example(
        (H + '"two\r\nlines",4\r\n"two\nlines",1\r\n',),
        [["two\r\nlines", 4], ["two\nlines", 1]],
        "CRLF and LF inside IDs differ (the statement's example)",
    ),
    Example(
        (H + '"cr\ronly",2\r\n',),
        [["cr\ronly", 2]],
        "a lone carriage return inside an ID",
    ),
    Example(
        (H + " A ,1\r\nA,2\r\n A,4\r\n",),
        [[" A ", 1], ["A", 2], [" A", 4]],
        "spaces are part of the ID",
    ),
    Example(
        (H + " A ,1\r\nA,2\r\n",),
        [[" A ", 1], ["A", 2]],
        "spaces are part of the ID (the statement's example)",
    ),
    Example((H + "a,1\r\nA,2\r\n",), [["a", 1], ["A", 2]], "IDs are case-sensitive"),
    Example(
        (H + "café,2\r\n日本,3\r\n🙂,1\r\ncafé,1\r\n",),
        [["café", 3], ["日本", 3], ["🙂", 1]],
        "non-ASCII IDs (the file is UTF-8)",
    ),
    Example(
        (H + "ID,4\r\nQuantity,1\r\nID,1\r\n",),
        [["ID", 5], ["Quantity", 1]],
        "only the first line is the header: later rows named ID are data",
    ),
    Example(
        (H + "A,100000000000000000000\r\nA,100000000000000000001\r\nB,-99999999999999999999\r\n",),
        [["A", 200000000000000000001], ["B", -99999999999999999999]],
        "quantities beyond 64 bits (exact integers, not floats)",
    ),
    Example(
        (H + "A,100000000000000000000\r\nA,1\r\n",),
        [["A", 100000000000000000001]],
        "beyond 64 bits (the statement's example)",
    ),
    Example(
        (H + "A,0\r\n",),
        [["A", 0]],
        "a single row with quantity zero",
    ),
]

# -- generated files ---------------------------------------------------------------------
# IDs from an alphabet with every character that needs care in CSV.
ID_ALPHABET = 'aZ7 ,"\r\n\té日🙂'
NEEDS_QUOTES = (",", '"', "\r", "\n")

ids = st.text(alphabet=ID_ALPHABET, min_size=1, max_size=5)
quantities = st.one_of(st.integers(-50, 50), st.integers(-(10**20), 10**20))


@st.composite
def tables(draw, min_rows=0, max_rows=12):
    """Rows (id, quantity) drawn from a small pool of IDs, so that IDs repeat."""
    pool = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    return draw(
        st.lists(st.tuples(st.sampled_from(pool), quantities), min_size=min_rows, max_size=max_rows)
    )


def field(value: str, quote: bool) -> str:
    if quote or any(c in value for c in NEEDS_QUOTES):
        return '"' + value.replace('"', '""') + '"'
    return value


def render(rows, newline="\r\n", quoted=(), final_newline=True, quote_header=False) -> str:
    """The CSV text of `rows`; fields whose position is in `quoted` are quoted even when
    they need not be (positions 2*i and 2*i+1 are row i's ID and quantity)."""
    header = '"ID","Quantity"' if quote_header else "ID,Quantity"
    lines = [header] + [
        field(ident, 2 * i in quoted) + "," + field(str(quantity), 2 * i + 1 in quoted)
        for i, (ident, quantity) in enumerate(rows)
    ]
    return newline.join(lines) + (newline if final_newline else "")


@st.composite
def files(draw, min_rows=0, max_rows=12):
    """(rows, csv text): any line ending, any extra quoting, with or without a final break."""
    rows = draw(tables(min_rows, max_rows))
    mask = draw(st.integers(0, (1 << (2 * len(rows))) - 1))  # which fields get extra quotes
    text = render(
        rows,
        newline=draw(st.sampled_from(["\r\n", "\n"])),
        quoted={i for i in range(2 * len(rows)) if mask >> i & 1},
        final_newline=draw(st.sampled_from([True, False])),  # shrinks to the usual case
        quote_header=draw(st.sampled_from([False, True])),
    )
    return rows, text


def as_pairs(got) -> list:
    return [tuple(row) for row in got]


# -- properties --------------------------------------------------------------------------
@given(files())
def test_matches_reference(solution, case):
    """each distinct ID gets one row with the sum of its quantities"""
    _, text = case
    solution.check(text)


@given(files())
def test_one_row_per_distinct_id(solution, case):
    """the output has exactly one row per distinct ID of the input, IDs kept exactly"""
    rows, text = case
    got = Counter(ident for ident, _ in as_pairs(solution(text)))
    repeated = sorted(ident for ident, count in got.items() if count > 1)
    assert not repeated, f"these IDs have more than one row: {repeated!r}"
    expected = {ident for ident, _ in rows}
    assert set(got) == expected, (
        f"IDs missing from the output: {sorted(expected - set(got))!r}; "
        f"IDs that are not in the input: {sorted(set(got) - expected)!r}"
    )


@given(files(min_rows=1))
def test_sums_every_quantity(solution, case):
    """the quantities of the output add up to the sum of all input quantities"""
    rows, text = case
    got = sum(quantity for _, quantity in as_pairs(solution(text)))
    expected = sum(quantity for _, quantity in rows)
    assert got == expected, f"the output's quantities add up to {got}, the input's to {expected}"


@given(st.sampled_from(["\r\n", "\n"]), st.sampled_from([True, False]), st.booleans())
def test_header_only(solution, newline, final_newline, quote_header):
    """a file with a header and no rows gives a header-only output"""
    text = render([], newline=newline, final_newline=final_newline, quote_header=quote_header)
    solution.check(text, expected=[])


@given(tables(min_rows=1), st.randoms(use_true_random=False))
def test_row_order_does_not_matter(solution, rows, rng):
    """shuffling the input's rows does not change the totals"""
    shuffled = list(rows)
    rng.shuffle(shuffled)
    first = Counter(as_pairs(solution(render(rows))))
    second = Counter(as_pairs(solution(render(shuffled))))
    assert first == second, "the same rows in another order gave other totals"


@given(tables(min_rows=1))
def test_quoting_does_not_matter(solution, rows):
    """quoting a field that need not be quoted does not change it"""
    everything = range(2 * len(rows))
    plain = Counter(as_pairs(solution(render(rows))))
    quoted = Counter(as_pairs(solution(render(rows, quoted=everything, quote_header=True))))
    assert plain == quoted, "the same rows with every field quoted gave other totals"
