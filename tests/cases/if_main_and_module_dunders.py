print(__name__)
if __name__ == '__main__':
    print('running as main')
print(type(__builtins__).__name__ in ('dict', 'module'))
print(__doc__)
import sys
print(sys.modules['__main__'].__name__, 'sys' in sys.modules)
def f():
    return __name__
print(f(), f.__module__)
class C: pass
print(C.__module__, C().__class__.__module__)
print(__file__.endswith('.py') if '__file__' in globals() else 'no __file__')
print(sorted(k for k in globals() if k.startswith('__') and k in ('__name__', '__doc__', '__builtins__')))
