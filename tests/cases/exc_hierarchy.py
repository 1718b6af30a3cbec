# built-in exception hierarchy
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
         (RecursionError, RuntimeError), (StopIteration, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception),
         (ValueError, Exception), (TypeError, ValueError), (AssertionError, Exception)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(ZeroDivisionError.__mro__)
try:
    1 / 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
try:
    [][1]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
