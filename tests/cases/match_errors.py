class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    __match_args__ = ('a',)
    a = 1
try:
    match Two():
        case Two(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print(type(e).__name__, e)
