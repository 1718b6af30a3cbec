"""Word frequency analysis: tokenizing, stop words, n-grams, concordance, TF-IDF."""
import math
import re
import string
from collections import Counter, defaultdict

DOCS = {
    "alice": """Alice was beginning to get very tired of sitting by her sister on the bank,
and of having nothing to do: once or twice she had peeped into the book her sister was
reading, but it had no pictures or conversations in it, 'and what is the use of a book,'
thought Alice 'without pictures or conversations?'""",
    "tale": """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.""",
    "moby": """Call me Ishmael. Some years ago - never mind how long precisely - having little or
no money in my purse, and nothing particular to interest me on shore, I thought I would sail
about a little and see the watery part of the world.""",
}
STOP = set("a an and the of to it was in on or is by her she had but me my i what".split())

def tokens(text):
    return re.findall(r"[a-z']+", text.lower())

def clean(toks):
    return [t.strip("'") for t in toks if t.strip("'") and t.strip("'") not in STOP]

tf = {}
for name, text in DOCS.items():
    toks = clean(tokens(text))
    tf[name] = Counter(toks)
    print(f"{name}: {len(toks)} tokens, {len(tf[name])} distinct; top: {tf[name].most_common(3)}")

df = Counter()
for c in tf.values():
    df.update(c.keys())
N = len(DOCS)
for name, counts in tf.items():
    total = sum(counts.values())
    scores = {w: (n / total) * math.log(N / df[w]) for w, n in counts.items()}
    top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print(name, [(w, round(s, 4)) for w, s in top])

bigrams = Counter(zip(tokens(DOCS["tale"]), tokens(DOCS["tale"])[1:]))
print(bigrams.most_common(4))
lengths = Counter(len(w) for w in tokens(" ".join(DOCS.values())))
for n in sorted(lengths):
    print(f"{n:>2} {'#' * lengths[n]}")

def concordance(text, word, width=20):
    flat = " ".join(text.split())
    for m in re.finditer(r"\b%s\b" % re.escape(word), flat, re.I):
        left = flat[max(0, m.start() - width):m.start()]
        right = flat[m.end():m.end() + width]
        yield f"{left:>{width}}[{m.group()}]{right:<{width}}"

for line in concordance(DOCS["alice"], "book"):
    print(line)
for line in concordance(DOCS["tale"], "it"):
    print(line)
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sep="\n")
c1.subtract("aaa")
print(c1, c1.total(), +c1, sorted(c1.elements())[:6])
index = defaultdict(set)
for name, text in DOCS.items():
    for w in set(clean(tokens(text))):
        index[w].add(name)
print(sorted(w for w, docs in index.items() if len(docs) > 1))
sentence = "Hello, world! It's a test: does punctuation-stripping work?"
print(sentence.translate(str.maketrans("", "", string.punctuation)))
print(re.sub(rf"[{re.escape(string.punctuation)}]", "", sentence).split())
