from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class C(str, Enum):
    A = 'a'
print(f'{C.A}', str(C.A), repr(C.A), C.A == 'a', format(C.A, '>5'))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(f'{N.ONE}', str(N.ONE), repr(N.ONE), N.ONE + 1, N(2), format(N.ONE, '03d'), N.ONE < N.TWO, repr(N), hash(N.ONE)==hash(1))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P), P.R in (P.R|P.W), repr(~P.R), repr(P), bool(P(0)), repr(P(7)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R|IP.W == 6, repr(IP(0)), repr(IP(8)) , repr(~IP.R), IP.R | 1, repr(IP.R|8))
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(list(Color), Color.CRIMSON, Color.__members__, len(Color))
try: print(1 in Color)
except Exception as e: print(type(e).__name__, e)
print(Color.RED in Color)
try:
    class X(Color): pass
except Exception as e: print(type(e).__name__, e)
try: Color.RED = 3
except Exception as e: print(type(e).__name__, e)
try: Color(5)
except Exception as e: print(type(e).__name__, e)
try: Color['x']
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A=1; B=1; C=2; D=2
except Exception as e: print(type(e).__name__, e)
try: Color.RED < Color.GREEN
except Exception as e: print(type(e).__name__, e)
S = Enum('S', 'A B C'); print(list(S), repr(S.A))
class SE(StrEnum):
    A = auto(); B = 'bee'
print(repr(SE.A), str(SE.A), f'{SE.B}', SE.A == 'a')
print(Color.RED.__class__, isinstance(Color.RED, Color))
print(format(Color.RED), '{:>10}'.format(Color.RED), '%s' % Color.RED)
print(Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], hash(Color.RED) == hash('RED'))
