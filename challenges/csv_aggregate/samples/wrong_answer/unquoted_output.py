# Reads correctly but writes the output by hand, without quoting: an ID with a comma
# becomes two fields.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("ID,Quantity\n")
        for ident, total in totals.items():
            f.write(f"{ident},{total}\n")
