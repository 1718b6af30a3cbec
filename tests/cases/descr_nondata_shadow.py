class NonData:
    def __get__(self, obj, typ=None): return 'from descriptor'
class Data:
    def __get__(self, obj, typ=None): return 'data descriptor'
    def __set__(self, obj, v): print('data set', v)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__['nd'] = 'instance value'
c.__dict__['d'] = 'instance value'
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)
