exprs = ["exec('class A(1): pass')", "exec('class A(object, object): pass')", "exec('class A:\\n    x = undefined_name')", "exec('class A:\\n    def f(self): return __class__\\nprint(A().f().__name__)')", 'exec(\'class A:\\n    __slots__ = ("a", "a")\')', "exec('class A(metaclass=5): pass')", 'exec(\'class A:\\n    raise KeyError("in body")\')']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
