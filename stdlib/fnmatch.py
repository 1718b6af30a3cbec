"""fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched directly, without regular expressions."""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    return [n for n in names if fnmatchcase(os.path.normcase(n), os.path.normcase(pat))]


def _class_end(pat, i):
    # i is just after '['; return index after ']' or -1
    j = i
    n = len(pat)
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    return j + 1 if j < n else -1


def _class_match(cls, c):
    neg = cls.startswith("!")
    if neg:
        cls = cls[1:]
    ok = False
    i = 0
    n = len(cls)
    while i < n:
        if i + 2 < n and cls[i + 1] == "-":
            if cls[i] <= c <= cls[i + 2]:
                ok = True
            i += 3
        else:
            if cls[i] == c:
                ok = True
            i += 1
    return ok != neg


def fnmatchcase(name, pat):
    # iterative wildcard matching with backtracking to the last '*'
    n, m = len(name), len(pat)
    i = j = 0
    star_j = -1
    star_i = 0
    while i < n:
        if j < m:
            c = pat[j]
            if c == "*":
                star_j = j
                star_i = i
                j += 1
                continue
            if c == "?":
                i += 1
                j += 1
                continue
            if c == "[":
                end = _class_end(pat, j + 1)
                if end < 0:
                    if name[i] == "[":
                        i += 1
                        j += 1
                        continue
                elif _class_match(pat[j + 1:end - 1], name[i]):
                    i += 1
                    j = end
                    continue
            elif c == name[i]:
                i += 1
                j += 1
                continue
        if star_j >= 0:
            j = star_j + 1
            star_i += 1
            i = star_i
            continue
        return False
    while j < m and pat[j] == "*":
        j += 1
    return j == m


def _translate_class(pat, i, j):
    # pat[i:j] is the inside of a [...] class; returns the regex class text (without brackets)
    if "-" not in pat[i:j]:
        return pat[i:j].replace("\\", "\\\\")
    # split at the hyphens that form ranges, drop empty ranges (z-a), escape the rest
    parts = []
    k = i + 2 if pat[i] == "!" else i + 1
    while True:
        k = pat.find("-", k, j)
        if k < 0:
            break
        parts.append(pat[i:k])
        i = k + 1
        k = k + 3
    last = pat[i:j]
    if last:
        parts.append(last)
    else:
        parts[-1] += "-"
    k = len(parts) - 1
    while k > 0:
        if parts[k - 1][-1] > parts[k][0]:
            parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
            del parts[k]
        k -= 1
    return "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in parts)


_STAR = object()


def translate(pat):
    import re
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append("\\[")
                continue
            stuff = _translate_class(pat, i, j)
            stuff = "".join("\\" + ch if ch in "&~|" else ch for ch in stuff)
            i = j + 1
            if not stuff:
                pieces.append("(?!)")
            elif stuff == "!":
                pieces.append(".")
            else:
                if stuff[0] == "!":
                    stuff = "^" + stuff[1:]
                elif stuff[0] in "^[":
                    stuff = "\\" + stuff
                pieces.append("[" + stuff + "]")
        else:
            pieces.append(re.escape(c))
    # a star followed by fixed text becomes an atomic lazy match (no catastrophic backtracking)
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"
