class Foo:
    x = 1
for expr in ["Foo().bar", "Foo.bar", "(1).foo", "'s'.nope", "[].push", "None.x", "len.y", "Foo().__nope__"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', e)
import math
try:
    math.tau2
except AttributeError as e:
    print(e, e.name, e.obj is math)
try:
    Foo().x.y
except AttributeError as e:
    print(e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(e)
