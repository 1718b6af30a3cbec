# case conversion
s = 'Hello World 123'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('hello'.isupper(), 'HELLO'.isupper(), 'hello'.islower())
print('abc'.isalpha(), 'ab1'.isalpha(), '123'.isdigit(), '12a'.isdigit())
print('abc123'.isalnum(), '   '.isspace(), ''.isspace())
print('Title Case'.istitle())
print('ß'.upper(), 'ÀÉ'.lower())
print('mIxEd'.casefold())
