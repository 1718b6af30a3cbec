class E:
    def __eq__(self, o): return self == o
try:
    E() == E()
except RecursionError as e:
    print(type(e).__name__, e)
a = []; a.append(a)
b = []; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
