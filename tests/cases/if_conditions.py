# compound conditions
def check(a, b):
    if a > 0 and b > 0:
        return 'both positive'
    if a > 0 or b > 0:
        return 'one positive'
    if not (a or b):
        return 'both zero'
    return 'neither'
for pair in [(1, 1), (1, -1), (-1, 1), (0, 0), (-1, -1)]:
    print(pair, check(*pair))
x = 7
if 0 < x < 10 and x % 2 == 1:
    print('single-digit odd')
if x in (1, 3, 7):
    print('in tuple')
if x is not None and x != 8:
    print('not none, not eight')
s = ''
if s and s[0] == 'a':
    print('never')
else:
    print('short-circuit protected')
