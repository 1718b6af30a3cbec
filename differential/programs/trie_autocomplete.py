"""Trie-based autocomplete with frequencies, prefix search, deletion and fuzzy suggestions."""
from collections import defaultdict

class TrieNode:
    __slots__ = ("children", "count", "end")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.end:
            self.size += 1
        node.end = True
        node.count += weight

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._walk(word)
        return bool(n and n.end)

    def complete(self, prefix, k=5):
        node = self._walk(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.end:
                out.append((p, n.count))
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        out.sort(key=lambda x: (-x[1], x[0]))
        return out[:k]

    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                return False
            path.append(nxt)
        if not path[-1].end:
            return False
        path[-1].end = False
        path[-1].count = 0
        for i in range(len(word) - 1, -1, -1):
            node = path[i + 1]
            if node.children or node.end:
                break
            del path[i].children[word[i]]
        self.size -= 1
        return True

    def fuzzy(self, word, max_dist=1):
        results = []
        first_row = list(range(len(word) + 1))
        def rec(node, ch, prev_row, prefix):
            row = [prev_row[0] + 1]
            for i in range(1, len(word) + 1):
                row.append(min(row[i - 1] + 1, prev_row[i] + 1, prev_row[i - 1] + (word[i - 1] != ch)))
            if node.end and row[-1] <= max_dist:
                results.append((prefix, row[-1]))
            if min(row) <= max_dist:
                for c in sorted(node.children):
                    rec(node.children[c], c, row, prefix + c)
        for c in sorted(self.root.children):
            rec(self.root.children[c], c, first_row, c)
        return sorted(results, key=lambda x: (x[1], x[0]))

TEXT = """to be or not to be that is the question whether tis nobler in the mind to suffer
the slings and arrows of outrageous fortune or to take arms against a sea of troubles
and by opposing end them to die to sleep no more and by a sleep to say we end the heartache"""
t = Trie()
for w in TEXT.split():
    t.insert(w)
print(t.size, "the" in t, "th" in t, "question" in t)
for prefix in ["t", "th", "s", "a", "no", "x", ""]:
    print(f"{prefix!r:>5}: {t.complete(prefix, 4)}")
print(t.delete("the"), t.delete("the"), t.delete("zzz"), "the" in t, "them" in t, t.size)
print(t.complete("th"))
print(t.fuzzy("slep"), t.fuzzy("bee", 1), t.fuzzy("tak", 2)[:4])
index = defaultdict(list)
for i, w in enumerate(TEXT.split()):
    index[w[0]].append(i)
print({k: v[:3] for k, v in sorted(index.items())[:5]})
