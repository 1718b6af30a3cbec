"""hashlib: md5, sha1, sha224/256/384/512, sha3_*, shake_128/256, blake2b and blake2s (the
algorithms run natively in _hashlib)."""
import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_ALGOS = {'md5': (0, 16, 64), 'sha1': (1, 20, 64), 'sha224': (2, 28, 64), 'sha256': (3, 32, 64),
          'sha384': (4, 48, 128), 'sha512': (5, 64, 128), 'blake2b': (6, 64, 128), 'blake2s': (7, 32, 64),
          'sha3_224': (8, 28, 144), 'sha3_256': (9, 32, 136), 'sha3_384': (10, 48, 104),
          'sha3_512': (11, 64, 72), 'shake_128': (12, 0, 168), 'shake_256': (13, 0, 136)}

algorithms_guaranteed = frozenset(_ALGOS)
algorithms_available = frozenset(_ALGOS)


class _Hash:
    __slots__ = ('_algo', '_state', 'name', 'digest_size', 'block_size')

    def update(self, data, /):
        self._state = _hashlib.update(self._algo, self._state, data)

    def digest(self):
        return _hashlib.digest(self._algo, self._state)

    def hexdigest(self):
        return _hashlib.digest(self._algo, self._state).hex()

    def copy(self):
        h = object.__new__(type(self))
        h._algo = self._algo
        h._state = self._state
        h.name = self.name
        h.digest_size = self.digest_size
        h.block_size = self.block_size
        return h

    def __repr__(self):
        return '<%s %s object @ 0x7f0000000000>' % (self.name, 'HASH' if self._algo < 6 or self._algo > 7 else type(self).__name__)

    def __reduce__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)


class _XOF(_Hash):
    """SHAKE objects: digest(length)/hexdigest(length) (CPython's _hashlib.HASHXOF)."""
    __slots__ = ()

    def digest(self, *args, **kw):
        return _hashlib.digest(self._algo, self._state, _xof_len('digest', args, kw))

    def hexdigest(self, *args, **kw):
        return _hashlib.digest(self._algo, self._state, _xof_len('hexdigest', args, kw)).hex()

    def __repr__(self):
        return '<%s HASHXOF object @ 0x7f0000000000>' % self.name


def _xof_len(name, args, kw):
    # Argument Clinic's parsing of (length) for HASHXOF.digest/hexdigest
    if len(args) + len(kw) > 1 or (kw and 'length' not in kw):
        if kw and 'length' not in kw:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, next(iter(kw))))
        raise TypeError("%s() takes at most 1 argument (%d given)" % (name, len(args) + len(kw)))
    if not args and not kw:
        raise TypeError("%s() missing required argument 'length' (pos 1)" % name)
    length = args[0] if args else kw['length']
    if not isinstance(length, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
    if length < 0:
        raise ValueError("negative digest length")
    if length >= 2 ** 29:
        raise ValueError("digest length is too large")
    return length


def _make(name, data, usedforsecurity=True):
    algo, size, block = _ALGOS[name]
    h = object.__new__(_XOF if algo >= 12 else _Hash)
    h._algo = algo
    h._state = _hashlib.init(algo)
    h.name = name
    h.digest_size = size
    h.block_size = block
    if type(data) is not bytes or data:
        h.update(data)
    return h


def _ctor(name):
    def f(string=b'', *, usedforsecurity=True):
        return _make(name, string)
    f.__name__ = 'openssl_' + name
    f.__qualname__ = f.__name__
    return f


md5 = _ctor('md5')
sha1 = _ctor('sha1')
sha224 = _ctor('sha224')
sha256 = _ctor('sha256')
sha384 = _ctor('sha384')
sha512 = _ctor('sha512')
sha3_224 = _ctor('sha3_224')
sha3_256 = _ctor('sha3_256')
sha3_384 = _ctor('sha3_384')
sha3_512 = _ctor('sha3_512')
shake_128 = _ctor('shake_128')
shake_256 = _ctor('shake_256')


class blake2b(_Hash):
    __slots__ = ()
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16

    def __new__(cls, data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if not (1 <= digest_size <= 64):
            raise ValueError("digest_size must be between 1 and 64 bytes")
        if len(key) > 64:
            raise ValueError("maximum key length is 64 bytes")
        if len(salt) > 16:
            raise ValueError("maximum salt length is 16 bytes")
        if len(person) > 16:
            raise ValueError("maximum person length is 16 bytes")
        if fanout != 1 or depth != 1 or leaf_size or node_offset or node_depth or inner_size or last_node:
            raise ValueError("pyex: BLAKE2 tree hashing parameters are not supported")
        h = object.__new__(cls)
        h._algo = 6
        h._state = _hashlib.init(6, digest_size, key, salt, person)
        h.name = 'blake2b'
        h.digest_size = digest_size
        h.block_size = 128
        if type(data) is not bytes or data:
            h.update(data)
        return h

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return '<_blake2.blake2b object at 0x7f0000000000>'


class blake2s(_Hash):
    __slots__ = ()
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8

    def __new__(cls, data=b'', *, digest_size=32, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if not (1 <= digest_size <= 32):
            raise ValueError("digest_size must be between 1 and 32 bytes")
        if len(key) > 32:
            raise ValueError("maximum key length is 32 bytes")
        if len(salt) > 8:
            raise ValueError("maximum salt length is 8 bytes")
        if len(person) > 8:
            raise ValueError("maximum person length is 8 bytes")
        if fanout != 1 or depth != 1 or leaf_size or node_offset or node_depth or inner_size or last_node:
            raise ValueError("pyex: BLAKE2 tree hashing parameters are not supported")
        h = object.__new__(cls)
        h._algo = 7
        h._state = _hashlib.init(7, digest_size, key, salt, person)
        h.name = 'blake2s'
        h.digest_size = digest_size
        h.block_size = 64
        if type(data) is not bytes or data:
            h.update(data)
        return h

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return '<_blake2.blake2s object at 0x7f0000000000>'


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    if key not in _ALGOS:
        raise ValueError('unsupported hash type ' + name)
    return _make(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac as _hmac
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s" % type(hash_name).__name__)
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    proto = new(hash_name)
    if dklen is None:
        dklen = proto.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b''
    block = 1
    while len(out) < dklen:
        u = _hmac.new(password, salt + block.to_bytes(4, 'big'), hash_name).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(1 << 16)
        if not chunk:
            break
        h.update(chunk)
    return h
