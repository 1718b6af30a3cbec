# secrets and tempfile: properties that hold under any seed (values come from the run's seed)
import secrets, string
tok = secrets.token_hex(16)
print(len(tok), all(c in '0123456789abcdef' for c in tok))
print(len(secrets.token_bytes(8)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
u = secrets.token_urlsafe(24)
print(len(u) >= 24, all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.choice([]), lambda: secrets.compare_digest('a', b'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, 1 <= sr.randint(1, 6) <= 6)
import hmac
for a, b in [('a', b'a'), (b'a', 'a'), (1, 2), ('a', 1), (1, 'a'), ('é', 'é'), (bytearray(b'a'), b'a'), (b'ab', b'a')]:
    try:
        print(hmac.compare_digest(a, b), secrets.compare_digest(a, b))
    except Exception as e:
        print(type(e).__name__, e)
