# grouping and counting with dicts
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {w: len(w) for w in words}
print(max(lengths, key=lengths.get), min(lengths.values()))
by_len = {}
for w in words:
    by_len[len(w)] = by_len.get(len(w), 0) + 1
print(dict(sorted(by_len.items())))
inverted = {}
for k, v in lengths.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: v for k, v in sorted(lengths.items(), key=lambda kv: (-kv[1], kv[0]))[:3]})
