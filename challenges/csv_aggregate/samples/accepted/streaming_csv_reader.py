# A dict of running totals, fed one row at a time: memory grows with the number of distinct
# IDs, not with the file. Too many distinct IDs for the stretch tier's budget, though.
# expect-tier: Memory: many IDs (stretch) = MLE
# complexity: O(n)
import csv


def aggregate_quantities(csv_path: str, out_path: str) -> None:
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)  # the header
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
