class R:
    def __reversed__(self): return iter('zyx')
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * i
print(list(reversed(Seq())))
try: reversed(object())
except TypeError as e: print(type(e).__name__, e)
try: reversed({1: 2}.items())
except TypeError as e: print(type(e).__name__, e)
print(list(reversed({1: 2, 3: 4})))
