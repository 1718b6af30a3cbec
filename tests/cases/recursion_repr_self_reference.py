class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f'Node({self.child!r})'
try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, e)
l = []; l.append(l)
print(l)
d = {}; d['self'] = d
print(d)
