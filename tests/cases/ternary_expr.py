# conditional expressions
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
f = (lambda v: v) if x else (lambda v: -v)
print(f(3))
print((1 if True else 2) + (3 if False else 4))
def side(v):
    print('evaluated', v)
    return v
print(side('a') if side(False) else side('b'))
