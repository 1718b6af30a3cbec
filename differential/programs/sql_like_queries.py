"""In-memory 'SQL' over lists of dicts: select/where/join/group by/order by/limit implemented with itertools."""
from itertools import groupby
from operator import itemgetter, attrgetter
from collections import namedtuple

employees = [
    {"id": 1, "name": "Ann", "dept_id": 10, "salary": 120, "manager_id": None},
    {"id": 2, "name": "Bob", "dept_id": 20, "salary": 95, "manager_id": 1},
    {"id": 3, "name": "Cid", "dept_id": 10, "salary": 101, "manager_id": 1},
    {"id": 4, "name": "Dee", "dept_id": 30, "salary": 87, "manager_id": 2},
    {"id": 5, "name": "Eve", "dept_id": 20, "salary": 95, "manager_id": 2},
    {"id": 6, "name": "Fay", "dept_id": None, "salary": 60, "manager_id": 3},
]
depts = [{"id": 10, "dname": "Eng"}, {"id": 20, "dname": "Sales"}, {"id": 30, "dname": "Ops"}, {"id": 40, "dname": "Legal"}]

def select(rows, *cols):
    return [{c: r[c] for c in cols} for r in rows]

def where(rows, pred):
    return [r for r in rows if pred(r)]

def inner_join(left, right, lkey, rkey):
    index = {}
    for r in right:
        index.setdefault(r[rkey], []).append(r)
    return [{**l, **r} for l in left for r in index.get(l[lkey], [])]

def left_join(left, right, lkey, rkey, null_cols):
    out = []
    for l in left:
        matches = [r for r in right if r[rkey] == l[lkey]]
        out.extend({**l, **r} for r in matches) if matches else out.append({**l, **{c: None for c in null_cols}})
    return out

def group_by(rows, key, **aggs):
    rows = sorted(rows, key=lambda r: (r[key] is None, r[key] if r[key] is not None else 0))
    out = []
    for k, grp in groupby(rows, key=itemgetter(key)):
        grp = list(grp)
        row = {key: k}
        for name, (fn, col) in aggs.items():
            row[name] = fn([g[col] for g in grp])
        out.append(row)
    return out

def show(rows):
    if not rows:
        print("(empty)")
        return
    cols = list(rows[0])
    widths = {c: max(len(str(c)), *(len(str(r[c])) for r in rows)) for c in cols}
    print(" | ".join(f"{c:<{widths[c]}}" for c in cols))
    print("-+-".join("-" * widths[c] for c in cols))
    for r in rows:
        print(" | ".join(f"{str(r[c]):<{widths[c]}}" if not isinstance(r[c], (int, float)) or isinstance(r[c], bool)
                         else f"{r[c]:>{widths[c]}}" for c in cols))
    print()

show(select(sorted(where(employees, lambda r: r["salary"] > 90), key=itemgetter("salary", "name"), reverse=True), "name", "salary"))
show(select(inner_join(employees, depts, "dept_id", "id"), "name", "dname"))
show(select(left_join(employees, depts, "dept_id", "id", ["dname"]), "name", "dname"))
show(group_by(employees, "dept_id", n=(len, "id"), total=(sum, "salary"), top=(max, "salary"), avg=(lambda v: round(sum(v) / len(v), 2), "salary")))
by_id = {e["id"]: e for e in employees}
show([{"employee": e["name"], "manager": by_id[e["manager_id"]]["name"] if e["manager_id"] else "-"} for e in employees])
used = {e["dept_id"] for e in employees}
show([d for d in depts if d["id"] not in used])
Row = namedtuple("Row", "name salary")
rows = [Row(e["name"], e["salary"]) for e in employees]
print(sorted(rows, key=attrgetter("salary"))[:2], max(rows, key=attrgetter("salary")).name)
print(list(map(itemgetter(1, 0), [(1, "a"), (2, "b")])), itemgetter("name")(employees[0]), attrgetter("real", "imag")(3 + 4j))
page_size = 4
pages = [employees[i:i + page_size] for i in range(0, len(employees), page_size)]
print([[e["id"] for e in p] for p in pages], len(pages))
