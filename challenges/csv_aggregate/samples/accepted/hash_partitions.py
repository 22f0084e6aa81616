# Always partition: every row goes to one of 32 temporary files chosen by hash(ID), so all
# rows of an ID share a file; each file is then summed on its own with a small dict.
# expect-tier: Memory: many IDs (stretch) = AC
# complexity: O(n)
import csv
import os
import tempfile

PARTS = 32


def aggregate_quantities(csv_path: str, out_path: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, f"part{i}.csv") for i in range(PARTS)]
        files = [open(p, "w", newline="", encoding="utf-8") for p in paths]
        writers = [csv.writer(f) for f in files]
        with open(csv_path, newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            next(rows)
            for ident, quantity in rows:
                writers[hash(ident) % PARTS].writerow((ident, quantity))
        for f in files:
            f.close()
        with open(out_path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["ID", "Quantity"])
            for path in paths:
                totals = {}
                with open(path, newline="", encoding="utf-8") as part:
                    for ident, quantity in csv.reader(part):
                        totals[ident] = totals.get(ident, 0) + int(quantity)
                out.writerows(totals.items())
