pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (GeneratorExit, BaseException), (TimeoutError, OSError),
         (BrokenPipeError, ConnectionError), (IsADirectoryError, OSError), (TabError, SyntaxError)]
for a, b in pairs: print(a.__name__, b.__name__, issubclass(a, b))
print(EnvironmentError is OSError, IOError is OSError)
