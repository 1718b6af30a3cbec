"""String algorithms: KMP search, palindromes, anagram groups, RLE, Caesar/Vigenere, Z-function."""
from collections import defaultdict, Counter
import string

def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t

def kmp_search(text, p):
    t, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{n}{c}" if n > 1 else c for c, n in out)

def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(table)

def vigenere(s, key, decrypt=False):
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[i % len(key)].lower()) - ord("a")
            shift = -shift if decrypt else shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z

print(kmp_table("ABABCABAB"), kmp_search("ABABDABACDABABCABABABABCABAB", "ABABCABAB"))
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"), repr(longest_palindrome("")))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), rle("abc"))
msg = "Attack at Dawn, 5:00!"
enc = caesar(msg, 3)
print(enc, caesar(enc, 23))
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", decrypt=True))
print(z_function("aabxaabxcaabxaabxay"))
print(Counter("mississippi").most_common(2), sorted(set("mississippi")))
print("racecar"[::-1] == "racecar", "Hello World".swapcase(), "hello world".title(), "  x ".strip() + "|")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("camelCaseStringHere".replace("C", "_c"), "-".join(reversed("abc")), "abc" * 3, "ab" in "cabd")
print(ord("A"), chr(0x263A), "straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
print("Hello".center(11, "*"), "%s" % "x", "abc".find("d"), "abcabc".rfind("b"), "abcabc".count("bc"))
print(str.isidentifier("_x1"), "123".isdigit(), "½".isnumeric(), "½".isdigit(), " ".isspace(), "Ab".istitle())
print(string.capwords("hello   world-wide web"), string.digits, string.punctuation)
