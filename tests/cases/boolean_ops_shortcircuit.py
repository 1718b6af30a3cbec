log = []
def t(v):
    log.append(v)
    return v
print(t(0) or t('') or t([]) or t('last'), log); log.clear()
print(t(1) and t(2) and t(0) and t(3), log); log.clear()
print(t(0) and t(1/1), log); log.clear()
print(t(1) or t(1/0), log); log.clear()
print(not t([]), not t([1]), log); log.clear()
print((t(0) or t(1)) and t(2), log); log.clear()
print(t(None) or t(0) or t(False), log); log.clear()
print(1 and 'a' or 'b', 0 and 'a' or 'b', None or {} or (), [] and 1 / 0)
x = 5
print(x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
print(type(1 and 2.0).__name__, type(0 or 'x').__name__, (0 or 0.0), ('' or b''), bool(0 or []))
class Noisy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print(f'  bool({self.v})')
        return bool(self.v)
    def __repr__(self): return f'N{self.v}'
print(Noisy(0) or Noisy(1))
print(Noisy(1) and Noisy(0))
print(not Noisy(2))
r = Noisy(0) or Noisy(0) or 'default'
print(r)
if Noisy(1) and Noisy(2):
    print('both truthy')
while Noisy(0):
    pass
print([v for v in (Noisy(0), Noisy(3)) if v])
print(all(Noisy(i) for i in (1, 0, 2)), any(Noisy(i) for i in (0, 2, 3)))
