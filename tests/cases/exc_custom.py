# custom exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key} not found')
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return 'invalid: ' + ', '.join(map(str, self.args))
try:
    raise NotFound('user')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
    print(repr(e))
try:
    raise Invalid('a', 1)
except Invalid as e:
    print(e)
    print(repr(e))
print(issubclass(NotFound, Exception), isinstance(Invalid(), AppError))
try:
    raise AppError
except AppError as e:
    print('bare class raised', repr(e))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
