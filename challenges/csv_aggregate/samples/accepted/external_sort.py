# External merge sort: sum chunks of the file in a small dict, write each chunk's totals
# sorted by ID to a run file, then merge the sorted runs and add up equal neighbours.
# expect-tier: Memory: many IDs (stretch) = AC
# complexity: O(n log n)
# complexity note: reading is O(n); sorting the n/16 distinct IDs (one run below 80,000 rows;
#   beyond, a heap merge of up to n/5000 runs) adds the log factor, small beside the CSV parsing
import csv
import heapq
import itertools
import os
import tempfile

CHUNK_IDS = 5000


def _write_run(totals, folder, runs):
    path = os.path.join(folder, f"run{len(runs)}.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(sorted(totals.items()))
    runs.append(path)


def _read_run(path):
    with open(path, newline="", encoding="utf-8") as f:
        for ident, total in csv.reader(f):
            yield ident, int(total)


def aggregate_quantities(csv_path, out_path):
    folder = tempfile.mkdtemp(dir=os.path.dirname(os.path.abspath(out_path)))
    runs = []
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
            if len(totals) >= CHUNK_IDS:
                _write_run(totals, folder, runs)
                totals = {}
    if totals or not runs:
        _write_run(totals, folder, runs)
    merged = heapq.merge(*(_read_run(path) for path in runs), key=lambda pair: pair[0])
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        for ident, group in itertools.groupby(merged, key=lambda pair: pair[0]):
            out.writerow((ident, sum(total for _, total in group)))
    for path in runs:
        os.remove(path)
    os.rmdir(folder)
