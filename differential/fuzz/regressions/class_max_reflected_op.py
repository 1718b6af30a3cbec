class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'A({self.x})'
class B(A):
    tag = 'b'
a, b = A(1), B(2)
for expr in ['max(a, b)', 'min([b, a])', "max([1, 'a'])", "min(1, 'a')"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print('!', type(e).__name__, e)
