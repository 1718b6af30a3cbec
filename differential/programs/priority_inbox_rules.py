"""Email triage with a rule engine: regex/field predicates, scoring, actions, dedupe by normalized subject."""
import re
from dataclasses import dataclass, field
from datetime import datetime
from collections import Counter

@dataclass
class Email:
    sender: str
    subject: str
    body: str
    received: datetime
    labels: set = field(default_factory=set)
    score: int = 0

RULES = [
    ("vip", lambda m: m.sender.endswith("@ceo.example.com"), 50, "star"),
    ("urgent", lambda m: re.search(r"\b(urgent|asap|immediately)\b", m.subject, re.I), 30, "flag"),
    ("invoice", lambda m: re.search(r"invoice\s*#?\d+", m.subject + " " + m.body, re.I), 20, "finance"),
    ("newsletter", lambda m: "unsubscribe" in m.body.lower(), -40, "archive"),
    ("night", lambda m: m.received.hour < 6, -5, None),
    ("reply", lambda m: m.subject.lower().startswith(("re:", "fwd:")), 10, "thread"),
]

INBOX = [
    Email("boss@ceo.example.com", "URGENT: board deck", "Need it asap.", datetime(2024, 5, 2, 8, 15)),
    Email("billing@vendor.com", "Invoice #4412 overdue", "Please pay invoice 4412.", datetime(2024, 5, 2, 3, 30)),
    Email("news@shop.com", "Weekly deals", "Big sale! Click to unsubscribe.", datetime(2024, 5, 2, 5, 0)),
    Email("colleague@corp.com", "Re: lunch?", "Sure, noon works.", datetime(2024, 5, 2, 11, 45)),
    Email("colleague@corp.com", "RE:  Lunch?  ", "Make it 12:30.", datetime(2024, 5, 2, 12, 5)),
    Email("boss@ceo.example.com", "Fwd: invoice 99 question", "See below", datetime(2024, 5, 2, 13, 0)),
]

def normalize(subject):
    s = re.sub(r"^((re|fwd?):\s*)+", "", subject.strip(), flags=re.I)
    return re.sub(r"\s+", " ", s).lower()

for m in INBOX:
    for name, pred, points, label in RULES:
        if pred(m):
            m.score += points
            if label:
                m.labels.add(label)
threads = Counter(normalize(m.subject) for m in INBOX)
for m in sorted(INBOX, key=lambda m: (-m.score, m.received)):
    dup = threads[normalize(m.subject)] > 1
    print(f"{m.score:>4} {m.received:%H:%M} {m.sender:<22} {m.subject!r:<28} {sorted(m.labels)}{' (thread)' if dup else ''}")
print(threads.most_common(2))
actions = Counter(l for m in INBOX for l in m.labels)
print(sorted(actions.items()), sum(m.score for m in INBOX))
