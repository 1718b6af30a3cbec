# any / all short-circuit
print(any([]), all([]))
print(any([0, '', None]), all([1, 'a', [0]]))
print(any(x > 5 for x in range(10)))
print(all(x < 5 for x in range(10)))
def check(x):
    print('checking', x)
    return x
print(any(check(x) for x in [0, 1, 2]))
print(all(check(x) for x in [1, 0, 2]))
print(all(isinstance(x, int) for x in [1, True, 2]))
print(any('a' in w for w in ['xyz', 'cat']))
