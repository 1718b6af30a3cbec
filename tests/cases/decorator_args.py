def repeat(n):
    def deco(f):
        def w(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return x * 2
print(hi(4))
def tag(t):
    return lambda f: lambda: f'<{t}>{f()}</{t}>'
@tag('b')
@tag('i')
def text(): return 'hey'
print(text())
