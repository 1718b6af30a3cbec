data = iter(['a', 'b', '', 'c'])
out = []
while (line := next(data, None)) is not None:
    if not line: continue
    out.append(line)
print(out)
import re
if m := re.match(r'(\d+)-(\d+)', '10-20'):
    print(m.groups())
