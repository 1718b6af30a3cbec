class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound(404, 'missing')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)
class V(ValueError): pass
try: raise V('bad', 1)
except ValueError as e: print(type(e).__name__, e, repr(e))
