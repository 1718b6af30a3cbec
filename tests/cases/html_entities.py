from html.entities import html5, name2codepoint, codepoint2name, entitydefs
print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(name2codepoint['amp'], name2codepoint['lang'], codepoint2name[169], ascii(entitydefs['euro']))
print(ascii(html5['amp;']), ascii(html5['amp']), ascii(html5['NotEqualTilde;']), 'ampx' in html5)
print(sorted(name2codepoint)[:10])
print(sum(map(len, html5.values())))
