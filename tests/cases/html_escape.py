import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''), html.escape('plain'))
try:
    html.escape(5)
except AttributeError as e:
    print('AttributeError', e)
for s in ['&amp;', '&lt;b&gt;', '&quot;&#x27;&#39;', '&copy; 2024', '&nbsp;|', '&eacute;t&eacute;',
          '&ampx', '&amp', '&notit;', '&notin;', '&foo;', '&#65;&#x42;&#X43', '&#0;', '&#128;&#x9f;',
          '&#xD800;', '&#1114112;', '&#1;x', '&#xFFFF;', '&#13;', '&', '&&', 'a & b', '&#;', '&#x;',
          '&hellip;&mdash;&ndash;&rsquo;&ldquo;&rdquo;&trade;&euro;&pound;&yen;&times;&divide;',
          '&alpha;&beta;&Gamma;&Omega;&pi;&sum;&infin;&ne;&le;&ge;&rarr;&larr;&harr;&hearts;',
          '&NotEqualTilde;&bne;&fjlig;', '&lang;&rang;', '&AMP;&LT', '&abcdefghijklmnopqrstuvwxyzabcdefghij;']:
    print(repr(s), ascii(html.unescape(s)))
print(html.unescape('no entities'))
