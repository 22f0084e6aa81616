# complexity: O(n^2)
# complexity note: O(rows x distinct IDs) with n/16 distinct IDs (challenge.toml ids_per_row)
# Saves memory the slow way: for every new ID, read the whole file again to add up its
# quantities. O(rows x distinct IDs) time.
import csv


def _total(csv_path, wanted):
    total = 0
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for ident, quantity in rows:
            if ident == wanted:
                total += int(quantity)
    return total


def aggregate_quantities(csv_path, out_path):
    done = set()
    with open(out_path, "w", newline="", encoding="utf-8") as target:
        out = csv.writer(target)
        out.writerow(["ID", "Quantity"])
        with open(csv_path, newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            next(rows)
            for ident, _ in rows:
                if ident not in done:
                    done.add(ident)
                    out.writerow((ident, _total(csv_path, ident)))
