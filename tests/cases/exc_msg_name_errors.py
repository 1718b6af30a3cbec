def f():
    return undefined_thing
for fn in [lambda: undefined_x, f, lambda: [undefined_y for _ in 'a']]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e, e.name)
class C:
    def m(self): return undefined_in_method
try:
    C().m()
except NameError as e:
    print(e)
try:
    del undefined_z
except NameError as e:
    print(e)
try:
    print(prnt)
except NameError as e:
    print(e)
