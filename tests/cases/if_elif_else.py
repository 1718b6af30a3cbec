# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))
x = 5
if x > 3:
    print('gt3')
if x > 10:
    print('gt10')
else:
    print('not gt10')
if x:
    if x % 2:
        print('odd')
    else:
        print('even')
y = 'yes' if x > 1 else 'no'
print(y)
print('a' if 0 else 'b' if 1 else 'c')
if []:
    print('empty list true')
elif {}:
    print('empty dict true')
else:
    print('both false')
