class A:
    def __init__(self): A()
try: A()
except RecursionError as e: print(type(e).__name__, e)
class B:
    def __call__(self): return self()
try: B()()
except RecursionError as e: print(type(e).__name__, e)
