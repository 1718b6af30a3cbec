import sys
def f():
    1 / 0
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        co = tb.tb_frame.f_code
        out.append((tb.tb_lineno, co.co_name, co.co_filename.endswith(".py")))
        tb = tb.tb_next
    print(out)
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
def h(a, b=2, *, c=3):
    x = 1
    return x
print(h.__code__.co_name, h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__code__.co_varnames)
print(h.__code__.co_firstlineno)
e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
