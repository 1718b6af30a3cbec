import numbers
print(isinstance(3, numbers.Number), isinstance(3.5, numbers.Integral), isinstance(True, numbers.Integral), isinstance(2.0, numbers.Real), isinstance('a', numbers.Number))
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational), numbers.Real.__name__)
class MyNum(numbers.Number): pass
print(isinstance(MyNum(), numbers.Number), isinstance(MyNum(), numbers.Complex))
try:
    numbers.Integral()
except TypeError as e:
    print('TypeError')
