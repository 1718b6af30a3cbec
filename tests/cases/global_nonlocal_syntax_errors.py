srcs = [
 'def f():\n    x = 1\n    global x',
 'def f():\n    print(x)\n    global x',
 'def f():\n    nonlocal x',
 'nonlocal x',
 'def f(x):\n    global x',
 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
 'def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    return g',
]
for s in srcs:
    try:
        compile(s, '<g>', 'exec'); print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
