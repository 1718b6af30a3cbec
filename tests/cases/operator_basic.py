import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.not_(0), operator.truth([]), operator.invert(5), operator.inv(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.getitem([1, 2, 3], 1), operator.contains([1, 2], 2), operator.index(7), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.is_(None, None), operator.is_not(1, None))
l = [1, 2]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
print(operator.iadd([1], [2]), operator.imul(3, 4))
g = itemgetter(1); print(g([5, 6, 7]), g('xyz'))
g = itemgetter(0, 2); print(g('abc'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)))
print(itemgetter('k')({'k': 3}))
class P:
    def __init__(self, n, c=None): self.name = n; self.child = c
    def greet(self, x, punct='!'): return 'hi ' + x + ' from ' + self.name + punct
p = P('a', P('b'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(methodcaller('greet', 'bob')(p), methodcaller('greet', 'bob', punct='?')(p))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('x', 'y.z')), repr(methodcaller('f', 1, k=2)))
from functools import reduce
print(list(map(operator.add, [1, 2], [3, 4])))
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
try:
    attrgetter('zz')(p)
except AttributeError as e:
    print(e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
