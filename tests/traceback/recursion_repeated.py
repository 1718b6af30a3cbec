# deep recursion: CPython prints 3 identical frames, then "[Previous line repeated N more times]"
def down(n):
    return down(n + 1)


def outer():
    return down(0)


outer()
