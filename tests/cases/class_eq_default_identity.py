class P: pass
a, b = P(), P()
print(a == a, a == b, a != b, a is not b, [a] == [a], (a,) == (b,), a in [b], a in [a])
print(P.__eq__(a, a), P.__eq__(a, b), P.__ne__(a, b))
