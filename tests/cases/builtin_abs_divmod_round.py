# abs, divmod, round, pow
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2))
print(round(3.14159, 2), round(-1.5), round(2.5), round(1234, -2))
print(round(0.125, 2), round(0.375, 2))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-3, 3))
print(pow(3, -1, 7))
print(abs(complex(3, 4)))
class N:
    def __abs__(self):
        return 'custom abs'
    def __round__(self, n=None):
        return 'custom round'
print(abs(N()), round(N()))
