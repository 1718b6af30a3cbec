# assert statement
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['payload', 1]
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 0, f'x={x} must be negative'
except AssertionError as e:
    print(e)
print('done')
