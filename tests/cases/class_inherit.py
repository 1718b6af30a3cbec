# inheritance and method overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ' says ' + self.speak()
class Dog(Animal):
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return 'yip'
class Cat(Animal):
    pass
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a.describe())
print(isinstance(Puppy('x'), Animal), isinstance(Cat('y'), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__bases__[0].__name__)
