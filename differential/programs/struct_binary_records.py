"""Binary record files with struct: write fixed-size records, read back, seek to records, checksums, endianness."""
import struct
import os
import zlib

HEADER = struct.Struct("<4sHHI")          # magic, version, record size, count
RECORD = struct.Struct("<I16sdhB?")       # id, name, price, qty, flags, active

records = [(1, "widget", 9.99, 120, 0b101, True), (2, "gadget-extra-long-name", 24.5, -3, 0, False),
           (3, "thing", 0.1, 32767, 255, True), (4, "ünïcode", 1e10, 0, 1, True)]

def pack(rec):
    rid, name, price, qty, flags, active = rec
    return RECORD.pack(rid, name.encode("utf-8")[:16], price, qty, flags, active)

with open("items.bin", "wb") as f:
    f.write(HEADER.pack(b"ITEM", 1, RECORD.size, len(records)))
    for r in records:
        f.write(pack(r))
    body_crc = zlib.crc32(b"".join(pack(r) for r in records))
    f.write(struct.pack(">I", body_crc))
print("sizes:", HEADER.size, RECORD.size, os.path.getsize("items.bin"))
with open("items.bin", "rb") as f:
    magic, version, rsize, count = HEADER.unpack(f.read(HEADER.size))
    print(magic, version, rsize, count)
    body = f.read(rsize * count)
    (crc,) = struct.unpack(">I", f.read(4))
    print("crc ok:", crc == zlib.crc32(body), hex(crc))
    for i, fields in enumerate(RECORD.iter_unpack(body)):
        rid, name, price, qty, flags, active = fields
        label = name.rstrip(b"\x00").decode("utf-8", "replace")
        print(f"  #{rid} {label:<16} {price:>12.2f} {qty:>6} {flags:08b} {active}")
    f.seek(HEADER.size + 2 * RECORD.size)
    print("third:", RECORD.unpack(f.read(RECORD.size))[:2], f.tell())
print(struct.pack(">h", -2), struct.pack("<h", -2), struct.pack("!I", 1), struct.pack("<f", 1.5), struct.pack(">d", -0.0))
print(struct.unpack("<HH", b"\x01\x00\x02\x00"), struct.calcsize("@ibq"), struct.calcsize("=ibq"), struct.pack("3s", b"abcdef"))
print(struct.unpack(">e", struct.pack(">e", 3.14159))[0], struct.pack("<Q", 2**64 - 1).hex(), struct.pack("?x?", True, False))
for bad in [("<h", 40000), ("<B", -1), ("<i", 1.5)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
ba = bytearray(HEADER.size)
HEADER.pack_into(ba, 0, b"TEST", 2, 8, 0)
print(ba, HEADER.unpack_from(ba), bytes(ba[:4]))
os.remove("items.bin")
