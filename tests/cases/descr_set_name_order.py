class N:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name): print('set_name', self.tag, name)
class C:
    a = N(1)
    b = N(2)
    c = N(3)
n = N(4)
C.late = n
print(hasattr(n, 'owner'))
