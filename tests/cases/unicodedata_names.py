import unicodedata as u
for c in 'aZ5 .é€½ΩжあアÅﬁ→∑★✓😀🚀\u0301\uff21\U0001d400—“”…©®™°±×÷αβγ':
    print(ascii(c), u.name(c))
for c in '中\u4e00\u9fff\uac00\ud7a3\ub098\uf900\U00020000':
    print(ascii(c), u.name(c))
print(u.name('\x00', 'none'), u.name('\ue000', None))
for n in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', 'EURO SIGN', 'SNOWMAN', 'GRINNING FACE',
          'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG', 'greek small letter alpha', 'BLACK STAR']:
    print(n, ascii(u.lookup(n)))
for f, a in [(u.name, '\x00'), (u.name, 'ab'), (u.name, 5), (u.lookup, 'NO SUCH THING'), (u.category, 'ab'),
             (u.numeric, 'a'), (u.decimal, 'x'), (u.digit, 'x'), (u.combining, ''), (u.lookup, 5)]:
    try:
        print(f(a))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
