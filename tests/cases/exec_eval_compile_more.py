ns = {}
exec('x = 1\ndef f(y): return x + y', ns)
print(ns['x'], ns['f'](2), sorted(k for k in ns if k != '__builtins__'))
print(eval('x * 10', ns), eval('f(5)', ns), eval('a + b', {'a': 1}, {'b': 2}))
g = {'v': 'global'}
l = {'v': 'local'}
print(eval('v', g, l), eval('v', g))
exec('w = v', g, l)
print(l['w'], 'w' in g)
code = compile('1 + 2', '<expr>', 'eval')
print(type(code).__name__, eval(code), code.co_filename)
code = compile('print("exec mode")', '<stmt>', 'exec')
exec(code)
code = compile('3 * 3', '<single>', 'single')
exec(code)
for bad, mode in [('x = ', 'exec'), ('1 +', 'eval'), ('x = 1', 'eval'), ('def', 'exec')]:
    try:
        compile(bad, '<bad>', mode)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.filename)
try:
    compile('1', '<x>', 'bogus')
except ValueError as e:
    print('ValueError', e)
try:
    eval(5)
except TypeError as e:
    print('TypeError', e)
try:
    exec('raise KeyError("from exec")')
except KeyError as e:
    print('KeyError', e)
print(eval(' 1 + 1 '), eval('\t2'), eval('[i for i in range(3)]'))
def scope_test():
    a = 5
    return eval('a + 1'), eval('a', {'a': 100}), exec('b = a') or 'exec returns None'
print(scope_test())
res = {}
exec('import math\nr = math.sqrt(16)', res)
print(res['r'])
print(eval('__name__'), eval('__name__', {}) if False else '', exec('__name__') is None)
src = '''
class K:
    def m(self): return 'method'
result = K().m()
'''
n2 = {}
exec(src, n2)
print(n2['result'], n2['K'].__module__ if '__name__' in n2 else n2['K'].__module__)
print(eval('lambda q: q + 1')(1))
print(eval(compile('x', '<c>', 'eval'), {'x': 'compiled'}))
exec('global gg\ngg = 3')
print(gg)
d = {}
exec('for i in range(3): pass', d)
print(d['i'])
