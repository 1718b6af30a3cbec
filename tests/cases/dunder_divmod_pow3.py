class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
print(divmod(D(), 3), divmod(3, D()), pow(D(), 2), pow(D(), 2, 5), 2 ** D())
