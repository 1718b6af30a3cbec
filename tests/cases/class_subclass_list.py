class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__)
print(type(s[0:2]).__name__, s == [1, 2, 3])
class L(list):
    def __len__(self): return 99
print(len(L([1])), bool(L()))
