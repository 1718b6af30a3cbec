"""Code review helper: unified/context diffs, similarity ratios, changed-line statistics and word-level diffs."""
import difflib

OLD = """def total(items):
    s = 0
    for i in items:
        s = s + i.price
    return s

def tax(amount):
    return amount * 0.2
""".splitlines(keepends=True)
NEW = """def total(items):
    return sum(i.price * i.qty for i in items)

def tax(amount, rate=0.2):
    \"\"\"Tax owed on amount.\"\"\"
    return round(amount * rate, 2)

def grand_total(items):
    return total(items) + tax(total(items))
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, "a/shop.py", "b/shop.py", n=1)))
print("".join(difflib.context_diff(OLD[:4], NEW[:3], "old", "new")))
sm = difflib.SequenceMatcher(None, "".join(OLD), "".join(NEW))
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
added = sum(1 for l in difflib.ndiff(OLD, NEW) if l.startswith("+ "))
removed = sum(1 for l in difflib.ndiff(OLD, NEW) if l.startswith("- "))
print(f"+{added} -{removed}")
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, OLD, NEW).get_opcodes():
    print(f"{tag:<8} old[{i1}:{i2}] new[{j1}:{j2}]")
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaped over the very lazy dog".split()
out = []
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
    if tag == "equal":
        out.extend(a[i1:i2])
    if tag in ("delete", "replace"):
        out.append("[-" + " ".join(a[i1:i2]) + "-]")
    if tag in ("insert", "replace"):
        out.append("{+" + " ".join(b[j1:j2]) + "+}")
print(" ".join(out))
print(list(difflib.ndiff(["kitten\n"], ["sitting\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
