class Plain: pass
r = repr(Plain())
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'))
print(repr(Plain), str(Plain), repr(int), repr(type))
class Nested:
    class Inner: pass
print(repr(Nested.Inner))
