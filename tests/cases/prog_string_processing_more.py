s = 'The Quick  Brown   Fox'
print(' '.join(s.split()), s.lower().split(), [w[::-1] for w in s.split()], s.title().swapcase())
print(''.join(c for c in s if c.isupper()), sum(c.isspace() for c in s), s.replace(' ', '').lower())
def is_pal(t):
    t = ''.join(ch.lower() for ch in t if ch.isalnum())
    return t == t[::-1]
print([is_pal(x) for x in ['A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']])
def caesar(t, k): return ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in t)
print(caesar('hello world', 3), caesar(caesar('abc xyz', 5), -5))
from collections import Counter
print(Counter('mississippi').most_common(2), sorted(Counter('aab').elements()))
