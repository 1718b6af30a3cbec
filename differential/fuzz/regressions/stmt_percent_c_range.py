for v in [-3, 0x110000, 2**64, -1, 65, 'z', True]:
    try:
        print(repr('%c %05d' % (v, 7)))
    except (OverflowError, TypeError) as e:
        print('!', type(e).__name__, e)
