def f(a, b='x'):
    return a, b
def g(a, *, k=0):
    return a, k
for call in ["f(1, 2, 3, b=4)", "f(1, 2, 3)", "f(1, 2, 3, zz=4)", "g(1, 2, a=3)", "g(1, 2, k=3)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print('!', type(e).__name__, e)
f(1, 'q', 3, b=4)
