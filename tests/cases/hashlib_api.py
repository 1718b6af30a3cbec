import hashlib
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest())
print(hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
c.update(b"there")
print(c.hexdigest())
print(h.digest()[:4], len(h.digest()), type(h.digest()).__name__)
print(h.hexdigest() == h.hexdigest())
for i in range(1, 200, 37):
    data = bytes(range(i % 256)) * 3
    a = hashlib.md5()
    for j in range(0, len(data), 7):
        a.update(data[j:j + 7])
    print(i, a.hexdigest() == hashlib.md5(data).hexdigest())
print(hashlib.new("sha1", b"x").hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest())
print(hashlib.new("md5").name, hashlib.new("sha512").digest_size)
print(hashlib.md5(bytearray(b"abc")).hexdigest())
print(hashlib.md5("abc".encode()).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"abc", key=b"secret").hexdigest())
print(hashlib.blake2b(b"", key=b"k" * 64).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=20, salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2b(digest_size=32).digest_size)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "blake2b"}))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 3, dklen=30).hex())
for bad in ["text", 5, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.sha256().update("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print("ValueError:", e)
