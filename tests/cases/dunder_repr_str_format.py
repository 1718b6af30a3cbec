class P:
    def __repr__(self): return 'P()'
class Q:
    def __str__(self): return 'Q-str'
class R:
    def __repr__(self): return 'R-repr'
    def __str__(self): return 'R-str'
    def __format__(self, spec): return f'R[{spec}]'
print(P(), str(P()), repr(Q())[:10], str(Q()), R(), repr(R()))
print(f'{R()}', f'{R():>5}', format(R(), 'x'), '{:abc}'.format(R()), f'{R()!r}', f'{R()!s}')
print([P(), R()], (R(),), {'k': R()})
