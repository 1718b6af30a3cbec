class Base:
    def __init__(self, **kw):
        self.base = True
        print('Base init', sorted(kw))
class Mixin:
    def __init__(self, mix=0, **kw):
        self.mix = mix
        super().__init__(**kw)
class Child(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
c = Child(mix=3, extra=1)
print(c.mix, c.base)
