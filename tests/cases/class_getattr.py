# __getattr__ fallback and __call__
class Proxy:
    def __init__(self):
        self.real = 'real attribute'
    def __getattr__(self, name):
        return 'virtual ' + name
p = Proxy()
print(p.real)
print(p.anything)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add2 = Adder(2)
print(add2(5), callable(add2), list(map(add2, [1, 2])))
