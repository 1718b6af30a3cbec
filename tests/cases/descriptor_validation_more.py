class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        obj.__dict__[self.name] = value
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f'{self.name} must be positive')
class Product:
    name = Typed(str)
    price = Positive(float)
    qty = Positive(int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
p = Product('widget', 9.99, 3)
print(p.name, p.price, p.qty, vars(p))
for args in [('w', 1.0, 0), ('w', 5, 1), (1, 1.0, 1), ('w', -1.0, 1)]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Product.price).__name__, Product.qty.name)
