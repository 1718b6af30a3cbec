def read(lines):
    for l in lines: yield l
def strip(it):
    for l in it: yield l.strip()
def nonempty(it):
    for l in it:
        if l: yield l
def number(it):
    for i, l in enumerate(it, 1): yield f'{i}: {l}'
print(list(number(nonempty(strip(read([' a ', '', 'b', '  ', 'c']))))))
