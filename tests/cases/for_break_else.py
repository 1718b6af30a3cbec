# for ... else with break
for i in range(5):
    if i == 3:
        print('found 3')
        break
else:
    print('not found')
for i in range(5):
    if i == 10:
        break
else:
    print('loop completed')
for x in []:
    break
else:
    print('empty else')
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
