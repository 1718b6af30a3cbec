a = 'hello'
b = 'hel' + 'lo'
print(a == b, a is 'hello' if False else 'skip', len({a, b}), hash(a) == hash(b))
s = ''
for ch in 'abc':
    s += ch
print(s, s == 'abc', s * 0 == '', '' in 'abc', 'abc'.find(''), 'abc'.count(''))
print('a' < 'b' < 'ba', 'Z' < 'a', 'é' > 'z', sorted(['b', 'A', 'a', 'B']), max('hello'), min('hello'))
print(str(1), str(1.0), str(True), str(None), str([1, 'a']), str((1,)), str({1: 'a'}), str(b'x'), str(range(2)))
print(repr('a"b'), repr("a'b"), repr('a\'b"c'), repr('\n\t\\'), repr('\x00\x7f'), repr('é'), repr('\u200b'))
