print(sum(x for x in range(5)))
print(''.join(c.upper() for c in 'abc'))
print(list(map(str, (i for i in range(3)))))
print(sorted((len(w), w) for w in 'the quick brown fox'.split()))
