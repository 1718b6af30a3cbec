class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return sum(1 for _ in self)
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError('linked list index out of range')
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __repr__(self): return ' -> '.join(map(str, self)) or 'empty'
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], list(ll.reverse()), 3 in ll, LinkedList())
try:
    ll[10]
except IndexError as e:
    print(e)
