# strip family
s = '   padded  \t\n'
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print('xxhixx'.strip('x'))
print('abcHIcba'.strip('abc'))
print('--a--'.lstrip('-'), '--a--'.rstrip('-'))
print(repr(''.strip()))
print('prefix_name'.removeprefix('prefix_'))
print('file.txt'.removesuffix('.txt'))
print('file.txt'.removesuffix('.py'))
