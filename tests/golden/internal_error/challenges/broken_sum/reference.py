def add(a: int, b: int) -> int:
    raise RuntimeError("this reference is broken on purpose")  # the package's bug
