def key(x):
    return key(x)
try:
    sorted([3, 1, 2], key=key)
except RecursionError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=lambda v: -v))
