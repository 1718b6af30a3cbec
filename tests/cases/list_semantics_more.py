a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98)
print(a, a.pop(), a.pop(0), a.index(2), a.count(1), len(a))
a.remove(98); a.reverse(); print(a)
a.sort(); print(a)
a.sort(key=lambda x: -x); print(a)
a[1:3] = ['x', 'y', 'z']; print(a)
a[::2] = [0] * len(a[::2]); print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del a[::3]; print(a)
b = a[:]; b.clear(); print(a != b, b)
print([1, 2] + [3], [0] * 3, [[0]] * 2, 2 * [1], [1, 2] < [1, 3], [1, 2] == [1, 2.0], [] < [0])
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError', e)
try:
    [1].index(2)
except ValueError as e:
    print('ValueError', e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError', e)
l = [1, 2, 3]
l[5:] = [9]; print(l)
l[-100:1] = ['start']; print(l)
print(l[-1], l[-len(l)], l[1:-1], l[::-2], list(range(10))[2:8:3])
try:
    l[10]
except IndexError as e:
    print('IndexError', e)
l2 = [1, 2, 3, 4]
for x in l2:
    if x == 2:
        l2.remove(x)
print(l2)
print(sorted([5, 2, 8], reverse=True), list(reversed([1, 2])), [1, 2, 3][::-1], max([[1, 2], [1, 3]]))
l3 = [1]; l3 += 'ab'; print(l3)
try:
    l3 = l3 + 'cd'
except TypeError as e:
    print('TypeError', e)
x = [1, 2]; y = x; x += [3]; print(y)
x = [1, 2]; y = x; x = x + [3]; print(y)
print([i for i in range(3)].copy(), list('abc'), list({'a': 1}), list((1, 2)), list(range(3)))
print(sorted([[2, 'b'], [1, 'a'], [2, 'a']]), [0.1, 0.2].index(0.2), 1 in [1.0], [None].count(None))
