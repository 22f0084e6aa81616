def aggregate_quantities(csv_path: str, out_path: str) -> None:
    """Read the CSV file at csv_path (header ID,Quantity) and write to out_path a CSV file
    with the header ID,Quantity and one row per distinct ID holding the sum of its
    quantities, in any order. The input may be far larger than the memory you may use."""
    raise NotImplementedError("write your solution here")
