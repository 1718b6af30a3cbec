calls = []
def f(x):
    calls.append(x); return x
g = (f(x) for x in range(3))
print(calls)
first = next(g)
print(first, calls)
l = [f(x) for x in range(3)]
print(calls)
