print(str(ValueError), repr(ValueError), ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
class Local(Exception): pass
print(Local.__module__, Local.__qualname__)
