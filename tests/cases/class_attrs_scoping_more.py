x = 'global'
class A:
    x = 'class'
    y = x
    def m(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().m(), A.z, A.w)
class B:
    items = [1, 2]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(B.total, B.doubled)
def f():
    v = 'function local'
    class C:
        a = v
        def m(self): return v
    return C.a, C().m()
print(f())
def g():
    v = 'enclosing'
    class C:
        v = 'class level'
        def m(self): return v
    return C.v, C().m()
print(g())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = self.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
a.count = 100
print(Counter.count, a.count, b.count)
class Shared:
    lst = []
s1, s2 = Shared(), Shared()
s1.lst.append(1)
print(s2.lst, Shared.lst is s1.lst)
class Outer:
    class Inner:
        val = 5
    ref = Inner.val
print(Outer.ref, Outer.Inner.__qualname__)
class Forward:
    def m(self): return Later.v
class Later:
    v = 'resolved at call'
print(Forward().m())
class T:
    def method(self): return __class__
print(T().method() is T)
class WithDoc:
    "docstring"
    __doc__ += ' modified' if False else ''
print(WithDoc.__doc__, A.__doc__, A.__module__, A.__qualname__, type(A.__dict__).__name__ in ('mappingproxy', 'dict'))
