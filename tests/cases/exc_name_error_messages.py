def f():
    return undefined_in_func
try: f()
except NameError as e: print(e)
class C:
    def m(self): return self_missing
try: C().m()
except NameError as e: print(e)
try: del undefined_del
except NameError as e: print(e)
