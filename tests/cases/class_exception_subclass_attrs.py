class HTTPError(Exception):
    def __init__(self, status, reason='unknown'):
        super().__init__(status, reason)
        self.status = status
    def __str__(self): return f'HTTP {self.status}: {self.args[1]}'
try:
    raise HTTPError(404, 'not found')
except HTTPError as e:
    print(e, e.status, e.args, repr(e))
class Quiet(Exception): pass
print(repr(Quiet()), str(Quiet('x', 1)))
