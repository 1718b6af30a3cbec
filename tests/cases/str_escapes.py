# string escape sequences
print('tab:\tend')
print('newline:\nsecond line')
print('backslash: \\')
print('quote: \' and \"')
print('hex: \x41\x42')
print('unicode: \u00e9 \u4e2d \U0001F600'.encode('utf-8'))
print(len('\n'), len('\\n'), len(r'\n'))
print('null char length', len('a\0b'))
print('bell repr', repr('\a\b\f\v'))
print("it's", 'say "x"')
print('line one\
 continued')
print(repr('\r\n'))
