def f(a, *, b=1, c, d=4): return (a, b, c, d)
for args, kw in [((1,), {'c': 3}), ((1,), {'c': 3, 'b': 2, 'd': 0}), ((), {'a': 0, 'c': 0})]:
    print(f(*args, **kw))
for args, kw in [((1,), {}), ((1, 2), {'c': 3}), ((1,), {'c': 3, 'e': 5}), ((), {'c': 1})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)
print(f.__kwdefaults__, f.__defaults__, f.__code__.co_kwonlyargcount)
