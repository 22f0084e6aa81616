# Plainly written with DictReader/DictWriter (a dict per row: slower, same complexity).
# expect-tier: Memory: many IDs (stretch) = MLE
# complexity: O(n)
import csv
from collections import defaultdict


def aggregate_quantities(csv_path, out_path):
    totals = defaultdict(int)
    with open(csv_path, newline="", encoding="utf-8") as source:
        for record in csv.DictReader(source):
            totals[record["ID"]] += int(record["Quantity"])
    with open(out_path, "w", newline="", encoding="utf-8") as target:
        writer = csv.DictWriter(target, fieldnames=["ID", "Quantity"])
        writer.writeheader()
        for ident in totals:
            writer.writerow({"ID": ident, "Quantity": totals[ident]})
