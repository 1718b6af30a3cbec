class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('A.__lt__'); return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print('B.__gt__'); return self.v > o.v
print(A(1) < B(2))
try: A(1) > B(2)
except TypeError as e: print(type(e).__name__, e)
class E:
    def __eq__(self, o): return NotImplemented
e = E()
print(e == e, e == E(), e != E(), e != e)
