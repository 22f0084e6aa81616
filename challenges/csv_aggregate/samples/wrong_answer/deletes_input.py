# Right totals, but it removes the input file when done: the input must be left as it is.
import csv
import os


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    os.remove(csv_path)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
