def f():
    if any((found := x) > 3 for x in [1, 5, 2]):
        return found
print(f())
values = [y := 10, y ** 2]
print(values, y)
def g():
    data = [1, 2, 3]
    return [(s := s + v) if 's' in dir() else (s := v) for v in data] if False else None
try:
    exec('[i := 0 for i in range(3)]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('class A:\n    [(z := 1) for _ in range(1)]\n')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('[[(j := 1) for k in range(2)] for j in range(2)]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
for src in ['(a := 1)', 'a := 1', '(a.b := 1)', '(a[0] := 1)', 'def f(x := 1): pass', '(lambda: (q := 1))()', 'f(x := 1)']:
    try:
        compile(src, '<s>', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
