def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('closing')
        raise
    finally:
        print('finally')
it = g(); print(next(it)); it.close()
it.close()
print(list(it))
