class AppError(Exception):
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f'[{self.code}] {self.args[0]}'
class NotFound(AppError):
    def __init__(self, what): super().__init__(f'{what} not found', code=404)
class Forbidden(AppError): pass
for exc in (NotFound('page'), Forbidden('no access', code=403), AppError('generic')):
    try:
        raise exc
    except NotFound as e:
        print('NotFound', e, e.code, repr(e))
    except AppError as e:
        print(type(e).__name__, e, e.code, e.args)
print(NotFound.__mro__[1].__name__, issubclass(Forbidden, Exception))
try:
    raise NotFound('user') from KeyError('uid')
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
