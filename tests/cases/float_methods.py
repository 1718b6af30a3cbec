# float methods and math helpers
print((2.5).is_integer(), (3.0).is_integer())
print((0.5).as_integer_ratio())
print((-1.25).as_integer_ratio())
import math
print(math.floor(2.7), math.floor(-2.7))
print(math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(-2.7))
print(math.sqrt(16.0), math.sqrt(2))
print(math.pi)
print(math.fabs(-3))
print(abs(-0.0))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
