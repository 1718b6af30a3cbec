import math
obj = 5
for name in ['nosuch', 'append', '__name__', 'x'] + ([] if isinstance(obj, type) else ['__dict__', 'real']):
    try:
        v = getattr(obj, name)
        print('get', name, type(v).__name__)
    except AttributeError as e:
        print('get', name, 'AttributeError', e)
for name in ['x', 'real', '__class__']:
    try:
        setattr(obj, name, 1)
        print('set', name, 'ok')
    except (AttributeError, TypeError) as e:
        print('set', name, type(e).__name__, e)
