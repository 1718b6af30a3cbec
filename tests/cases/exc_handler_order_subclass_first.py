try:
    raise FileNotFoundError('f')
except OSError as e:
    print('OSError handler', type(e).__name__)
except FileNotFoundError:
    print('unreachable')
