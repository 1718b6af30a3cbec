class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return f'Stack({list.__repr__(self)})'
s = Stack()
s.push(1); s.push(2); s.extend([3])
print(s, s.peek(), s.pop(), len(s), s[0], isinstance(s, list), s == [1, 2], sorted(s, reverse=True))
class DefaultDict(dict):
    def __init__(self, default, *a, **k):
        super().__init__(*a, **k)
        self.default = default
    def __missing__(self, key):
        self[key] = v = self.default()
        return v
d = DefaultDict(list)
d['a'].append(1); d['b']
print(d, d.default, len(d), 'c' in d)
class CIStr(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    __hash__ = str.__hash__
print(CIStr('Hello') == 'hello', CIStr('A') in ['a'], CIStr('x') != 'X')
