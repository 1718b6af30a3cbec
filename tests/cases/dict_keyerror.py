# KeyError behavior and repr
d = {'a': 1}
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
    print(repr(e))
    print(e.args)
try:
    d[42]
except KeyError as e:
    print(e, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(e)
try:
    del d['nope']
except KeyError as e:
    print('del', e)
try:
    {}['']
except KeyError as e:
    print(repr(e), str(e))
print(d)
