# replace, find, index, count, startswith, endswith
s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('at', 'og', 2))
print(s.replace('', '-')[:10])
print(s.find('at'), s.find('at', 6), s.find('xyz'))
print(s.rfind('at'), s.rfind('xyz'))
print(s.index('sat'))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
print(s.count('at'), s.count('the'), s.count(''))
print(s.startswith('the'), s.startswith('cat'), s.startswith('cat', 4))
print(s.endswith('mat'), s.endswith(('dog', 'mat')))
print(s.startswith(('a', 't')))
print('aaa'.replace('a', 'aa'))
print('aaaa'.count('aa'))
