def f(xs):
    for x in xs:
        try:
            if x:
                return x
            continue
        finally:
            print('f')
    while True:
        with open('a') as fh:
            try:
                break
            except Exception:
                return 2
    try:
        pass
    finally:
        return 3
