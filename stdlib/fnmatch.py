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


def translate(pat):
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(".")
        elif c == "[":
            end = _class_end(pat, i)
            if end < 0:
                res.append("\\[")
            else:
                stuff = pat[i:end - 1].replace("\\", "\\\\")
                i = end
                if stuff.startswith("!"):
                    stuff = "^" + stuff[1:]
                elif stuff.startswith("^"):
                    stuff = "\\" + stuff
                res.append("[" + stuff + "]")
        else:
            res.append(c if c.isalnum() or c == "_" else "\\" + c)
    return "(?s:" + "".join(res) + ")\\Z"
