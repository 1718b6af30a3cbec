# sys.set_int_max_str_digits / get_int_max_str_digits and the decimal conversion limit
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10**9000)))
print(int('7' * 9000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(3**20000)))
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
