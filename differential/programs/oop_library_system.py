"""Library management: classes with composition, class-level registries, __str__/__repr__, due dates, fines."""
from datetime import date, timedelta
from collections import defaultdict

class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass

class Book:
    _isbns = set()
    def __init__(self, isbn, title, author, year, copies=1):
        if isbn in Book._isbns:
            raise ValueError(f"duplicate ISBN {isbn}")
        Book._isbns.add(isbn)
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.out = 0
    @property
    def available(self):
        return self.copies - self.out
    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"
    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

class Member:
    LIMIT = 3
    def __init__(self, name, kind="adult"):
        self.name, self.kind = name, kind
        self.loans = {}
        self.fines = 0.0
    @property
    def limit(self):
        return {"adult": 3, "child": 2, "staff": 10}[self.kind]
    def __repr__(self):
        return f"Member({self.name!r}, loans={len(self.loans)}, fines={self.fines:.2f})"

class Library:
    LOAN_DAYS = {"adult": 21, "child": 14, "staff": 60}
    FINE_PER_DAY = 0.25
    def __init__(self):
        self.books = {}
        self.members = {}
        self.waitlist = defaultdict(list)
        self.log = []
    def add(self, book):
        self.books[book.isbn] = book
    def join(self, member):
        self.members[member.name] = member
    def checkout(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= m.limit:
            raise LimitReached(f"{name} already has {len(m.loans)} loans")
        if b.available <= 0:
            if name not in self.waitlist[isbn]:
                self.waitlist[isbn].append(name)
            raise NotAvailable(f"'{b.title}' unavailable; {name} is #{self.waitlist[isbn].index(name) + 1} on waitlist")
        b.out += 1
        due = today + timedelta(days=self.LOAN_DAYS[m.kind])
        m.loans[isbn] = due
        self.log.append((today, "out", name, isbn))
        return due
    def checkin(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b.out -= 1
        late = max(0, (today - due).days)
        fine = round(late * self.FINE_PER_DAY, 2)
        m.fines += fine
        self.log.append((today, "in", name, isbn))
        nxt = self.waitlist[isbn].pop(0) if self.waitlist[isbn] else None
        return late, fine, nxt
    def search(self, text):
        t = text.lower()
        return sorted((b for b in self.books.values() if t in b.title.lower() or t in b.author.lower()), key=lambda b: b.year)

lib = Library()
for args in [("111", "Dune", "Frank Herbert", 1965, 2), ("222", "Neuromancer", "William Gibson", 1984),
             ("333", "Foundation", "Isaac Asimov", 1951), ("444", "I, Robot", "Isaac Asimov", 1950, 3)]:
    lib.add(Book(*args))
try:
    lib.add(Book("111", "Dup", "X", 2000))
except ValueError as e:
    print("ValueError:", e)
for m in [Member("ann"), Member("tim", "child"), Member("sue", "staff")]:
    lib.join(m)
d0 = date(2024, 5, 1)
actions = [("checkout", "ann", "222", 0), ("checkout", "tim", "222", 1), ("checkout", "sue", "222", 2),
           ("checkout", "tim", "111", 2), ("checkout", "tim", "444", 3), ("checkout", "tim", "333", 3),
           ("checkin", "ann", "222", 30), ("checkout", "tim", "222", 31), ("checkin", "tim", "111", 20)]
for act, who, isbn, day in actions:
    try:
        r = getattr(lib, act)(who, isbn, d0 + timedelta(days=day))
        print(f"day {day:>2} {act:<8} {who:<4} {isbn}: {r}")
    except LibraryError as e:
        print(f"day {day:>2} {act:<8} {who:<4} {isbn}: {type(e).__name__}: {e}")
print([str(b) for b in lib.search("asimov")], lib.search("ROBOT"), lib.search("zzz"))
print(sorted(lib.members.values(), key=lambda m: m.name))
print({i: (b.available, b.copies) for i, b in lib.books.items()}, dict(lib.waitlist))
print(len(lib.log), lib.log[-1])
