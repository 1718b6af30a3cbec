from collections import Counter, defaultdict
words = 'a b a c b a'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
c = Counter()
for w in words: c[w] += 1
dd = defaultdict(list)
for i, w in enumerate(words): dd[w] += [i]
print(counts, dict(c), dict(dd))
