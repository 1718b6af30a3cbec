def f(a, b, /, c, d=4, *, e=5): return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=0))
for call in ['f(1, b=2, c=3)', 'f(a=1, b=2, c=3)', 'f(1, 2)', 'f(1, 2, 3, 4, 5)', 'f(1, 2, 3, d=1, d=2)']:
    try:
        print(eval(call))
    except (TypeError, SyntaxError) as e:
        print(call, '->', type(e).__name__, e)
def g(a, /, **kw): return a, kw
print(g(1, a=2), g(a=1) if False else 'posonly name free in **kw')
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)
