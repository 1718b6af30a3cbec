# returning multiple values as a tuple
def minmax(lst):
    return min(lst), max(lst)
print(minmax([3, 1, 4, 1, 5]))
lo, hi = minmax([9, 2, 7])
print(lo, hi)
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r)
def three():
    return 1, 'two', [3]
t = three()
print(t, type(t).__name__, len(t))
a, b, c = three()
print(c)
def single():
    return 5,
print(single())
