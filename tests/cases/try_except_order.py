# first matching handler wins
def run(e):
    try:
        raise e
    except KeyError:
        return 'KeyError handler'
    except LookupError:
        return 'LookupError handler'
    except Exception:
        return 'Exception handler'
print(run(KeyError()))
print(run(IndexError()))
print(run(ValueError()))
try:
    raise IndexError('x')
except Exception:
    print('broad first')
except IndexError:
    print('never reached')
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('no')
except TypeError as e:
    print('propagated', e)
