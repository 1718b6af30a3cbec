seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(40):
    a = set(rnd(200) - 50 for _ in range(rnd(30)))
    b = set(rnd(200) * 7 for _ in range(rnd(30)))
    c = [rnd(100) for _ in range(rnd(20))]
    out.append(repr(a)); out.append(repr(b))
    out.append(repr(a | b)); out.append(repr(a & b)); out.append(repr(a - b)); out.append(repr(b - a)); out.append(repr(a ^ b))
    out.append(repr(a.union(c))); out.append(repr(a.intersection(c))); out.append(repr(a.difference(c))); out.append(repr(a.symmetric_difference(c)))
    d = set(a)
    for _ in range(rnd(10)):
        op = rnd(5)
        if op == 0: d.add(rnd(300))
        elif op == 1: d.discard(rnd(300))
        elif op == 2 and d: out.append(repr(d.pop()))
        elif op == 3: d |= set(c)
        else: d -= set(c[:3])
    out.append(repr(d)); out.append(repr(frozenset(d))); out.append(repr(hash(frozenset(d))))
    e = {k: k * 2 for k in c}
    out.append(repr(e.keys() & a)); out.append(repr(e.keys() | b)); out.append(repr(e.keys() - a)); out.append(repr(e.keys() ^ a))
    out.append(repr(set(e))); out.append(repr(set(e.items())) if len(e) < 5 else '')
    f = set(range(rnd(60)))
    f.difference_update(range(0, 60, 3)); out.append(repr(f))
    f.intersection_update(range(10, 50)); out.append(repr(f))
    f.symmetric_difference_update(c); out.append(repr(f))
    out.append(repr({(x, x % 3) for x in c}))
    out.append(repr({x / 4 for x in c}))
print(len(out))
for i in range(0, len(out), 40):
    print(i, '|'.join(out[i:i+40]))
