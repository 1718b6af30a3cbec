"""A tiny Markdown-to-HTML converter built with re and html.escape."""
import html
import re

DOC = """# Release notes

Version **2.1** brings *many* fixes & a few `new_features()`.

## Changes
- Faster [parser](https://example.com/parser?x=1&y=2)
- Fixed **bold *nested* text**
- Removed `<script>` injection

1. Install
2. Run `tool --check`
3. Enjoy

> Quote with *emphasis*
> second line

```
code <b>block</b>
  indented
```

Trailing paragraph
spanning two lines.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: "<code>" + m.group(1) + "</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: "<strong>" + m.group(1) + "</strong>"),
    (re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)"), lambda m: "<em>" + m.group(1) + "</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]

def inline(text):
    text = html.escape(text, quote=False)
    for pat, repl in INLINE:
        text = pat.sub(repl, text)
    return text

def convert(md):
    out, para, list_kind, in_code, quote = [], [], None, False, []

    def flush():
        nonlocal list_kind
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None
        if quote:
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote.clear()

    for line in md.split("\n"):
        if line.startswith("```"):
            if in_code:
                out.append("</code></pre>")
                in_code = False
            else:
                flush()
                out.append("<pre><code>")
                in_code = True
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
        elif m := re.match(r"\s*([-*]|\d+\.)\s+(.*)", line):
            kind = "ul" if m.group(1) in "-*" else "ol"
            if para:
                flush()
            if list_kind != kind:
                if list_kind:
                    out.append(f"</{list_kind}>")
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(m.group(2))}</li>")
        elif line.startswith(">"):
            quote.append(line[1:].strip())
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return "\n".join(out)

result = convert(DOC)
print(result)
print("---")
tags = re.findall(r"<(\w+)", result)
from collections import Counter
print(sorted(Counter(tags).items()))
print(html.unescape("&lt;a&gt; &amp;amp; &quot;q&quot; &#39;s&#39; &copy; &#x41;"))
print(html.escape("<a href='x'>\"&\"</a>"))
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
print([slug(h) for h in re.findall(r"^#+\s+(.*)$", DOC, flags=re.M)])
