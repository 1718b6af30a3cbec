# truthiness of user objects via __bool__ and __len__
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Flag(False)), bool(Both()))
print(len(Full()), len(Both()))
if not Empty():
    print('Empty is falsy')
print(Flag(False) or 'fallback', Full() and 'second')
print([type(x).__name__ for x in [Empty(), Full(), Flag(1 > 0)] if x])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
