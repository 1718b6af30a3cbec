for e in [KeyError, UnicodeEncodeError, FloatingPointError, PermissionError, SystemExit]:
    print([c.__name__ for c in e.__mro__])
