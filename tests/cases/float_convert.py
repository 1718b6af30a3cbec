# float() conversions
print(float('3.25'))
print(float('  -1.5  '))
print(float('1e3'))
print(float('.5'))
print(float('5.'))
print(float('-0'))
print(float(10))
print(float(True))
print(float('inf'))
print(float('+1.5E-2'))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    float('')
except ValueError as e:
    print('ValueError:', e)
print(int(3.99), int(-3.99), int(1e10))
print(str(1.0), str(1e100), str(-2.5e-7))
