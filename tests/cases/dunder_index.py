class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], 'abcdef'[I(2)], bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(4)), [0] * I(3), (1, 2, 3)[I(-1)], int.__index__(7))
import operator
print(operator.index(I(9)))
class Bad:
    def __index__(self): return 'x'
try: lst[Bad()]
except TypeError as e: print(type(e).__name__, e)
try: lst['a']
except TypeError as e: print(type(e).__name__, e)
