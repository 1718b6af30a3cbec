"""Text statistics: sentence splitting, syllable estimation, Flesch scores, n-gram frequency, word lengths."""
import re
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog. It was a bright, cold day in April, and the clocks were striking thirteen!
Can a machine think? Alan Turing proposed an imitation game to answer that question in 1950.
Programming is the art of telling another human being what one wants the computer to do. Simplicity is prerequisite for reliability."""

def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]

def words(text):
    return re.findall(r"[A-Za-z']+", text)

def syllables(word):
    w = word.lower().strip("'")
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))

sents = sentences(TEXT)
ws = words(TEXT)
syl = sum(syllables(w) for w in ws)
print(len(sents), "sentences,", len(ws), "words,", syl, "syllables")
for s in sents:
    print(f"  [{len(words(s)):>2}w] {s[:60]}{'...' if len(s) > 60 else ''}")
asl = len(ws) / len(sents)
asw = syl / len(ws)
flesch = 206.835 - 1.015 * asl - 84.6 * asw
fk = 0.39 * asl + 11.8 * asw - 15.59
print(f"avg sentence length {asl:.2f}, avg syllables/word {asw:.3f}")
print(f"Flesch reading ease {flesch:.1f}, Flesch-Kincaid grade {fk:.1f}")
print({w: syllables(w) for w in ["the", "machine", "programming", "reliability", "simplicity", "striking", "question", "yesterday"]})
lower = [w.lower() for w in ws]
print(Counter(lower).most_common(5))
bigrams = Counter(zip(lower, lower[1:]))
print([" ".join(b) for b, n in bigrams.most_common(3)])
lengths = Counter(map(len, ws))
print(sorted(lengths.items()))
longest = sorted(set(ws), key=lambda w: (-len(w), w))[:3]
print(longest, max(ws, key=len), min(ws, key=len))
caps = [w for w in ws if w[0].isupper()]
print(caps)
print(TEXT.count("the"), TEXT.lower().count("the"), len(re.findall(r"\bthe\b", TEXT, re.I)), TEXT.index("Turing"))
chars = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(c for c, _ in chars.most_common(10)), sum(chars.values()))
vowels = sum(chars[v] for v in "aeiou")
print(f"vowel ratio {vowels / sum(chars.values()):.3f}", {k: TEXT.count(k) for k in ".,!?"})
