# Parses lines by hand: the last comma separates ID and quantity. Quoted IDs keep their
# quotes (and "" stays doubled), so '"Widget, large"' is not the ID Widget, large.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        next(f)
        for line in f:
            ident, quantity = line.rstrip("\r\n").rsplit(",", 1)
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
