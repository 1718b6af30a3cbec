class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
@Registry.register('hello')
def hello(): return 'hi'
print(Registry._items['hello'](), list(Registry._items))
