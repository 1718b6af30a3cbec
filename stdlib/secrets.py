"""secrets: in pyex these are deterministic (derived from the run's seed), like everything else
that would be random; do not use them for real secrets."""

import _pyex
import random as _random_mod

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

SystemRandom = _random_mod.SystemRandom
_sysrand = _random_mod.Random(_pyex.seed() + (2 << 64))

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    out = []
    for i in range(0, len(tok), 3):
        chunk = tok[i:i + 3]
        v = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [_B64[(v >> s) & 63] for s in (18, 12, 6, 0)]
        out.extend(chars[:len(chunk) + 1])
    return "".join(out)


from hmac import compare_digest   # as CPython: constant-time, same argument rules
