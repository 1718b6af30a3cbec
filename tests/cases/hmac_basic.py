import hmac, hashlib
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"key", b"msg", "sha1").hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest())
h = hmac.new(b"secret", digestmod="sha256")
h.update(b"part1")
c = h.copy()
h.update(b"part2")
print(h.hexdigest(), c.hexdigest())
print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "ab"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("key", b"msg", "sha256")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError:", e)
