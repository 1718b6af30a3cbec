class MyErr(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(code)
    def __str__(self): return f'error code {self.code}'
try: raise MyErr(7)
except MyErr as e: print(e, repr(e), e.args)
class NoSuper(Exception):
    def __init__(self, a, b): self.a = a
try: raise NoSuper(1, 2)
except NoSuper as e: print(repr(e), e.args)
