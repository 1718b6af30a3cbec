eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
m, rest = eg.split(ValueError)
print(repr(m))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(OSError)[0], repr(eg.split(OSError)[1]) == repr(eg))
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', ValueError()), lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
def handle():
    try:
        raise eg
    except* ValueError as g:
        print('value group', repr(g))
    except* (TypeError, KeyError) as g:
        print('type/key group', repr(g))
handle()
try:
    try:
        raise ExceptionGroup('g', [ValueError('a'), OSError('b')])
    except* ValueError:
        print('handled values')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    try:
        raise TypeError('naked')
    except* TypeError as g:
        print('naked wrapped', repr(g))
except Exception as x:
    print('?', x)
try:
    try:
        raise ExceptionGroup('g', [ValueError('a')])
    except* ValueError:
        raise KeyError('new')
except Exception as x:
    print(type(x).__name__, repr(x), type(x.__context__).__name__ if x.__context__ else None)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
meg = MyEG('mine', [ValueError(1), KeyError(2)])
print(repr(meg.split(ValueError)))
print(eg.exceptions[2].exceptions, isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
