# Returns early when there are no rows, so no output file is written at all.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    if not totals:
        return
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
