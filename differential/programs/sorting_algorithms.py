"""Classic sorting algorithm implementations checked against sorted(), with comparison counting."""
import random

class Counted:
    comparisons = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v
    def __le__(self, other):
        Counted.comparisons += 1
        return self.v <= other.v
    def __repr__(self):
        return f"C({self.v})"

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if not (x < pivot) and not (pivot < x)] + quick_sort([x for x in a if pivot < x])

def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for s in range(n // 2 - 1, -1, -1):
        sift(s, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting_sort(a, key_max):
    counts = [0] * (key_max + 1)
    for x in a:
        counts[x] += 1
    return [i for i, c in enumerate(counts) for _ in range(c)]

def radix_sort(a):
    a = list(a)
    exp = 1
    while a and max(a) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a

rng = random.Random(2024)
data = [rng.randint(0, 999) for _ in range(200)]
expected = sorted(data)
for name, fn in [("insertion", insertion), ("merge", merge_sort), ("quick", quick_sort), ("heap", heap_sort)]:
    Counted.comparisons = 0
    result = [c.v for c in fn([Counted(x) for x in data])]
    print(f"{name:<10} ok={result == expected} comparisons={Counted.comparisons}")
Counted.comparisons = 0
sorted([Counted(x) for x in data])
print(f"{'timsort':<10} comparisons={Counted.comparisons}")
print(counting_sort([3, 1, 4, 1, 5, 9, 2, 6], 9), radix_sort([170, 45, 75, 90, 802, 24, 2, 66]))
records = [("bob", 25, "NY"), ("ann", 30, "LA"), ("cid", 25, "LA"), ("dee", 30, "NY"), ("eve", 22, "SF")]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: r[2]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True))
print(sorted(["Banana", "apple", "Cherry", "apple2", "10", "9"], key=str.lower), sorted(["b", "A", "a", "B"]))
print(sorted([3.5, -1, 2, True, 0.0]), sorted("hello"), sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 2], [1]]))
mixed = [5, 3, 5, 1, 3]
print(sorted(range(len(mixed)), key=mixed.__getitem__), max(mixed, key=mixed.count), min([], default="empty"))
xs = data[:10]
xs.sort(reverse=True)
print(xs, data[:10] == sorted(data[:10]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
