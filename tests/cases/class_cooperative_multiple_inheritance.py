class Root:
    def hello(self): return ['Root']
class Left(Root):
    def hello(self): return ['Left'] + super().hello()
class Right(Root):
    def hello(self): return ['Right'] + super().hello()
class Bottom(Left, Right):
    def hello(self): return ['Bottom'] + super().hello()
print(Bottom().hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, Bottom()).hello())
