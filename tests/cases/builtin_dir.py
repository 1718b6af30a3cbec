class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
a = B(); a.z = 3
print([n for n in dir(a) if not n.startswith('_')], [n for n in dir(B) if not n.startswith('_')])
print(dir(A()))
print(dir(a) == sorted(dir(a)), '__init__' in dir(a), '__dict__' in dir(a))
class C:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(C()))
import math
print('sqrt' in dir(math), 'pi' in dir(math))
print([n for n in dir() if not n.startswith('_')])
