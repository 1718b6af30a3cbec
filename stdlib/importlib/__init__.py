"""importlib: import_module and invalidate_caches (pyex imports through the VM's import
statement; there are no loaders, finders or specs to expose)."""
import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by name; '.name' is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if not name:
        raise ValueError('Empty module name')
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    ns = {}
    exec('import ' + name + ' as _m', ns)
    return ns['_m']


def invalidate_caches():
    pass


def reload(module):
    """Run a module's code again in its namespace (sandbox files only: frozen modules are
    returned as they are)."""
    name = getattr(module, '__name__', None)
    if not isinstance(name, str) or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    f = getattr(module, '__file__', None)
    if isinstance(f, str) and not f.startswith('<'):
        try:
            with open(f) as fh:
                src = fh.read()
        except OSError:
            return module
        exec(compile(src, f, 'exec'), module.__dict__)
    return module
