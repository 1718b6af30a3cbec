def check(v):
    assert isinstance(v, int) and v > 0, f"bad value {v}"

check(5)
check(-3)
