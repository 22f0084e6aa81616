# Forgets to write the header row ID,Quantity to the output.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(totals.items())
