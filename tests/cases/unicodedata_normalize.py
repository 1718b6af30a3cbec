import unicodedata as u
samples = ['café', 'cafe\u0301', 'Å', 'A\u030a', '\u212b', 'ﬁ', '①②', '½', 'x²', 'Ｈｅｌｌｏ', '\u1e9b\u0323',
           '한국어', '\u1100\u1161\u11a8', 'ｶﾞ', '𝐇𝐞𝐥𝐥𝐨', 'Ǆ', 'ñ', 'n\u0303', '\u0344', '\u0958', 'ｱｲｳ',
           'e\u0327\u0301', 'e\u0301\u0327', 'a\u0323\u0302', '\u00c5\u0316', 'plain ascii', '', 'Ω', '\u2126', '㍿', '…']
for s in samples:
    out = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(x) for x in out], [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
def strip_accents(s):
    return ''.join(c for c in u.normalize('NFD', s) if u.category(c) != 'Mn')
print(strip_accents('Crème Brûlée à la façon de Zoë, naïve Ångström'))
print(u.normalize('NFKC', 'ｔｅｓｔ　１２３ ﬀ ﬃ ™ ℃'))
for bad in [('NFX', 'a'), ('nfc', 'a')]:
    try:
        u.normalize(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    u.normalize('NFC', b'x')
except TypeError as e:
    print('TypeError', e)
