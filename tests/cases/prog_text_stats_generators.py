text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick end"""
def words(t):
    for line in t.splitlines():
        for w in line.split():
            yield w.strip('.,').lower()
from collections import Counter
c = Counter(words(text))
print(c.most_common(3), len(c), sum(c.values()))
lengths = {}
for w in words(text):
    lengths.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
print(max(words(text), key=len), sorted(set(words(text)))[:5])
print([line.strip()[:10] for line in text.splitlines()], text.count('the'))
