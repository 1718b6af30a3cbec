import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10 ** 5000)) > 0, int('f' * 5000, 16) > 0)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(4300)
try:
    f'{10 ** 5000}'
except ValueError as e:
    print('ValueError', e)
try:
    repr(-10 ** 5000)
except ValueError as e:
    print('ValueError', e)
print(int('-' + '9' * 4300) < 0)
