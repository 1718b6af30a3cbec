# bare raise in a handler propagates the original
def risky():
    return [][3]
try:
    risky()
except IndexError:
    print('logged, re-raising')
    raise
