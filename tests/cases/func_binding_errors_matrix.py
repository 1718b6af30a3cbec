# Argument-binding errors for many signatures, CPython's exact messages.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1, *, c): pass
def f4(a, /, b, *, c=3): pass
def f5(*args, k): pass
def f6(a, b, /): pass
def f7(a, *args, b, c, **kw): pass
def f8(x, y=2, z=3): pass
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls, a, b): pass
    @staticmethod
    def sm(a): pass

calls = [
    ('f0(1)', lambda: f0(1)),
    ('f0(1, 2)', lambda: f0(1, 2)),
    ('f0(a=1)', lambda: f0(a=1)),
    ('f1()', lambda: f1()),
    ('f1(1, 2)', lambda: f1(1, 2)),
    ('f1(b=1)', lambda: f1(b=1)),
    ('f1(1, a=2)', lambda: f1(1, a=2)),
    ('f2()', lambda: f2()),
    ('f2(1)', lambda: f2(1)),
    ('f2(b=1)', lambda: f2(b=1)),
    ('f2(1, 2, 3)', lambda: f2(1, 2, 3)),
    ('f3(1)', lambda: f3(1)),
    ('f3(1, 2, 3)', lambda: f3(1, 2, 3)),
    ('f3()', lambda: f3()),
    ('f3(c=1)', lambda: f3(c=1)),
    ('f4(a=1, b=2)', lambda: f4(a=1, b=2)),
    ('f4(1, 2, 3)', lambda: f4(1, 2, 3)),
    ('f4(1)', lambda: f4(1)),
    ('f5(1)', lambda: f5(1)),
    ('f5(k=1, j=2)', lambda: f5(k=1, j=2)),
    ('f6(1, b=2)', lambda: f6(1, b=2)),
    ('f6(a=1, b=2)', lambda: f6(a=1, b=2)),
    ('f6()', lambda: f6()),
    ('f7()', lambda: f7()),
    ('f7(1)', lambda: f7(1)),
    ('f7(1, b=2)', lambda: f7(1, b=2)),
    ('f7(1, 2, 3, b=1, c=2, a=5)', lambda: f7(1, 2, 3, b=1, c=2, a=5)),
    ('f8()', lambda: f8()),
    ('f8(1, 2, 3, 4)', lambda: f8(1, 2, 3, 4)),
    ('f8(1, 2, 3, 4, 5)', lambda: f8(1, 2, 3, 4, 5)),
    ('f8(1, x=1)', lambda: f8(1, x=1)),
    ('f8(1, w=1)', lambda: f8(1, w=1)),
    ('f8(**{"x": 1, "q": 2})', lambda: f8(**{"x": 1, "q": 2})),
    ('f8(*[1], **{"x": 1})', lambda: f8(*[1], **{"x": 1})),
    ('f8(**{1: 2})', lambda: f8(**{1: 2})),
    ('f8(*1)', lambda: f8(*1)),
    ('f8(**[1])', lambda: f8(**[1])),
    ('C().m()', lambda: C().m()),
    ('C().m(1, 2)', lambda: C().m(1, 2)),
    ('C.m(1)', lambda: C.m(1)),
    ('C.cm(1)', lambda: C.cm(1)),
    ('C().sm()', lambda: C().sm()),
    ('C.sm(1, 2)', lambda: C.sm(1, 2)),
    ('(lambda: 0)(1)', lambda: (lambda: 0)(1)),
    ('(lambda x, *, y: 0)(1)', lambda: (lambda x, *, y: 0)(1)),
]
for src, fn in calls:
    try:
        fn()
        print(src, '-> ok')
    except TypeError as e:
        print(src, '->', e)
