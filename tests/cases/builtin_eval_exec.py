# eval(), exec() and compile(): globals, locals, code objects, SyntaxError details
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i*i for i in range(4)]"))
g = {}
exec("def f(a):\n    return a + 1\ny = f(41)", g)
print(g["y"], sorted(k for k in g if k != "__builtins__"))
code = compile("z = 10\nprint('in exec', z)", "<mine>", "exec")
exec(code)
print(z)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e)
def h():
    q = 5
    return eval("q + 1")
print(h())
