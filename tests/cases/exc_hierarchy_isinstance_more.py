pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError), (UnicodeDecodeError, ValueError),
         (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (IndentationError, SyntaxError), (TabError, IndentationError), (StopAsyncIteration, Exception),
         (BrokenPipeError, ConnectionError), (DeprecationWarning, Warning), (UserWarning, Exception), (BaseExceptionGroup, BaseException),
         (ExceptionGroup, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
print(OSError(13, 'denied').__class__.__name__, OSError(17, 'x').__class__.__name__, OSError(99999, 'x').__class__.__name__)
