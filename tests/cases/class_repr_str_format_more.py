class R:
    def __repr__(self): return 'R-repr'
class S:
    def __str__(self): return 'S-str'
class RS:
    def __repr__(self): return 'RS-repr'
    def __str__(self): return 'RS-str'
for o in [R(), RS()]:
    print(str(o), repr(o), f'{o}', f'{o!r}', '%s %r' % (o, o), '{} {!r}'.format(o, o), [o], (o,), {o: o} if hasattr(o, '__hash__') else '')
print(str(S()), repr(S()).startswith('<__main__.S object at 0x'), [S()][0].__str__())
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
print(format(Fmt()), format(Fmt(), 'x>5'), f'{Fmt():abc}', '{:q}'.format(Fmt()), '{0:{1}}'.format(Fmt(), 'nested'))
class NoFormatSpec:
    pass
try:
    format(NoFormatSpec(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(NoFormatSpec(), '')[:10])
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
try:
    print(BadStr())
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError', e)
class SubStr(str):
    def __str__(self): return 'custom __str__'
    def __repr__(self): return 'custom __repr__'
ss = SubStr('raw')
print(str(ss), repr(ss), f'{ss}', '%s' % ss, ss + '!', ss.upper(), [ss])
class SubInt(int):
    def __repr__(self): return 'SubInt!'
print(SubInt(5), str(SubInt(5)), f'{SubInt(5)}', f'{SubInt(5):03}', '%d' % SubInt(5))
class ReprRec:
    def __init__(self): self.me = self
    def __repr__(self): return f'ReprRec({self.me!r})' if False else 'ReprRec(...)'
l = [1]; l.append(l)
d = {}; d['self'] = d
print(l, d, repr(ReprRec()))
class ReprUsesStr:
    __repr__ = lambda self: 'lam-repr'
    __str__ = __repr__
print(ReprUsesStr(), repr(ReprUsesStr()))
print(ascii(RS()), ascii('ü'), ascii(['é']))
