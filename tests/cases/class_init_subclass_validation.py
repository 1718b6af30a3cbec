class Interface:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing: raise TypeError(f'{cls.__name__} missing {missing}')
class Readable(Interface):
    required = ('read',)
    def read(self): return 'data'
try:
    class Broken(Readable):
        required = ('read', 'close')
except TypeError as e:
    print(type(e).__name__, e)
print(Readable().read())
