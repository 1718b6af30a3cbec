class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        return self.n == 'swallow'
def f():
    out = []
    for i in range(4):
        try:
            raise ValueError(i)
        except ValueError as e:
            try:
                if i == 0:
                    raise KeyError('inner')
                elif i == 1:
                    continue
                elif i == 2:
                    with Ctx('w'):
                        break
            except KeyError as k:
                out = out + ['k' + str(k)]
            finally:
                out = out + ['fin' + str(i)]
    return out
print(f())
def g():
    with Ctx('a'):
        with Ctx('swallow'):
            raise ValueError('x')
        with Ctx('b'):
            try:
                return 'ret'
            finally:
                print('inner finally')
print(g())
def h():
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise ValueError('v')
    except ValueError as e:
        return repr(e.__context__)
print(h())
