# The traceback text printed for chained exceptions (checked through the traceback module).
import traceback, sys

def show(fn):
    try:
        fn()
    except BaseException:
        text = traceback.format_exc()
        # keep the structure, drop the line numbers that CPython and pyex share anyway
        for line in text.splitlines():
            if not line.startswith('    ') and not line.startswith('  File'):
                print(line)
    print('--')

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('while handling')
def explicit():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError('clean') from None
def three():
    try:
        try:
            raise OSError('a')
        except OSError:
            raise KeyError('b')
    except KeyError as e:
        raise ValueError('c') from e
def context_in_finally():
    try:
        raise ValueError('body')
    finally:
        raise TypeError('finally')
def cause_none_then_context():
    try:
        raise ValueError(1)
    except ValueError as e:
        e2 = RuntimeError(2)
        e2.__cause__ = None
        raise e2
for f in (implicit, explicit, suppressed, three, context_in_finally, cause_none_then_context):
    show(f)
e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
print(''.join(traceback.format_exception_only(type(e), e)), end='')
print(traceback.format_exception_only(KeyError, KeyError('k')))
