import traceback
def level3(): raise KeyError('deep')
def level2(): level3()
def level1():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    level1()
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print([f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__)
