# indexing strings yields 1-char strings
s = 'python'
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
print(type(s[0]).__name__, len(s[0]))
print(s[0] == 'p', s[0] + s[-1])
print(ord(s[0]), chr(ord(s[0]) + 1))
print([c for c in s if c in 'aeiouy'])
print(list(s), tuple('ab'))
print(ord('A'), ord('a'), ord('0'), ord('é'), chr(65), chr(8364))
