calls = []
def k(x):
    calls.append(x); return x
d = {'a': 1}
d[k('a')] += 10
lst = [1, 2, 3]
lst[k(0)] -= 5
lst[k(1):k(2)] += [9, 9]
print(d, lst, calls)
