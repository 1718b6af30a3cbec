# atexit: handlers run after the main program, last registered first, with their arguments;
# unregister removes every registration of a function; errors are reported and skipped
import atexit

def bye(name, punct='!'):
    print('bye', name + punct)

def boom():
    raise ValueError('handler failed')

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(boom)
r = atexit.register(bye, 'removed')
print(r is bye)
atexit.unregister(bye)
atexit.register(bye, 'third')

@atexit.register
def decorated():
    print('decorated handler')

try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('main done', __name__, __file__.endswith('atexit_basic.py'))
