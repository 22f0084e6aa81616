# readlines() keeps every line of the file in a list (the csv module can parse that list,
# quoted line breaks included): correct, but far over the memory budget.
import csv


def aggregate_quantities(csv_path, out_path):
    with open(csv_path, newline="", encoding="utf-8") as f:
        lines = f.readlines()
    rows = csv.reader(lines)
    next(rows)
    totals = {}
    for ident, quantity in rows:
        totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
