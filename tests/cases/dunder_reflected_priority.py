# A right operand whose type is a subclass of the left operand's type gets its reflected method first.
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
    def __lt__(self, o): return 'Base.lt'
    def __gt__(self, o): return 'Base.gt'
    def __eq__(self, o): return 'Base.eq'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
    def __gt__(self, o): return 'Sub.gt'
    def __eq__(self, o): return 'Sub.eq'
class SubNoOverride(Base):
    pass
print(Base() + Sub())
print(Base() + SubNoOverride())
print(Base() < Sub())
print(Base() < SubNoOverride())
print(Base() == Sub())
print(Sub() + Base())
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
print(NI() == NI(), NI() != NI())
a = NI()
print(a == a, a != a)
try:
    NI() < NI()
except TypeError as e:
    print(e)
try:
    NI() < 1
except TypeError as e:
    print(e)
class IntLike(int):
    def __radd__(self, o): return 'IntLike.radd'
    def __rsub__(self, o): return 'IntLike.rsub'
print(1 + IntLike(2), 1 - IntLike(2), IntLike(2) + 1)
class FloatLike(float):
    def __rmul__(self, o): return 'FloatLike.rmul'
print(2.0 * FloatLike(1), 2 * FloatLike(1))
class StrLike(str):
    def __radd__(self, o): return 'StrLike.radd'
    def __rmod__(self, o): return 'StrLike.rmod'
print('a' + StrLike('b'), '%s' % StrLike('x'))
class ListLike(list):
    def __radd__(self, o): return 'ListLike.radd'
print([1] + ListLike([2]))
