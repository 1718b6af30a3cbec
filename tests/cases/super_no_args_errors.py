def f():
    return super()
try: f()
except RuntimeError as e: print(type(e).__name__, e)
class A:
    @staticmethod
    def s(): return super()
try: A.s()
except RuntimeError as e: print(type(e).__name__, e)
