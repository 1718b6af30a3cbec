def raise_nested():
    raise ExceptionGroup('outer', [
        ValueError('v1'),
        ExceptionGroup('mid', [TypeError('t1'), ValueError('v2')]),
        KeyError('k1'),
    ])
try:
    raise_nested()
except* ValueError as g:
    print('values:', repr(g))
except* TypeError as g:
    print('types:', repr(g))
except* KeyError as g:
    print('keys:', repr(g))
try:
    try:
        raise_nested()
    except* (ValueError, KeyError):
        print('handled some')
except* TypeError as rest:
    print('rest types', repr(rest))
def gen_errors():
    errors = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            raise OSError(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('batch', errors)
try:
    gen_errors()
except* OSError as g:
    print('os', [e.args for e in g.exceptions])
except* ValueError as g:
    print('val', [e.args for e in g.exceptions])
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
print([type(e).__name__ for e in eg.exceptions], eg.message, eg.args[0], len(eg.args[1]))
print(eg.split(lambda e: isinstance(e, ValueError))[0].exceptions)
try:
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ValueError:
        raise TypeError('replaced')
except TypeError as e:
    print('plain raise inside except* escapes:', repr(e))
except ExceptionGroup as e:
    print('wrapped:', repr(e), repr(e.exceptions))
for src in ['try:\n    pass\nexcept* ValueError:\n    break\n', 'try:\n    pass\nexcept*:\n    pass\n',
            'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
            'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
try:
    try:
        raise ValueError('v')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError', e)
