print('before')
d = {}
d[(1, 'a')]
