# padding and alignment methods
print('ab'.center(6), '|')
print('ab'.center(7, '*'))
print('ab'.ljust(5, '.') + '|')
print('ab'.rjust(5, '.') + '|')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4))
print('toolong'.center(3))
print('a\tb'.expandtabs(4))
print(repr('x'.ljust(0)))
for w in ['a', 'bb', 'ccc']:
    print(w.rjust(4) + '|' + w.ljust(4) + '|')
