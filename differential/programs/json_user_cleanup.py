"""Clean a JSON export of user records: normalize, validate, dedupe, re-serialize."""
import json
import re

EXPORT = '''
[
  {"id": 3, "name": "  alice SMITH ", "email": "Alice.Smith@Example.COM", "age": "34", "tags": ["admin", "dev"]},
  {"id": 1, "name": "bob jones", "email": "bob@example.com", "age": 27, "tags": []},
  {"id": 7, "name": "Carol  de la Cruz", "email": "carol@@example.com", "age": null, "tags": ["ops"]},
  {"id": 3, "name": "Alice Smith", "email": "alice.smith@example.com", "age": 34, "tags": ["dev", "lead"]},
  {"id": 9, "name": "Dan", "email": "dan@example.org", "age": "n/a", "tags": ["dev"]},
  {"id": 12, "name": "Émile Zola", "email": "emile@example.fr", "age": 61.0, "tags": ["writer"], "extra": {"nested": [1, 2.5, true, null]}}
]
'''

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

class ValidationError(Exception):
    pass

def normalize(rec):
    name = " ".join(part.capitalize() for part in rec["name"].split())
    email = rec["email"].strip().lower()
    if not EMAIL_RE.match(email):
        raise ValidationError(f"bad email {email!r} for id {rec['id']}")
    age = rec.get("age")
    if age is not None:
        try:
            age = int(float(age))
        except (TypeError, ValueError):
            age = None
    out = {"id": rec["id"], "name": name, "email": email, "age": age, "tags": sorted(set(rec.get("tags", [])))}
    if "extra" in rec:
        out["extra"] = rec["extra"]
    return out

users = json.loads(EXPORT)
print("loaded", len(users), "records;", type(users[0]["age"]).__name__, type(users[5]["age"]).__name__)
clean = {}
problems = []
for rec in users:
    try:
        u = normalize(rec)
    except ValidationError as e:
        problems.append(str(e))
        continue
    if u["id"] in clean:
        merged = clean[u["id"]]
        merged["tags"] = sorted(set(merged["tags"]) | set(u["tags"]))
        print(f"merged duplicate id={u['id']}")
    else:
        clean[u["id"]] = u

for p in problems:
    print("problem:", p)

result = [clean[k] for k in sorted(clean)]
print(json.dumps(result, indent=2, sort_keys=True))
print(json.dumps(result[0], separators=(",", ":")))
print(json.dumps({"names": [u["name"] for u in result]}, ensure_ascii=False))
print(json.dumps({"names": [u["name"] for u in result]}))
ages = [u["age"] for u in result if u["age"] is not None]
print("mean age:", sum(ages) / len(ages))
roundtrip = json.loads(json.dumps(result))
print("roundtrip equal:", roundtrip == result)
print(json.dumps({"a": float("inf"), "b": 1e100, "c": 0.1 + 0.2, "d": -0.0, "e": 10**20}))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
