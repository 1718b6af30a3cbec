"""Huffman coding: build the tree with heapq, encode/decode, bit packing into bytes, stats."""
import heapq
from collections import Counter
from itertools import count

class Leaf:
    def __init__(self, ch, freq):
        self.ch, self.freq = ch, freq

class Node:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq

def build(text):
    freq = Counter(text)
    tie = count()
    heap = [(f, next(tie), Leaf(ch, f)) for ch, f in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return Node(heap[0][2], Leaf("", 0))
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), Node(a, b)))
    return heap[0][2]

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        if node.ch:
            table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)

def pack(bits):
    pad = (-len(bits)) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad

def unpack(data, pad):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[:len(bits) - pad] if pad else bits

for text in ["abracadabra", "the quick brown fox jumps over the lazy dog", "aaaaaaaaaa", "mississippi river ~ ünïcödé"]:
    tree = build(text)
    table = codes(tree)
    bits = encode(text, table)
    data, pad = pack(bits)
    assert decode(unpack(data, pad), tree) == text
    ratio = len(bits) / (8 * len(text.encode()))
    print(f"{text[:24]!r:<28} bits={len(bits):>4} bytes={len(data):>3} pad={pad} ratio={ratio:.3f}")
    print("   ", sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
    print("   ", data.hex(), data[:4])
tree = build("abracadabra")
print(decode("01011", tree), bytes([0b10101010, 255, 0]).hex(" "), int.from_bytes(b"\x01\x02", "big"), (513).to_bytes(2, "little"))
