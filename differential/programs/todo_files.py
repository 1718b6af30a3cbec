"""A to-do manager that persists to JSON and CSV files it writes and reads back."""
import json
import csv
import os

DB = "todos.json"

def load():
    if not os.path.exists(DB):
        return []
    with open(DB, encoding="utf-8") as f:
        return json.load(f)

def save(items):
    with open(DB, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=2)

def add(title, priority=2, tags=()):
    items = load()
    next_id = max((i["id"] for i in items), default=0) + 1
    items.append({"id": next_id, "title": title, "priority": priority, "done": False, "tags": list(tags)})
    save(items)
    return next_id

def complete(item_id):
    items = load()
    for i in items:
        if i["id"] == item_id:
            i["done"] = True
            save(items)
            return True
    return False

print("exists before:", os.path.exists(DB))
add("Write report", 1, ["work"])
add("Buy milk", 3, ["home", "errand"])
add("Fix bug #42", 1, ["work", "urgent"])
add("Call mom ☎", 2)
print("completed 2:", complete(2), "completed 9:", complete(9))
items = load()
for i in sorted(items, key=lambda i: (i["done"], i["priority"], i["id"])):
    mark = "x" if i["done"] else " "
    print(f"[{mark}] #{i['id']} p{i['priority']} {i['title']:<14} {','.join(i['tags'])}")

with open(DB) as f:
    raw = f.read()
print("file size:", len(raw.encode("utf-8")), "lines:", raw.count("\n") + 1)
print(raw.splitlines()[:4])

with open("todos.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "title", "priority", "done"], extrasaction="ignore")
    w.writeheader()
    w.writerows(items)
with open("todos.csv", newline="") as f:
    print(repr(f.read()))
with open("todos.csv", newline="") as f:
    back = list(csv.DictReader(f))
print(back[0], len(back))

with open("log.txt", "a") as f:
    for i in items:
        f.write(f"{i['id']}\t{i['title']}\n")
with open("log.txt", "a") as f:
    print("appended via print", file=f)
with open("log.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
with open("log.txt") as f:
    print(f.readline(), end="")
    print(f.readlines()[-1], end="")
os.rename("log.txt", "old.txt")
print(sorted(os.listdir(".")))
os.remove("old.txt")
os.makedirs("archive/2024", exist_ok=True)
with open(os.path.join("archive", "2024", "done.json"), "w") as f:
    json.dump([i for i in items if i["done"]], f)
print(sorted(os.listdir("archive")), os.path.isdir("archive/2024"), os.path.getsize("archive/2024/done.json"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
with open("bytes.bin", "wb") as f:
    f.write(bytes(range(250, 256)) + "é".encode())
with open("bytes.bin", "rb") as f:
    data = f.read()
print(data, len(data), data.decode("latin-1")[-2:])
