class PluginBase:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
class A(PluginBase): pass
class B(PluginBase, name='bee'): pass
class C(B): pass
print(PluginBase.plugins, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(PluginBase, unknown=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class E(unknown=1): pass
except TypeError as e:
    print('TypeError', e)
class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__(**kw)
class Base2:
    def __init_subclass__(cls, tag='none', **kw):
        print('Base2.__init_subclass__', cls.__name__, tag)
        super().__init_subclass__(**kw)
class Both(Mixin, Base2, tag='t'): pass
print(type(Base2.__dict__['__init_subclass__']).__name__)
class Check:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
class Good(Check):
    required = 1
try:
    class Bad(Check): pass
except TypeError as e:
    print('TypeError', e)
class NoSuper:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class Sub(NoSuper, x=1, y=2): pass
print(Sub.kw)
print(object.__init_subclass__() is None)
