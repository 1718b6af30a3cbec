print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('bca', reverse=True), sorted([3, 1, 2], key=lambda x: -x))
pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(min([3, 1, 2]), max('abc'), min([], default=0), max([1, 5, 3], key=lambda x: -x), min(1, 2, 3, key=abs))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([], [], default=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(zip('ab', range(3))), list(zip()), list(zip('a', 'b', 'c')))
try:
    list(zip('ab', range(3), strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(enumerate('ab', 1)), list(enumerate('ab', start=-1)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
print(abs(-3), abs(-3.5), abs(3 + 4j), divmod(17, 5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(round(3.14159, 2), round(-0.5), round(1.5), all([]), any([]), all([1, 0]), any([0, 1]))
print(chr(65), ord('A'), chr(0x1F600) == '\U0001F600', hex(255), oct(8), bin(5))
print(isinstance(1, (str, int)), issubclass(bool, int), callable(print), hasattr([], 'append'))
print(len('héllo'), len(b'abc'), len([1, [2, 3]]), len({'a': 1}), len(range(0, 10, 3)))
print(repr('a\nb'), str(b'x'), ascii('ñ'), format(3.14159, '.2f'), format('x', '>3'))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
print(list(iter(lambda c=[0]: c.__setitem__(0, c[0] + 1) or c[0], 4)))
print(id(1) == id(1), hash('a') == hash('a'), type(id(object())).__name__)
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])), list(map(str, range(3))))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
