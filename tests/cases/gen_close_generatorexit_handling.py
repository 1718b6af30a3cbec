# What a generator may do with the GeneratorExit that close() throws in.
def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        return 'ret'
it = catches_and_returns(); next(it)
print('close ->', it.close())

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring')
    yield 2
it = ignores(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')
it = raises_other(); next(it)
try:
    it.close()
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)

def reraises():
    try:
        yield 1
    except GeneratorExit as e:
        print('isinstance BaseException', isinstance(e, BaseException), isinstance(e, Exception))
        raise
it = reraises(); next(it)
print(it.close())

def finally_yields():
    try:
        yield 1
    finally:
        yield 2
it = finally_yields(); next(it)
try:
    it.close()
except RuntimeError as e:
    print('RuntimeError', e)

# except Exception does not catch GeneratorExit
def broad():
    try:
        yield 1
    except Exception:
        print('never')
    finally:
        print('broad finally')
it = broad(); next(it); it.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(GeneratorExit.__mro__)
