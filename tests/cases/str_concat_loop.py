# building strings incrementally
s = ''
for i in range(10):
    s += str(i)
print(s)
parts = []
for word in ['alpha', 'beta', 'gamma']:
    parts.append(word[0].upper() + word[1:])
print(' '.join(parts))
acc = 'x'
for _ in range(5):
    acc = acc + acc
print(len(acc))
line = ''
for i in range(1, 6):
    line += '*' * i + '\n'
print(line, end='')
print('%s-%s' % ('a', 'b') + '!')
