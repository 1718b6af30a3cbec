class ContainsRaises:
    def __contains__(self, x): raise KeyError('from contains')
try:
    1 in ContainsRaises()
except KeyError as e:
    print('KeyError', e)
class ContainsNonBool:
    def __contains__(self, x): return [1]
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print('TypeError', e)
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
class Neither: pass
try:
    1 in Neither()
except TypeError as e:
    print('TypeError', e)
try:
    1 in 5
except TypeError as e:
    print('TypeError', e)
try:
    'a' in ['a', 1] and 1 in 'abc'
except TypeError as e:
    print('TypeError', e)
try:
    [] in {}
except TypeError as e:
    print('TypeError', e)
try:
    [] in set()
except TypeError as e:
    print('TypeError', e)
print('' in 'abc', 'bc' in 'abc', b'a' in b'abc', 97 in b'abc', [1] in [[1]], (1,) in {(1,): 0}, 1.0 in {1})
class EqAll:
    def __eq__(self, o): return True
print(EqAll() in [1], 5 in [EqAll()], 'x' in (EqAll(),))
print(3 in range(5), 3.0 in range(5), 3.5 in range(5), True in range(2), 'a' in range(3))
d = {'k': 1}
print('k' in d, 1 in d, 'k' in d.keys(), 1 in d.values(), ('k', 1) in d.items())
