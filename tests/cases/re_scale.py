import re

# larger inputs: linear-time behaviour and iteration stack depth
text = ('lorem ipsum dolor sit amet, consectetur adipiscing elit 12345 ' * 2000)
print(len(text), len(re.findall(r'\w+', text)), len(re.findall(r'\d+', text)), len(re.split(r'\s+', text)))
print(re.search(r'elit (\d+) lorem', text).span(), re.sub(r'[aeiou]', '', text[:100]))
print(re.subn(r'(\w+) (\w+)', r'\2 \1', text)[1], len(re.sub(r'\s+', ' ', text)))
print(re.match(r'(?:ab)*', 'ab' * 20000).end(), re.match(r'(ab|cd)*', 'abcd' * 10000).end(), re.match(r'(a|b)*c', 'ab' * 10000 + 'c').end())
print(re.match(r'.*x', 'a' * 20000 + 'x').end(), re.match(r'.*?x', 'a' * 20000 + 'x').end(), re.search(r'x', 'a' * 50000 + 'x').start())
print(re.match(r'(?s).*', 'ab\n' * 10000).end(), len(re.findall(r'^.*$', 'line\n' * 5000, re.M)))
words = re.findall(r'[a-z]+', text)
print(len(set(words)), sorted(set(words))[:5])
print(re.fullmatch(r'(?:\d{3}-)*\d{3}', '-'.join(['123'] * 3000)) is not None)
big = 'é' * 1000 + 'x' + 'ü' * 1000
print(re.search('x', big).span(), re.findall(r'ü+', big)[0][:3], len(re.sub('é', 'e', big)))
