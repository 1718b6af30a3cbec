"""Checksums and encodings: Luhn, ISBN, hashlib digests for dedupe, base64/hex, CRC32, uuid5."""
import hashlib
import base64
import binascii
import zlib
import uuid
import hmac

def luhn_valid(number):
    digits = [int(d) for d in str(number) if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def luhn_check_digit(partial):
    for d in range(10):
        if luhn_valid(f"{partial}{d}"):
            return d

def isbn10_valid(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0

def isbn13_from_10(s):
    core = "978" + s.replace("-", "")[:9]
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)

print([luhn_valid(n) for n in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0"]])
print(luhn_check_digit("7992739871"), isbn10_valid("0-306-40615-2"), isbn10_valid("0-306-40615-3"), isbn13_from_10("0-306-40615-2"))
docs = ["hello world", "Hello World", "hello world", "lorem ipsum", "hello world\n"]
seen = {}
for i, d in enumerate(docs):
    h = hashlib.sha256(d.encode()).hexdigest()
    if h in seen:
        print(f"doc {i} duplicates doc {seen[h]}")
    else:
        seen[h] = i
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(b"").hexdigest()[:16], hashlib.sha512(b"abc").hexdigest()[:32], hashlib.blake2b(b"abc", digest_size=16).hexdigest())
h = hashlib.sha256()
for chunk in [b"part1", b"part2", b"part3"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"part1part2part3").hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b"key", b"message", hashlib.sha256).hexdigest(), hmac.compare_digest("abc", "abc"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
raw = "Grüße, 世界! \x00\xff".encode("utf-8")
b64 = base64.b64encode(raw)
print(b64, base64.b64decode(b64) == raw, base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
print(base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64decode("YQ=="), base64.standard_b64decode(b"YWI="))
print(binascii.hexlify(b"\x00\x10\xff"), binascii.unhexlify("deadbeef"), bytes.fromhex("de ad be ef").hex("-"), b"\x01\x02".hex())
print(zlib.crc32(b"hello world"), hex(zlib.crc32(b"The quick brown fox jumps over the lazy dog")), zlib.adler32(b"Wikipedia"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.hex, u.int % 1000, u.version, str(u).upper(), uuid.UUID(bytes=u.bytes) == u, repr(u))
try:
    base64.b64decode("not base64!!", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(int(hashlib.sha256(b"bucket-key").hexdigest(), 16) % 16, sorted(docs, key=lambda d: hashlib.md5(d.encode()).hexdigest())[0])
