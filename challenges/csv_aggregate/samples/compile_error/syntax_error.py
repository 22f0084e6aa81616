import csv


def aggregate_quantities(csv_path, out_path)
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        for ident, quantity in csv.reader(f):
            totals[ident] = totals.get(ident, 0) + int(quantity)
