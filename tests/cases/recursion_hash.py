class H:
    def __hash__(self): return hash(self)
try:
    {H()}
except RecursionError as e:
    print(type(e).__name__, e)
