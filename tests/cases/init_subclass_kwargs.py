class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Csv(Plugin, name='csv-reader'): pass
class Json(Plugin): pass
print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name)
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
