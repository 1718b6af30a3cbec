# argument and operand evaluation order
def t(v):
    print('eval', v)
    return v
def f(a, b, c):
    return a + b + c
print(f(t(1), t(2), t(3)))
print(f(t(1), c=t(3), b=t(2)))
print(t(1) + t(2) * t(3))
d = {t('k1'): t('v1'), t('k2'): t('v2')}
print(d)
l = [t(i) for i in range(2)]
x = [0, 0]
x[t(0)] = t(5)
print(x)
print(t([1, 2])[t(1)])
