# Opens the input without newline="": Python then turns the CRLF inside a quoted ID into LF,
# so "two\r\nlines" and "two\nlines" merge into one ID.
import csv


def aggregate_quantities(csv_path, out_path):
    totals = {}
    with open(csv_path, encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            totals[ident] = totals.get(ident, 0) + int(quantity)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ID", "Quantity"])
        out.writerows(totals.items())
