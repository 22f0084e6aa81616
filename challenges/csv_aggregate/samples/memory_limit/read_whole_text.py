# Reads the whole file into one string, then parses it: correct, but the string alone is
# several times the memory budget.
import csv
import io


def aggregate_quantities(csv_path, out_path):
    with open(csv_path, newline="", encoding="utf-8") as f:
        text = f.read()
    rows = csv.reader(io.StringIO(text, newline=""))
    next(rows)
    totals = {}
    for ident, quantity in rows:
        totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
