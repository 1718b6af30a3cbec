for exc in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        try:
            raise exc
        except Exception:
            print('wrong')
    except BaseException as e:
        print('base caught', type(e).__name__)
