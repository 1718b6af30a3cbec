# basic list methods
l = [3, 1, 2]
l.append(4)
print(l)
print(l.pop(), l)
print(l.pop(0), l)
l.insert(0, 9)
l.insert(100, 8)
l.insert(-1, 7)
print(l)
l.extend([5, 6])
l.extend('ab')
print(l)
print(l.index(2), l.index('a'))
try:
    l.index(42)
except ValueError as e:
    print('ValueError:', e)
l.remove('a')
print(l)
n = [5, 2, 8, 1]
n.sort()
print(n)
n.reverse()
print(n)
n.sort(reverse=True)
print(n)
c = n.copy()
c.clear()
print(c, n)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
print(l.append(0))
