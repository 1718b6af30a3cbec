class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both()))
print('yes' if L(1) else 'no', not L(0), [x for x in [L(0), L(2), B(True)] if x].__len__())
print(L(0) or 'fallback', L(2) and 'second', B(False) or B(True) and 'z')
try:
    bool(B(1))
except TypeError as e:
    print('TypeError', e)
try:
    bool(B('yes'))
except TypeError as e:
    print('TypeError', e)
try:
    if L(-1): pass
except ValueError as e:
    print('ValueError', e)
class Neither: pass
print(bool(Neither()))
class BoolNone:
    __bool__ = None
    def __len__(self): return 0
try:
    bool(BoolNone())
except TypeError as e:
    print('TypeError', e)
class SubInt(int):
    def __bool__(self): return True
print(bool(SubInt(0)), SubInt(0) == 0)
class SubList(list):
    def __len__(self): return 0
print(bool(SubList([1, 2])), len(SubList([1])), list.__len__(SubList([1])))
while L(0):
    print('never')
i = 0
while B(i < 2):
    i += 1
print('while with __bool__', i)
print(all([L(1), B(True)]), any([L(0), B(False)]), sum(1 for x in [L(0), L(1)] if x))
