import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE, int(re.I | re.S), re.I & re.I, re.I == 2)
print(isinstance(re.I, int), re.I.value, re.M.name)
for p, f in [('a', 0), ('a', re.I), ('a', re.I | re.M), (b'a', 0), (b'a', re.I), ('a', re.A), ('(?s)a', 0), ('(?x)a b', 0),
             ('(?ims)a', 0), ('(?a)a', 0), (b'(?L)a', 0)]:
    c = re.compile(p, f)
    print(repr(c), c.flags)
print(re.findall('^a', 'ab\nac', re.M), re.findall('^a', 'ab\nac'), re.findall('b$', 'ab\ncb', re.M), re.findall('b$', 'ab\ncb'))
print(re.findall('.', 'a\nb', re.S), re.findall('.', 'a\nb'), re.findall('(?s:.)(.)', 'a\nb\nc'))
print(re.findall('A', 'aAa', re.I), re.findall('(?i:a)A', 'aAAA'), re.findall('(?-i:a)a', 'aAAa', re.I))
print(re.findall(r'(?x) \d + # digits', '12 34'), re.findall(r'(?x)[ ]\d', 'a 1'), re.findall(r'(?x)\ \d', 'a 1'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'), re.findall(r'(?a:\w)+', 'héllo'))
print(re.findall(r'\d', '1٣', re.A), re.findall(r'\s', ' \u3000', re.A), re.findall(r'\b\w', 'é a', re.A))
print(re.match('STRASSE', 'strasse', re.I), re.match('[a-z]+', 'ABC', re.I), re.match('[^a-z]', 'A', re.I), re.match('É', 'é', re.I))
print(re.match('(a)\\1', 'aA', re.I), re.match('\u212a', 'k', re.I), re.match('[\u212a]', 'K', re.I))
print(re.compile('(?i)a').match('A'), re.compile('a(?i:b)c').match('aBc'), re.compile('a(?i:b)c').match('aBC'))
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
