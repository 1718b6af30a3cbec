def t(x):
    print('eval', x)
    return x
def f(*a, **k): return a, k
print(f(t(1), t(2), k=t(3), **{'z': t(4)}))
print(f(*[t(5)], t(6)))
d = {}
d[t('k')] = t('v')
print(d)
