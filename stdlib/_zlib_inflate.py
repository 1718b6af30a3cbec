"""_zlib_inflate: a streaming DEFLATE decoder (RFC 1951) with zlib/gzip/raw framing (RFC 1950,
1952), written for pyex's zlib module.

The decoder is a resumable state machine over an input buffer: feeding more data continues where
it stopped, so Decompress objects can take a stream in pieces. Errors carry zlib's inflate
messages ("invalid block type", "incorrect data check", ...), and the same Huffman-table validity
rules as zlib's inflate_table (over-subscribed sets are errors, incomplete sets only allowed for a
single one-bit code).
"""
import _binhelp

LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
               131, 163, 195, 227, 258)
LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
             2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
CL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


class DataError(Exception):
    """A malformed stream: args[0] is zlib's message (Z_DATA_ERROR, -3)."""


class NeedDict(Exception):
    """The stream needs a preset dictionary that was not given (Z_NEED_DICT, 2)."""


class _More(Exception):
    """Internal: the input ran out in the middle of something."""


def build_table(lengths, kind):
    """A decoding table for canonical Huffman code lengths: a dict keyed by (length, code) -> symbol,
    plus the maximum length. kind: 'codes', 'lens' or 'dists' (zlib's validity rules differ)."""
    maxlen = max(lengths) if lengths else 0
    if maxlen == 0:
        return None, 0          # no symbols at all: valid, any use is an invalid code
    count = [0] * 16
    for l in lengths:
        count[l] += 1
    left = 1
    for bits in range(1, 16):
        left <<= 1
        left -= count[bits]
        if left < 0:
            return 'over', 0
    if left > 0 and (kind == 'codes' or maxlen != 1):
        return 'incomplete', 0
    nextc = [0] * 17
    code = 0
    count[0] = 0
    for bits in range(1, 16):
        code = (code + count[bits - 1]) << 1
        nextc[bits] = code
    table = {}
    for sym, l in enumerate(lengths):
        if l:
            c = nextc[l]
            nextc[l] += 1
            # store bit-reversed codes: the stream delivers Huffman codes most-significant bit first
            r = 0
            for _ in range(l):
                r = (r << 1) | (c & 1)
                c >>= 1
            table[(l << 16) | r] = sym
    return table, maxlen


_FIXED = None


def _fixed():
    global _FIXED
    if _FIXED is None:
        ll = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
        _FIXED = (build_table(ll, 'lens'), build_table([5] * 32, 'dists'))
    return _FIXED


class Inflater:
    """Incremental decoder. `wbits` as zlib: 8..15 zlib framing, -8..-15 raw, 24..31 gzip,
    40..47 automatic zlib/gzip detection."""

    def __init__(self, wbits=15, zdict=None):
        if 8 <= wbits <= 15:
            self.mode, self.wbits = 'zlib', wbits
        elif -15 <= wbits <= -8:
            self.mode, self.wbits = 'raw', -wbits
        elif 24 <= wbits <= 31:
            self.mode, self.wbits = 'gzip', wbits - 16
        elif 40 <= wbits <= 47:
            self.mode, self.wbits = 'auto', wbits - 32
        elif wbits == 0:
            self.mode, self.wbits = 'zlib', 0     # use the window size from the header
        else:
            raise ValueError("invalid wbits")
        self.zdict = zdict
        self.inp = b''
        self.pos = 0            # byte position in inp
        self.bitbuf = 0
        self.bitcnt = 0
        self.out = bytearray()  # everything produced (window for back-references)
        self.state = 'header'
        self.eof = False
        self.check = None       # running checksum
        self.block = None       # current block state
        self.final = False
        self.base = 0           # absolute output position of out[0]
        self.ret = 0            # absolute output position up to which output was returned
        self.ck = 0             # ... up to which it was checksummed
        self.total = 0

    # -- bit input --
    def need(self, n):
        while self.bitcnt < n:
            if self.pos >= len(self.inp):
                raise _More
            self.bitbuf |= self.inp[self.pos] << self.bitcnt
            self.pos += 1
            self.bitcnt += 8

    def bits(self, n):
        self.need(n)
        v = self.bitbuf & ((1 << n) - 1)
        self.bitbuf >>= n
        self.bitcnt -= n
        return v

    def decode(self, table, maxlen, what):
        if table is None:
            raise DataError("invalid %s code" % what)
        code = 0
        for l in range(1, maxlen + 1):
            if self.bitcnt < l:
                self.need(l)
            code = self.bitbuf & ((1 << l) - 1)
            sym = table.get((l << 16) | code)
            if sym is not None:
                self.bitbuf >>= l
                self.bitcnt -= l
                return sym
        raise DataError("invalid %s code" % what)

    def align(self):
        drop = self.bitcnt & 7
        self.bitbuf >>= drop
        self.bitcnt -= drop

    def byte(self):
        if self.bitcnt >= 8:
            v = self.bitbuf & 255
            self.bitbuf >>= 8
            self.bitcnt -= 8
            return v
        if self.pos >= len(self.inp):
            raise _More
        v = self.inp[self.pos]
        self.pos += 1
        return v

    # -- driver --
    def feed(self, data):
        """Decode as much as possible of the data given so far; returns the new output."""
        if self.pos:
            self.inp = self.inp[self.pos:] + bytes(data)
            self.pos = 0
        else:
            self.inp = self.inp + bytes(data)
        while not self.eof:
            save = (self.pos, self.bitbuf, self.bitcnt, len(self.out), self.state, self.block)
            try:
                self.step()
            except _More:
                # roll back the unfinished step; it restarts when more input arrives
                self.pos, self.bitbuf, self.bitcnt, n, self.state, self.block = save
                del self.out[n:]
                break
            except _Partial:
                break           # progress kept; the step continues with more input
            self.sum()
        self.sum()
        out = self.out
        produced = bytes(out[self.ret - self.base:])
        self.ret = self.base + len(out)
        # keep only the window (32 KiB) for back-references
        if len(out) > 65536:
            cut = len(out) - 32768
            del out[:cut]
            self.base += cut
        return produced

    def sum(self):
        """Fold newly produced output into the running checksum."""
        new = self.out[self.ck - self.base:]
        if new:
            if self.mode == 'gzip':
                self.check = _binhelp.crc32(bytes(new), self.check)
            elif self.mode == 'zlib':
                self.check = _binhelp.adler32(bytes(new), self.check)
            self.total += len(new)
            self.ck = self.base + len(self.out)

    def skip(self, data):
        """Preset-dictionary bytes: in the window, but not output and not checksummed."""
        self.out += data
        self.ret += len(data)
        self.ck += len(data)

    def unused(self):
        """Bytes after the end of the stream (whole bytes still in the bit buffer included)."""
        if not self.eof:
            return b''
        return bytes(self.inp[self.pos - (self.bitcnt >> 3):])

    def step(self):
        st = self.state
        if st == 'header':
            self.read_header()
        elif st == 'block':
            if self.final:
                self.align()
                self.state = 'trailer'
                return
            self.final = self.bits(1)
            btype = self.bits(2)
            if btype == 0:
                self.align()
                self.need(32)
                ln = self.bits(16)
                nln = self.bits(16)
                if ln != (~nln & 0xffff):
                    raise DataError("invalid stored block lengths")
                self.block = ('stored', ln)
                self.state = 'stored'
            elif btype == 1:
                (lt, lm), (dt, dm) = _fixed()
                self.block = (lt, lm, dt, dm)
                self.state = 'codes'
            elif btype == 2:
                self.read_dynamic()
                self.state = 'codes'
            else:
                raise DataError("invalid block type")
        elif st == 'stored':
            _, ln = self.block
            if ln and self.pos >= len(self.inp) and not self.bitcnt:
                raise _More
            # copy what is available, in one go
            while ln:
                if self.bitcnt:
                    self.out.append(self.byte())
                    ln -= 1
                    continue
                take = min(ln, len(self.inp) - self.pos)
                if take == 0:
                    self.block = ('stored', ln)
                    raise _Partial          # keep what was copied

                self.out += self.inp[self.pos:self.pos + take]
                self.pos += take
                ln -= take
            self.state = 'block'
        elif st == 'codes':
            self.inflate_codes()
            self.state = 'block'
        elif st == 'trailer':
            self.read_trailer()
            self.eof = True

    def read_header(self):
        mode = self.mode
        if mode == 'auto':
            self.need(16)
            mode = self.mode = 'gzip' if (self.bitbuf & 0xffff) == 0x8b1f else 'zlib'
        if mode == 'raw':
            self.state = 'block'
            if self.zdict:
                self.skip(bytes(self.zdict))
            return
        if mode == 'zlib':
            cmf = self.byte()
            flg = self.byte()
            if ((cmf << 8) | flg) % 31:
                raise DataError("incorrect header check")
            if cmf & 15 != 8:
                raise DataError("unknown compression method")
            wb = (cmf >> 4) + 8
            if self.wbits == 0:
                self.wbits = wb
            if wb > 15 or wb > self.wbits:
                raise DataError("invalid window size")
            if flg & 0x20:
                self.need(32)
                dictid = 0
                for _ in range(4):
                    dictid = (dictid << 8) | self.byte()
                if not self.zdict or _binhelp.adler32(bytes(self.zdict), 1) != dictid:
                    raise NeedDict
                self.skip(bytes(self.zdict))
            self.check = 1
            self.state = 'block'
            return
        # gzip
        if self.byte() != 0x1f or self.byte() != 0x8b:
            raise DataError("incorrect header check")
        if self.byte() != 8:
            raise DataError("unknown compression method")
        flags = self.byte()
        if flags & 0xe0:
            raise DataError("unknown header flags set")
        for _ in range(6):
            self.byte()         # mtime, xfl, os
        if flags & 4:
            n = self.byte() | (self.byte() << 8)
            for _ in range(n):
                self.byte()
        if flags & 8:
            while self.byte():
                pass
        if flags & 16:
            while self.byte():
                pass
        if flags & 2:
            self.byte()
            self.byte()
        self.check = 0
        self.state = 'block'

    def read_dynamic(self):
        hlit = self.bits(5) + 257
        hdist = self.bits(5) + 1
        hclen = self.bits(4) + 4
        if hlit > 286 or hdist > 30:
            raise DataError("too many length or distance symbols")
        cl = [0] * 19
        for i in range(hclen):
            cl[CL_ORDER[i]] = self.bits(3)
        ct, cm = build_table(cl, 'codes')
        if ct in ('over', 'incomplete') or ct is None:
            raise DataError("invalid code lengths set")
        lens = []
        total = hlit + hdist
        while len(lens) < total:
            sym = self.decode(ct, cm, 'code lengths')
            if sym < 16:
                lens.append(sym)
                continue
            if sym == 16:
                if not lens:
                    raise DataError("invalid bit length repeat")
                val, rep = lens[-1], 3 + self.bits(2)
            elif sym == 17:
                val, rep = 0, 3 + self.bits(3)
            else:
                val, rep = 0, 11 + self.bits(7)
            if len(lens) + rep > total:
                raise DataError("invalid bit length repeat")
            lens.extend([val] * rep)
        ll, dl = lens[:hlit], lens[hlit:]
        if ll[256] == 0:
            raise DataError("invalid code -- missing end-of-block")
        lt, lm = build_table(ll, 'lens')
        if lt in ('over', 'incomplete'):
            raise DataError("invalid literal/lengths set")
        dt, dm = build_table(dl, 'dists')
        if dt in ('over', 'incomplete'):
            raise DataError("invalid distances set")
        self.block = (lt, lm, dt, dm)

    def inflate_codes(self):
        lt, lm, dt, dm = self.block
        out = self.out
        while True:
            # commit point per symbol: a partial symbol rolls back only itself
            save = (self.pos, self.bitbuf, self.bitcnt)
            try:
                sym = self.decode(lt, lm, 'literal/length')
                if sym < 256:
                    out.append(sym)
                    continue
                if sym == 256:
                    return
                sym -= 257
                if sym >= 29:
                    raise DataError("invalid literal/length code")
                length = LENGTH_BASE[sym] + (self.bits(LENGTH_EXTRA[sym]) if LENGTH_EXTRA[sym] else 0)
                d = self.decode(dt, dm, 'distance')
                if d >= 30:
                    raise DataError("invalid distance code")
                dist = DIST_BASE[d] + (self.bits(DIST_EXTRA[d]) if DIST_EXTRA[d] else 0)
            except _More:
                self.pos, self.bitbuf, self.bitcnt = save
                raise _Partial
            if dist > len(out) or dist > (1 << self.wbits if self.wbits else 32768):
                raise DataError("invalid distance too far back")
            start = len(out) - dist
            if length <= dist:
                out += out[start:start + length]
            else:
                for i in range(length):
                    out.append(out[start + i])

    def read_trailer(self):
        self.sum()
        if self.mode == 'zlib':
            want = 0
            for _ in range(4):
                want = (want << 8) | self.byte()
            if want != self.check:
                raise DataError("incorrect data check")
        elif self.mode == 'gzip':
            crc = 0
            for i in range(4):
                crc |= self.byte() << (8 * i)
            isize = 0
            for i in range(4):
                isize |= self.byte() << (8 * i)
            if crc != self.check:
                raise DataError("incorrect data check")
            if isize != self.total & 0xffffffff:
                raise DataError("incorrect length check")


class _Partial(Exception):
    """Internal: a step made progress and then ran out of input; keep the progress."""
