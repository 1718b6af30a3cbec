# iterating over strings
for ch in 'abc':
    print(ch, ord(ch))
print([c.upper() for c in 'hey'])
count = 0
for ch in 'banana':
    if ch == 'a':
        count += 1
print(count)
print(list(enumerate('xy')))
print(''.join(reversed('stressed')))
print(sorted('dcba'), min('zyx'), max('abc'))
print(list(map(ord, 'AZ')))
print('-'.join(c * 2 for c in 'abc'))
