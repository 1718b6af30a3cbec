# finally always runs
try:
    print('body')
finally:
    print('finally 1')
try:
    try:
        raise ValueError('boom')
    finally:
        print('finally 2')
except ValueError as e:
    print('caught', e)
def f():
    try:
        return 'from try'
    finally:
        print('finally 3')
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print('loop', i)
    finally:
        print('fin', i)
