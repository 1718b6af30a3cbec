def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return [inc for _ in range(3)]
fs = make()
print([f() for f in fs])
