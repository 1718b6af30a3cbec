class Base:
    def __repr__(self): return f'<{type(self).__name__}>'
class Child(Base): pass
print(Child(), str(Child()), [Child()])
class S(Base):
    def __str__(self): return 'S!'
print(S(), repr(S()), f'{S()}')
