class C:
    def __lt__(self, o): return self < o
try:
    sorted([C(), C()])
except RecursionError as e:
    print(type(e).__name__, e)
try:
    max(C(), C())
except RecursionError as e:
    print(type(e).__name__, e)
