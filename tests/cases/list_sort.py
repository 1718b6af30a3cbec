# sorting lists
l = [5, 3, 8, 1, 9, 2]
l.sort()
print(l)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
print(sorted([3, 1, 2], reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
stable = sorted(['bb', 'a', 'cc', 'd', 'ee'], key=len)
print(stable)
print(sorted('hello'))
print(sorted([]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
