class A: pass
for expr in ['A() + 1', '1 - A()', 'A() * A()', 'A() < A()', 'A() @ 1', '-A()', 'A()[0]', 'A()(1)', 'len(A())', 'iter(A())']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
