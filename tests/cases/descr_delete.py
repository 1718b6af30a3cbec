class D:
    def __get__(self, obj, typ=None): return 'got'
    def __delete__(self, obj): print('delete called')
class C:
    a = D()
c = C()
del c.a
print(c.a)
try:
    c.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
