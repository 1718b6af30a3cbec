class L(list): pass
l = L([1]); m = l
l += [2]
print(m, type(l).__name__, l is m)
class S(set): pass
s = S([1]); t = s
s |= {2}
print(t, type(s).__name__, s is t)
class D(dict): pass
d = D(a=1); e = d
d |= {"b": 2}
print(e, d is e)
