"""Hash aggregation that spills to disk: streaming, with memory bounded by a constant.

Rows are read one at a time with the csv module (which handles quoting: commas, doubled
quotes and line breaks inside IDs) and summed in a dict. While the dict holds at most
MAX_IDS_IN_MEMORY distinct IDs that is all there is to it. When it grows past that, its
partial sums are spilled to FAN_OUT partition files chosen by a hash of the ID, and the dict
starts afresh. Every partial sum of one ID lands in the same partition, so at the end each
partition (about 1/FAN_OUT of the distinct IDs) is summed on its own, the same way; one
that is still too large is re-partitioned with a differently salted hash.

Time: O(n) expected for n rows (a spilled partial sum is written and read back once per
spill level, and the levels are few). Extra memory: O(MAX_IDS_IN_MEMORY + FAN_OUT),
whatever the size of the file and its number of distinct IDs.
"""

import contextlib
import csv
import os
import tempfile

MAX_IDS_IN_MEMORY = 5_000  # about 1 MB of dict; more distinct IDs than this spill to disk
FAN_OUT = 64  # partition files per spill (each with its own small write buffer)


def aggregate_quantities(csv_path: str, out_path: str) -> None:
    out_folder = os.path.dirname(os.path.abspath(out_path))
    with (
        open(out_path, "w", encoding="utf-8", newline="") as out_file,
        tempfile.TemporaryDirectory(dir=out_folder, prefix="spill-") as spill_folder,
    ):
        out = csv.writer(out_file)
        out.writerow(["ID", "Quantity"])
        # Files still to sum: (path, whether it starts with a header, spill level). The
        # input is level 0; partitions spilled while summing a level-k file are level k + 1.
        pending = [(csv_path, True, 0)]
        while pending:
            path, has_header, level = pending.pop()
            with open(path, encoding="utf-8", newline="") as handle:
                rows = csv.reader(handle)
                if has_header:
                    next(rows, None)
                pending.extend(
                    (part, False, level + 1) for part in _sum(rows, out, spill_folder, level)
                )
            if path != csv_path:
                os.remove(path)  # a partition is read once, then no longer needed


def _sum(rows, out, spill_folder: str, level: int) -> list[str]:
    """Sum `rows` of (ID, quantity). If the distinct IDs fit in memory, write the totals to
    `out` and return []; otherwise spill partial sums and return the partition files."""
    totals: dict[str, int] = {}
    with contextlib.ExitStack() as files:  # closes the partitions before they are read
        partitions = None
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
            if len(totals) > MAX_IDS_IN_MEMORY:
                partitions = partitions or _Partitions(files, spill_folder, level)
                partitions.spill(totals)
                totals = {}
        if partitions is None:
            out.writerows(totals.items())
            return []
        partitions.spill(totals)
        return partitions.paths


class _Partitions:
    """FAN_OUT csv files of (ID, partial sum); an ID always goes to the same one."""

    def __init__(self, files: contextlib.ExitStack, folder: str, level: int) -> None:
        self.level = level
        self.paths, self.writers = [], []
        for _ in range(FAN_OUT):
            fd, path = tempfile.mkstemp(dir=folder, suffix=".csv")  # a fresh, unique name
            handle = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
            files.enter_context(handle)  # closed by the caller's ExitStack
            self.paths.append(path)
            self.writers.append(csv.writer(handle))

    def spill(self, totals: dict[str, int]) -> None:
        for ident, total in totals.items():
            # Salting the hash with the level splits an oversized partition differently
            # from the level that made it.
            self.writers[hash((self.level, ident)) % FAN_OUT].writerow((ident, total))
