class A(Exception): pass
class B(A): pass
for exc in [A, B, Exception]:
    try:
        raise exc('m')
    except B:
        print('B handler', exc.__name__)
    except A:
        print('A handler', exc.__name__)
    except Exception:
        print('generic', exc.__name__)
