"""Data structures with dunder methods: a binary search tree and a doubly linked list."""
class Node:
    __slots__ = ("key", "value", "left", "right")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = Node(key, value); self.size += 1; return
        n = self.root
        while True:
            if key == n.key:
                n.value = value; return
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, Node(key, value)); self.size += 1; return
            n = nxt

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def __len__(self):
        return self.size

    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {self[k]!r}" for k in self) + "})"

class DLL:
    class _N:
        def __init__(self, v, prev=None, nxt=None):
            self.v, self.prev, self.next = v, prev, nxt

    def __init__(self, it=()):
        self.head = self.tail = None
        self.n = 0
        for v in it:
            self.append(v)

    def append(self, v):
        node = self._N(v, self.tail)
        if self.tail: self.tail.next = node
        else: self.head = node
        self.tail = node; self.n += 1

    def appendleft(self, v):
        node = self._N(v, None, self.head)
        if self.head: self.head.prev = node
        else: self.tail = node
        self.head = node; self.n += 1

    def remove(self, v):
        n = self.head
        while n:
            if n.v == v:
                if n.prev: n.prev.next = n.next
                else: self.head = n.next
                if n.next: n.next.prev = n.prev
                else: self.tail = n.prev
                self.n -= 1
                return
            n = n.next
        raise ValueError(f"{v!r} not in list")

    def __iter__(self):
        n = self.head
        while n:
            yield n.v; n = n.next

    def __reversed__(self):
        n = self.tail
        while n:
            yield n.v; n = n.prev

    def __len__(self): return self.n
    def __bool__(self): return self.n > 0
    def __eq__(self, other): return isinstance(other, DLL) and list(self) == list(other)
    def __add__(self, other): return DLL(list(self) + list(other))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return DLL(list(self)[i])
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("DLL index out of range")
        for j, v in enumerate(self):
            if j == i: return v
    def __repr__(self): return f"DLL({list(self)})"

t = BST([(50, "a"), (30, "b"), (70, "c"), (20, "d"), (40, "e"), (60, "f"), (80, "g"), (35, "h")])
print(t, len(t), t.height())
print(list(t), 35 in t, 36 in t, t[60], t.range(33, 65))
t[35] = "H"
print(t[35], len(t), sorted(t, reverse=True)[:3], max(t), sum(t))
try:
    t[99]
except KeyError as e:
    print("KeyError", e)
try:
    Node(1, 2).extra = 3
except AttributeError as e:
    print("AttributeError:", e)
d = DLL("abcde")
d.appendleft("z")
d.remove("c")
print(d, len(d), list(reversed(d)), d[0], d[-1], d[1:3], bool(DLL()), d == DLL("zabde"), d + DLL("xy"))
try:
    d.remove("q")
except ValueError as e:
    print("ValueError:", e)
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
print("b" in d, "c" in d, sorted(d), ",".join(d), dict(enumerate(d)))
