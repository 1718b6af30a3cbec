class TransientError(Exception): pass
attempts = {'n': 0}
def flaky(succeed_on):
    attempts['n'] += 1
    if attempts['n'] < succeed_on:
        raise TransientError(f'attempt {attempts["n"]} failed')
    return f'ok after {attempts["n"]}'
def retry(fn, tries):
    errors = []
    for i in range(tries):
        try:
            return fn(), errors
        except TransientError as e:
            errors.append(str(e))
    raise ExceptionGroup('all retries failed', [TransientError(e) for e in errors])
print(retry(lambda: flaky(3), 5))
attempts['n'] = 0
try:
    retry(lambda: flaky(10), 2)
except* TransientError as eg:
    print(eg.message, [str(e) for e in eg.exceptions])
