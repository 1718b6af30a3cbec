print(None == None, None is None, None != 0, type(None).__name__, repr(None), str(None), bool(None))
def f(): pass
print(f() is None, print() is None)
for expr in ['None + 1', 'None < 1', 'None()', 'None[0]', 'len(None)', 'iter(None)', 'None.x']:
    try:
        eval(expr)
    except (TypeError, AttributeError) as e:
        print(expr, '->', type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, repr(Ellipsis), ... is Ellipsis, type(...).__name__)
try:
    bool(NotImplemented)
except TypeError as e:
    print(e)
import warnings
print(sorted([None] * 2, key=lambda x: 0), [None].index(None), {None: 1}[None])
