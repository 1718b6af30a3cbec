# html.parser.HTMLParser: every handler with positions, attributes (quoted/bare/valueless/
# entities/duplicates/case), self-closing tags, script/style raw text, comments, doctype, PIs,
# marked sections, charrefs with and without convert_charrefs, malformed markup, chunked feeding
from html.parser import HTMLParser

class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))
    def handle_endtag(self, tag): self.events.append(('end', tag, self.getpos()))
    def handle_startendtag(self, tag, attrs): self.events.append(('startend', tag, attrs))
    def handle_data(self, data): self.events.append(('data', data))
    def handle_comment(self, data): self.events.append(('comment', data))
    def handle_decl(self, decl): self.events.append(('decl', decl))
    def handle_pi(self, data): self.events.append(('pi', data))
    def handle_charref(self, name): self.events.append(('charref', name))
    def handle_entityref(self, name): self.events.append(('entityref', name))
    def unknown_decl(self, data): self.events.append(('unknown_decl', data))

docs = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; t</title></head>\n<body class=main id=\'b\'>\n<p>Hello, <b>world</b>!</p></body></html>',
    '<a href="/x?a=1&amp;b=2" title=\'q "x"\' data-x = bare disabled CHECKED Target="_blank" href=dup>link</a>',
    '<img src="a.png" alt="A"/><br/><br /><input type=checkbox checked/>',
    '<script>if (a < b && c > d) { x = "</div>"; }</script><style>p > a { color: red }</style><p>after</p>',
    '<SCRIPT type="text/javascript">var s = "</scr" + "ipt>";</SCRIPT >done',
    '<!-- a comment --><!--multi\nline--><!----><!-- x -- y -->',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<![CDATA[some <data>]]><![if !IE]>ie<![endif]>',
    'A &lt; B &gt; C &amp; D &copy; &#169; &#xA9; &#x2603; &nbsp;x &unknown; & alone &#; &amp',
    '<p>unclosed <div>nested <span>deep</p></div>',
    '</>< p>text< /p><>< >a<b',
    '<a b="1" c=\'2\' d=3 e f = "spaced">x</a ><a/b>y</a b c>',
    '<p class="a &quot;b&quot; &#39;c&#39; &lt;">t</p><p title="&unknownentity;">u</p>',
    '<!bogus comment><!DOCTYPE><!doctype html PUBLIC "-//W3C//DTD">',
    '<div\nclass="x"\n>multi\nline\n</div\n>',
    '<textarea><b>not bold</b></textarea><title>a<b>c</title>',
]
for d in docs:
    for cc in (True, False):
        p = Log(convert_charrefs=cc)
        p.feed(d)
        p.close()
        print(cc, repr(d[:40]))
        for e in p.events:
            print('   ', e)

# chunked feeding gives the same events
text = docs[0] + docs[1] + docs[8] + docs[3]
whole = Log(); whole.feed(text); whole.close()
for size in (1, 3, 7, 50):
    p = Log()
    for i in range(0, len(text), size):
        p.feed(text[i:i + size])
    p.close()
    merged = []
    for e in p.events:
        if e[0] == 'data' and merged and merged[-1][0] == 'data':
            merged[-1] = ('data', merged[-1][1] + e[1])
        else:
            merged.append(e)
    wm = []
    for e in whole.events:
        if e[0] == 'data' and wm and wm[-1][0] == 'data':
            wm[-1] = ('data', wm[-1][1] + e[1])
        else:
            wm.append(e)
    print(size, [e[:3] for e in merged] == [e[:3] for e in wm])

# unfinished input at close
for tail in ['<a href="x', '<!-- open', '<div', 'text &amp', '<script>x', '<![CDATA[x', '&#12']:
    p = Log(); p.feed(tail); p.close(); print(repr(tail), p.events, repr(p.rawdata))
p = Log(); p.feed('<p>partial'); print(p.events, p.getpos()); p.reset(); print(p.getpos(), p.rawdata, p.lasttag)

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
l = Links(); l.feed('<ul><li><a href="/one">1</a><li><a href=/two>2</a><li><a name=x>3</a></ul>'); l.close()
print(l.links)
try:
    HTMLParser().feed('<![foo bar]>')
except AssertionError as e:
    print('AssertionError', e)
