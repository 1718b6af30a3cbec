def add_attr(name, value):
    def deco(cls):
        setattr(cls, name, value)
        return cls
    return deco
def frozen_repr(cls):
    cls.__repr__ = lambda self: f'<{cls.__name__} {sorted(vars(self).items())}>'
    return cls
@frozen_repr
@add_attr('kind', 'widget')
@add_attr('version', 2)
class W:
    def __init__(self): self.x = 1
print(W(), W.kind, W.version)
