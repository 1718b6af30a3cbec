# hashlib: SHA-3, SHAKE and BLAKE2s digests (incl. multi-block inputs, incremental updates,
# copies, keys/salt/person, XOF lengths) and their errors
import hashlib

msgs = [b'', b'abc', b'a' * 135, b'a' * 136, b'a' * 137, b'The quick brown fox jumps over the lazy dog',
        bytes(range(256)) * 3]
for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2s']:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for chunk in [b'ab', b'c' * 70, b'', b'd' * 200]:
        h.update(chunk)
    c = h.copy()
    c.update(b'more')
    print(name, 'incremental', h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
for name in ['shake_128', 'shake_256']:
    for m in msgs:
        h = getattr(hashlib, name)(m)
        print(name, len(m), h.hexdigest(16), h.digest(0), len(h.digest(500)), h.digest(300)[-8:].hex(), h.digest_size, h.block_size)
    h = hashlib.new(name)
    try:
        h.hexdigest()
    except TypeError as e:
        print('TypeError', e)
print(hashlib.blake2s(b'msg', key=b'secret', digest_size=16).hexdigest())
print(hashlib.blake2s(b'msg', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'x' * 64, key=b'k' * 32).hexdigest(), hashlib.blake2s(b'x' * 65).hexdigest())
for kw in [{'digest_size': 33}, {'digest_size': 0}, {'key': b'k' * 33}, {'salt': b's' * 9}, {'person': b'p' * 9}]:
    try:
        hashlib.blake2s(**kw)
    except ValueError as e:
        print('ValueError', e)
print(hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE)
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.sha3_256('text')
except TypeError as e:
    print('TypeError', e)
import hmac
print(hmac.new(b'key', b'msg', 'sha3_256').hexdigest(), hmac.new(b'key', b'msg', hashlib.blake2s).hexdigest())
