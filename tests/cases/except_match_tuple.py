# matching exception tuples and hierarchy
def test(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return 'value-or-type ' + type(e).__name__
    except LookupError as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
print(test(ValueError()))
print(test(TypeError()))
print(test(KeyError()))
print(test(IndexError()))
print(test(ZeroDivisionError()))
print(test(OverflowError()))
print(test(RuntimeError()))
print(test(NotImplementedError()))
print(test(UnboundLocalError()))
handlers = (KeyError, IndexError)
try:
    {}[1]
except handlers:
    print('caught via variable tuple')
