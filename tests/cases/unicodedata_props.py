import unicodedata as u
chars = 'aZ5 \n\t.,!é€½²٣ßΩж中あア가😀\u0301\u200b\u3000\uff21\u2028\ufeff\U0001d400\ue000\U0010ffff'
for c in chars:
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.numeric(c, None), u.decimal(c, None), u.digit(c, None))
print(u.unidata_version)
print(u.numeric('\u4e09'), u.numeric('½'), u.numeric('\u216b'), u.digit('²'), u.decimal('٣'), u.numeric('\u2155'))
print(u.mirrored('('), u.mirrored('<'), u.category('\U00020000'), u.east_asian_width('\U00020000'))
print([u.category(chr(c)) for c in range(0x2000, 0x2070, 7)])
