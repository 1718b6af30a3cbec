# more str queries
s = 'Hello, World'
print(s.count('l'), s.count('o', 5), s.count('lo'))
print(s.find(','), s.find('o', 5), s.find('o', 5, 7))
print(s.index('W'), s.rindex('o'))
print(s.lower().count('h'))
print('a-b-c'.replace('-', ''))
print('abc'.startswith(''), 'abc'.endswith(''))
print('x'.join([]), 'x'.join(['only']))
print(' '.join(reversed(s.split(', '))))
print('%s' % s[::-1])
print('ab' in 'cab', 'ac' in 'abc')
