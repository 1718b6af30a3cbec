class Base:
    @classmethod
    def create(cls): return f'Base.create({cls.__name__})'
    @property
    def label(self): return 'base-label'
    @staticmethod
    def util(): return 'base-util'
class Child(Base):
    @classmethod
    def create(cls): return 'Child+' + super().create()
    @property
    def label(self): return 'child+' + super().label
    @staticmethod
    def util(): return 'child+' + Base.util()
print(Child.create(), Child().label, Child.util(), Child().create())
