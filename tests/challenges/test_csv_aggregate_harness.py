"""csv-aggregate's harness (challenges/csv_aggregate/harness.py): the two paths a call gets,
and how out.csv is read back. Every way an output can break the promised CSV is a
ValueError with a sentence for the learner (the worker reports it as a wrong answer)."""

import hashlib

import pytest

from judge.challenge.catalog import find_challenge
from judge.challenge.code import import_file

HEADER = "ID,Quantity\r\n"


@pytest.fixture(scope="module")
def harness():
    return import_file(find_challenge("csv-aggregate").harness_file, "test_csv_aggregate_harness")


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out.csv"


def read_back(harness, out, content: bytes | str) -> list:
    out.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return harness.collect(None, ("unused", str(out)), out.parent)


def test_rows_come_back_as_id_and_integer(harness, out):
    rows = read_back(harness, out, HEADER + 'b,-7\r\n"a,""x""",42\r\n"",1\r\n')
    assert rows == [["b", -7], ['a,"x"', 42], ["", 1]]
    assert read_back(harness, out, "ID,Quantity\n") == []  # no rows: an empty aggregate


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "out.csv is empty: it must start with the header row ID,Quantity"),
        (
            "id,quantity\n",
            "the first row of out.csv is ['id', 'quantity'], not the header ['ID', 'Quantity']",
        ),
        ("\ufeffID,Quantity\n", "(it starts with a byte-order mark: write plain 'utf-8'"),
        ("\n", "the first row of out.csv is [], not the header"),
        (HEADER + "a,1\r\n\r\n", "row 3 of out.csv is blank; every row must be ID,Quantity"),
        (HEADER + "a,1,2\r\n", "row 2 of out.csv has 3 fields ['a', '1', '2']"),
        (HEADER + "a\r\n", "row 2 of out.csv has 1 fields ['a']"),
        (HEADER + "a,1.5\r\n", "row 2 of out.csv: the quantity '1.5' (ID 'a') is not a decimal"),
        (HEADER + "a,1_000\r\n", "the quantity '1_000' (ID 'a') is not a decimal integer"),
        (HEADER + "a, 7\r\n", "the quantity ' 7' (ID 'a') is not a decimal integer"),
        (HEADER + "a,\u0663\r\n", "the quantity '\u0663' (ID 'a')"),  # int() would take it
        (HEADER + "a,\r\n", "the quantity '' (ID 'a') is not a decimal integer such as 42 or -7"),
        (HEADER + '"a"b,1\r\n', "out.csv is not valid CSV: ',' expected after '\"'"),
        (HEADER + 'a,"1\r\n', "out.csv is not valid CSV: unexpected end of data"),
        (b"ID,Quantity\na,\xff\n", "out.csv is not valid UTF-8 (invalid start byte at byte 14)"),
    ],
)
def test_every_broken_output_is_one_sentence(harness, out, content, message):
    with pytest.raises(ValueError) as caught:
        read_back(harness, out, content)
    assert message in str(caught.value)


def test_a_long_field_is_quoted_back_shortened(harness, out):
    with pytest.raises(ValueError) as caught:
        read_back(harness, out, HEADER + "x" * 500 + ",one\r\n")
    assert f"(ID '{'x' * 60}...')" in str(caught.value)
    assert len(str(caught.value)) < 200


def test_a_missing_output_or_a_folder_in_its_place(harness, out):
    with pytest.raises(ValueError, match=r"out\.csv was not written: the function must create"):
        harness.collect(None, ("in", str(out)), out.parent)
    out.mkdir()
    with pytest.raises(ValueError, match=r"out\.csv is not a file: out_path must be a CSV file"):
        harness.collect(None, ("in", str(out)), out.parent)


def test_a_large_output_is_a_count_and_an_order_free_fingerprint(harness, out):
    listed = [f"id{i},{i}\r\n" for i in range(harness.LISTED_ROWS)]
    assert len(read_back(harness, out, HEADER + "".join(listed))) == harness.LISTED_ROWS
    rows = [*listed, "last,-1\r\n"]
    (summary,) = read_back(harness, out, HEADER + "".join(rows))
    assert summary.startswith(f"{harness.LISTED_ROWS + 1} rows, fingerprint ")
    assert read_back(harness, out, HEADER + "".join(reversed(rows))) == [summary]
    repeated = read_back(harness, out, HEADER + "".join([*rows[:-1], rows[0]]))
    assert repeated != [summary]  # the same count, another multiset


def test_build_args_writes_the_exact_text_and_clears_an_old_output(harness, tmp_path):
    (tmp_path / "out.csv").mkdir()  # whatever an earlier call left there
    (tmp_path / "out.csv" / "junk").write_text("x")
    source, target = harness.build_args(["ID,Quantity\r\na,1\n"], tmp_path)
    assert source == str(tmp_path / "input.csv") and target == str(tmp_path / "out.csv")
    assert (tmp_path / "input.csv").read_bytes() == b"ID,Quantity\r\na,1\n"  # no translation
    assert not (tmp_path / "out.csv").exists()
    (tmp_path / "out.csv").write_text("old")
    source, _ = harness.build_args([{"file": "big.csv"}], tmp_path)  # a staged large input
    assert source == str(tmp_path / "big.csv") and not (tmp_path / "out.csv").exists()


def test_observe_hashes_the_input_and_notices_it_gone(harness, tmp_path):
    source = tmp_path / "input.csv"
    source.write_bytes(b"ID,Quantity\n")
    assert harness.observe((str(source), "out")) == hashlib.sha256(b"ID,Quantity\n").hexdigest()
    source.unlink()
    assert harness.observe((str(source), "out")) == (
        "the input file can no longer be read (FileNotFoundError)"
    )


def test_describe_shows_the_exact_text_or_names_the_large_file(harness):
    assert harness.describe(['ID,Quantity\r\n"a",1\n']) == repr('ID,Quantity\r\n"a",1\n')
    assert harness.describe([{"file": "n100000.csv"}]) == "the large file n100000.csv"
