"""Build aligned Markdown and ASCII tables from records, with column types, alignment and truncation."""
from decimal import Decimal

def fmt_cell(v, width=None):
    if v is None:
        s = ""
    elif isinstance(v, bool):
        s = "✓" if v else "✗"
    elif isinstance(v, float):
        s = f"{v:,.2f}"
    elif isinstance(v, (int, Decimal)):
        s = f"{v:,}"
    else:
        s = str(v).replace("|", "\\|").replace("\n", " ")
    if width and len(s) > width:
        s = s[:width - 1] + "…"
    return s

def align_of(values):
    nums = [v for v in values if v is not None]
    return "right" if nums and all(isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) for v in nums) else \
        "center" if nums and all(isinstance(v, bool) for v in nums) else "left"

def markdown(rows, columns=None, max_width=18):
    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    cells = [[fmt_cell(r.get(c), max_width) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    aligns = [align_of([r.get(c) for r in rows]) for c in columns]
    def pad(s, w, a):
        return s.rjust(w) if a == "right" else s.center(w) if a == "center" else s.ljust(w)
    lines = ["| " + " | ".join(pad(c, w, "left") for c, w in zip(columns, widths)) + " |"]
    sep = {"left": lambda w: ":" + "-" * (w - 1), "right": lambda w: "-" * (w - 1) + ":", "center": lambda w: ":" + "-" * (w - 2) + ":"}
    lines.append("| " + " | ".join(sep[a](w) for a, w in zip(aligns, widths)) + " |")
    for row in cells:
        lines.append("| " + " | ".join(pad(s, w, a) for s, w, a in zip(row, widths, aligns)) + " |")
    return "\n".join(lines)

def ascii_box(rows, columns):
    cells = [[fmt_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border, "|" + "|".join(f" {c:^{w}} " for c, w in zip(columns, widths)) + "|", border.replace("-", "=")]
    for row in cells:
        out.append("|" + "|".join(f" {s:<{w}} " for s, w in zip(row, widths)) + "|")
    out.append(border)
    return "\n".join(out)

data = [
    {"name": "Widget Pro", "price": 19.99, "stock": 1200, "active": True, "notes": "best seller"},
    {"name": "Gadget | XL", "price": 249.5, "stock": 3, "active": False},
    {"name": "A very long product name indeed", "price": 0.5, "stock": 1000000, "active": True, "notes": "multi\nline"},
    {"name": "Thing", "price": None, "stock": 0, "active": None, "notes": "n/a", "extra": Decimal("12345.678")},
]
print(markdown(data))
print()
print(markdown(data, ["stock", "name"], max_width=10))
print()
print(ascii_box(data[:2], ["name", "price", "active"]))
print(markdown([{"x": 1}]), markdown([{"a": "é", "b": "中文"}]), sep="\n")
