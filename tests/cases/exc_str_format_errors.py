for f in [lambda: '{}'.format(), lambda: '{0} {2}'.format(1, 2), lambda: '{a}'.format(b=1), lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: f'{1:z}']:
    try: f()
    except (IndexError, KeyError, TypeError, ValueError) as e: print(type(e).__name__, e)
