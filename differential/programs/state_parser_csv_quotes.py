"""A hand-written CSV parser state machine (quotes, escapes, newlines in fields) checked against the csv module."""
import csv
import io

def parse_csv(text, delimiter=",", quote='"'):
    rows, row, field = [], [], []
    state = "start"
    i = 0
    while i < len(text):
        c = text[i]
        if state in ("start", "field"):
            if c == quote and state == "start":
                state = "quoted"
            elif c == delimiter:
                row.append("".join(field)); field = []; state = "start"
            elif c == "\n":
                row.append("".join(field)); rows.append(row); row, field = [], []; state = "start"
            elif c == "\r":
                pass
            else:
                field.append(c); state = "field"
        elif state == "quoted":
            if c == quote:
                if i + 1 < len(text) and text[i + 1] == quote:
                    field.append(quote); i += 1
                else:
                    state = "after_quote"
            else:
                field.append(c)
        elif state == "after_quote":
            if c == delimiter:
                row.append("".join(field)); field = []; state = "start"
            elif c == "\n":
                row.append("".join(field)); rows.append(row); row, field = [], []; state = "start"
            elif c == "\r":
                pass
            else:
                raise ValueError(f"unexpected {c!r} after closing quote at offset {i}")
        i += 1
    if state == "quoted":
        raise ValueError("unterminated quoted field")
    if field or row or state == "after_quote":
        row.append("".join(field))
        rows.append(row)
    return rows

SAMPLES = [
    'a,b,c\n1,2,3\n',
    'name,quote\n"Smith, J","He said ""hi"""\n',
    '"multi\nline",x\r\nlast,"",\n',
    'trailing,comma,\n,,\n',
    'no newline at end',
    '"bad"x,1\n',
    '"unterminated,1\n',
    'tab\tsep\tvalues\n1\t"2\t3"\t4\n',
]
for s in SAMPLES:
    delim = "\t" if "\t" in s else ","
    try:
        mine = parse_csv(s, delim)
    except ValueError as e:
        mine = f"ValueError: {e}"
    try:
        theirs = list(csv.reader(io.StringIO(s, newline=""), delimiter=delim, strict=True))
    except csv.Error as e:
        theirs = f"csv.Error: {e}"
    print(repr(s[:24]), "|", mine, "|", "same" if mine == theirs else theirs)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerows([["plain", 'has "quotes"', "comma,here", "new\nline", "", None, 3.5]])
print(repr(out.getvalue()), parse_csv(out.getvalue()))
