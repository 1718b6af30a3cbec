class Meta(type):
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        obj = cls.__new__(cls, *args)
        if isinstance(obj, cls):
            obj.__init__(*args, **kwargs)
        obj.created_by = 'Meta'
        return obj
class A(metaclass=Meta):
    def __new__(cls, *a):
        print('A.__new__')
        return super().__new__(cls)
    def __init__(self, x):
        print('A.__init__', x)
        self.x = x
a = A(5)
print(a.x, a.created_by, type(A).__name__, A.__class__.__name__)
class Validated(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith('test_') and not callable(v):
                raise TypeError(f'{name}.{k} must be callable')
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Validated):
        test_x = 5
except TypeError as e:
    print(e)
class Good(metaclass=Validated):
    def test_ok(self): pass
print(Good.__name__)
