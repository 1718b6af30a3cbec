import sys
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
