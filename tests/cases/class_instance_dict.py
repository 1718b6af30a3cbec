class C:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
c = C()
print(c.__dict__, 'cls_attr' in c.__dict__)
c.__dict__['z'] = 26
print(c.z, vars(c))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
