eg = ExceptionGroup('many', [ValueError(1), TypeError(2)])
print(eg, len(eg.exceptions), eg.message)
print(repr(eg))
try:
    raise eg
except* ValueError as e:
    print('value part', e.exceptions)
except* TypeError as e:
    print('type part', e.exceptions)
