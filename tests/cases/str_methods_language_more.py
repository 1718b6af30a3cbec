s = 'Hello, World'
print(s[0], s[-1], s[::-1], s[2:5], s[:100], s[100:], s[-3:], s[::3], s[5:2], s[5:2:-1])
print(s.split(', '), s.split(), ' a  b '.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a,b,c'.rsplit(',', 1))
print(s.lower(), s.upper(), s.swapcase(), s.title(), 'hello world'.capitalize(), s.casefold())
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.startswith(('He', 'X')), s.endswith('ld'), 'o' in s)
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)
print(s.replace('l', 'L'), s.replace('l', 'L', 1), s.strip('Hd'), '  x  '.strip(), 'xxaxx'.lstrip('x'), 'xxaxx'.rstrip('x'))
print('-'.join(['a', 'b']), ''.join(reversed('abc')), s.partition(', '), s.rpartition('o'), s.center(16, '*'), s.zfill(15))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '  '.isspace(), 'Ab'.istitle(), 'AB'.isupper(), 'x'.islower(), 'x_1'.isidentifier())
print('a\tb'.expandtabs(4), 'l1\nl2\r\nl3'.splitlines(), 'l1\nl2'.splitlines(True), 'ab' * 3, 'a' < 'b', 'Z' < 'a')
print(s.removeprefix('Hello'), s.removesuffix('World'), 'abc'.ljust(5, '.'), 'abc'.rjust(5), '{:^5}'.format('ab'))
print(str.maketrans('ab', 'xy'), 'abcab'.translate(str.maketrans('ab', 'xy', 'c')), 'hello'.encode(), b'hi'.decode())
try:
    s[100]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'h'
except TypeError as e:
    print('TypeError', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
print('é'.encode('utf-8'), len('日本'), '日本'[1], 'ß'.upper(), 'İ'.lower() == 'i̇', chr(0x10348).encode('utf-16-le') if False else 'skip')
print(r'raw\n', 'tab\there', 'q\'s', "d\"s", '\x41\u00e9\N{BULLET}', '\101', len('\0'))
print('a' 'b' "c", """tri
ple""", 'multi' \
    'line')
