"""_zlib_deflate: a DEFLATE compressor (RFC 1951) that makes the same choices as zlib 1.2.13.

pyex's zlib.compress/compressobj use this. It follows zlib's documented design so that output
matches CPython's byte for byte in the common cases: the same hash of three bytes and hash chains,
the per-level parameters (good/lazy/nice/chain), greedy matching for levels 1-3 and lazy matching
for 4-9, blocks ended when 16383 symbols are buffered, the same choice between stored, fixed and
dynamic blocks by exact bit counts, zlib's Huffman tree construction (heap order, depth
tie-break, overflow fix-up of over-long codes) and its run-length coding of the code lengths.
Level 0 emits stored blocks (one per call, split at 65535 bytes).
"""
from bisect import bisect_right as _bisect

MIN_MATCH = 3
MAX_MATCH = 258
MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1
TOO_FAR = 4096
L_CODES = 286
D_CODES = 30
BL_CODES = 19
MAX_BITS = 15
MAX_BL_BITS = 7
END_BLOCK = 256

EXTRA_LBITS = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
EXTRA_DBITS = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
EXTRA_BLBITS = (0,) * 16 + (2, 3, 7)
BL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

# (good_length, max_lazy, nice_length, max_chain, kind) per level, as zlib's configuration_table
CONFIG = ((0, 0, 0, 0, 'stored'), (4, 4, 8, 4, 'fast'), (4, 5, 16, 8, 'fast'), (4, 6, 32, 32, 'fast'),
          (4, 4, 16, 16, 'slow'), (8, 16, 32, 32, 'slow'), (8, 16, 128, 128, 'slow'),
          (8, 32, 128, 256, 'slow'), (32, 128, 258, 1024, 'slow'), (32, 258, 258, 4096, 'slow'))


def _tables():
    base_length = []
    length_code = [0] * 256
    n = 0
    for code in range(28):
        base_length.append(n)
        for _ in range(1 << EXTRA_LBITS[code]):
            length_code[n] = code
            n += 1
    length_code[255] = 28
    base_length.append(255)       # length 258 has its own code, no extra bits
    base_dist = []
    d = 0
    for code in range(30):
        base_dist.append(d)
        d += 1 << EXTRA_DBITS[code]
    return tuple(base_length), tuple(length_code), tuple(base_dist)


BASE_LENGTH, LENGTH_CODE, BASE_DIST = _tables()


def _dcode(dist):
    """Distance code of a 0-based distance."""
    return _bisect(BASE_DIST, dist) - 1


def _reverse(code, n):
    r = 0
    for _ in range(n):
        r = (r << 1) | (code & 1)
        code >>= 1
    return r


def _gen_codes(lens, max_code, bl_count):
    codes = [0] * len(lens)
    next_code = [0] * (MAX_BITS + 1)
    code = 0
    for bits in range(1, MAX_BITS + 1):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    for n in range(max_code + 1):
        l = lens[n]
        if l:
            codes[n] = _reverse(next_code[l], l)
            next_code[l] += 1
    return codes


def _static():
    ll = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    cnt = [0] * (MAX_BITS + 1)
    for l in ll:
        cnt[l] += 1
    lcodes = _gen_codes(ll, 287, cnt)
    dl = [5] * D_CODES
    dcodes = [_reverse(n, 5) for n in range(D_CODES)]
    return ll, lcodes, dl, dcodes


STATIC_LLEN, STATIC_LCODE, STATIC_DLEN, STATIC_DCODE = _static()


class _Tree:
    """zlib's build_tree over one alphabet: computes code lengths (limited to max_length),
    codes, and adds the block's bit costs to the owner's opt_len/static_len."""

    def __init__(self, freq, elems, max_length, extra, base, slen):
        self.freq = freq
        self.elems = elems
        self.max_length = max_length
        self.extra = extra
        self.base = base
        self.slen = slen          # static code lengths, or None

    def build(self, st):
        freq = list(self.freq)
        elems = self.elems
        size = 2 * elems + 1
        tfreq = freq + [0] * (size - elems)
        lens = [0] * size
        dad = [0] * size
        depth = [0] * size
        heap = [0] * size
        heap_len = 0
        heap_max = size
        max_code = -1
        for n in range(elems):
            if tfreq[n]:
                heap_len += 1
                heap[heap_len] = max_code = n
                depth[n] = 0
            else:
                lens[n] = 0
        # at least two codes of non-zero frequency (the inflater needs a complete code)
        while heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            heap_len += 1
            heap[heap_len] = node
            tfreq[node] = 1
            depth[node] = 0
            st.opt_len -= 1
            if self.slen is not None:
                st.static_len -= self.slen[node]
        self.max_code = max_code

        def smaller(n, m):
            return tfreq[n] < tfreq[m] or (tfreq[n] == tfreq[m] and depth[n] <= depth[m])

        def down(k):
            v = heap[k]
            j = k << 1
            while j <= heap_len:
                if j < heap_len and smaller(heap[j + 1], heap[j]):
                    j += 1
                if smaller(v, heap[j]):
                    break
                heap[k] = heap[j]
                k = j
                j <<= 1
            heap[k] = v

        for n in range(heap_len // 2, 0, -1):
            down(n)
        node = elems
        while True:
            n = heap[1]
            heap[1] = heap[heap_len]
            heap_len -= 1
            down(1)
            m = heap[1]
            heap_max -= 1
            heap[heap_max] = n
            heap_max -= 1
            heap[heap_max] = m
            tfreq[node] = tfreq[n] + tfreq[m]
            depth[node] = max(depth[n], depth[m]) + 1
            dad[n] = dad[m] = node
            heap[1] = node
            node += 1
            down(1)
            if heap_len < 2:
                break
        heap_max -= 1
        heap[heap_max] = heap[1]

        # gen_bitlen: lengths from the tree, with zlib's fix-up when a code is too long
        max_length = self.max_length
        extra, base, slen = self.extra, self.base, self.slen
        bl_count = [0] * (MAX_BITS + 1)
        lens[heap[heap_max]] = 0
        overflow = 0
        h = heap_max + 1
        while h < size:
            n = heap[h]
            bits = lens[dad[n]] + 1
            if bits > max_length:
                bits = max_length
                overflow += 1
            lens[n] = bits
            h += 1
            if n > max_code:
                continue
            bl_count[bits] += 1
            xbits = extra[n - base] if n >= base else 0
            f = tfreq[n]
            st.opt_len += f * (bits + xbits)
            if slen is not None:
                st.static_len += f * (slen[n] + xbits)
        if overflow:
            while True:
                bits = max_length - 1
                while bl_count[bits] == 0:
                    bits -= 1
                bl_count[bits] -= 1
                bl_count[bits + 1] += 2
                bl_count[max_length] -= 1
                overflow -= 2
                if overflow <= 0:
                    break
            h = size
            for bits in range(max_length, 0, -1):
                n = bl_count[bits]
                while n:
                    h -= 1
                    m = heap[h]
                    if m > max_code:
                        continue
                    if lens[m] != bits:
                        st.opt_len += (bits - lens[m]) * tfreq[m]
                        lens[m] = bits
                    n -= 1
        self.lens = lens
        self.codes = _gen_codes(lens, max_code, bl_count)


class Deflater:
    """Compressor state for one stream. feed(data) buffers input and emits completed blocks;
    flush(mode) ends the current block the way zlib's deflate(flush) does."""

    def __init__(self, level=6, wbits=15, memlevel=8, strategy=0, zdict=None, header=True):
        if level == -1:
            level = 6
        self.level = level
        self.strategy = strategy
        self.wbits = 9 if wbits == 8 else wbits
        self.wsize = 1 << self.wbits
        self.max_dist = self.wsize - MIN_LOOKAHEAD
        self.wmask = self.wsize - 1
        self.hbits = memlevel + 7
        self.hshift = (self.hbits + MIN_MATCH - 1) // MIN_MATCH
        self.hmask = (1 << self.hbits) - 1
        self.good, self.lazy, self.nice, self.chain, self.kind = CONFIG[level]
        self.lit_max = (1 << (memlevel + 6)) - 1      # symbols per block
        self.data = bytearray()
        self.head = {}
        self.prev = [0] * self.wsize
        self.strstart = 0
        self.block_start = 0
        self.base = 0              # zlib's window slide offset (for stored-block eligibility)
        self.wend = 0              # end of data inside zlib's window
        self.syms = []             # (dist, lc): dist 0 for literals
        self.lfreq = [0] * L_CODES
        self.dfreq = [0] * D_CODES
        self.lfreq[END_BLOCK] = 1
        self.match_available = False
        self.match_length = MIN_MATCH - 1
        self.prev_length = MIN_MATCH - 1
        self.match_start = 0
        self.insert = 0
        self.bitbuf = 0
        self.bitcnt = 0
        self.out = bytearray()
        if zdict:
            # the dictionary primes the window and the hash chains, as deflateSetDictionary
            self.data += zdict
            n = len(zdict)
            self.wend = n
            for p in range(max(0, n - self.wsize), n - MIN_MATCH + 1):
                self.insert_string(p)
            self.strstart = self.block_start = n

    # ---- bit output ----
    def send(self, value, n):
        self.bitbuf |= value << self.bitcnt
        self.bitcnt += n
        while self.bitcnt >= 8:
            self.out.append(self.bitbuf & 255)
            self.bitbuf >>= 8
            self.bitcnt -= 8

    def windup(self):
        if self.bitcnt > 0:
            self.out.append(self.bitbuf & 255)
        self.bitbuf = 0
        self.bitcnt = 0

    def take(self):
        o = bytes(self.out)
        self.out = bytearray()
        return o

    # ---- hashing ----
    def insert_string(self, p):
        d = self.data
        s = self.hshift
        h = ((((d[p] << s) ^ d[p + 1]) << s) ^ d[p + 2]) & self.hmask
        head = self.head.get(h, 0)
        self.prev[p & self.wmask] = head
        self.head[h] = p
        return head

    def longest_match(self, cur):
        d = self.data
        n = len(d)
        strstart = self.strstart
        chain = self.chain
        best = self.prev_length
        lookahead = n - strstart
        nice = self.nice if self.nice <= lookahead else lookahead
        limit = strstart - self.max_dist
        if limit < self.base:
            limit = self.base       # zlib's window position 0 is its "no match" marker
        if self.prev_length >= self.good:
            chain >>= 2
        prev = self.prev
        wmask = self.wmask
        lim = n - strstart              # real bytes on the current side (past them: zeros)
        if lim > MAX_MATCH:
            lim = MAX_MATCH
        if best < lim:
            # the common case (not near the end of the input): a candidate can only beat `best`
            # if it agrees at position best and on the whole prefix [0, best]
            scan_end = d[strstart + best]
            while True:
                if d[cur + best] == scan_end and d[cur:cur + best] == d[strstart:strstart + best]:
                    k = best + 1
                    while k + 16 <= lim and d[cur + k:cur + k + 16] == d[strstart + k:strstart + k + 16]:
                        k += 16
                    while k < lim and d[cur + k] == d[strstart + k]:
                        k += 1
                    if k == lim and lim < MAX_MATCH:
                        # zlib zero-fills the window past the input
                        while k < MAX_MATCH and (cur + k >= n or d[cur + k] == 0):
                            k += 1
                    self.match_start = cur
                    best = k
                    if k >= nice:
                        break
                    if best >= lim:
                        cur = prev[cur & wmask]
                        chain -= 1
                        if cur <= limit or chain == 0:
                            return best if best <= lookahead else lookahead
                        break
                    scan_end = d[strstart + best]
                cur = prev[cur & wmask]
                if cur <= limit:
                    return best if best <= lookahead else lookahead
                chain -= 1
                if chain == 0:
                    return best if best <= lookahead else lookahead
            if best >= nice:
                return best if best <= lookahead else lookahead
        # near the end of the input: compare byte by byte, reading zeros past the input
        while True:
            k = 0
            while k < MAX_MATCH:
                x = d[cur + k] if cur + k < n else 0
                y = d[strstart + k] if strstart + k < n else 0
                if x != y:
                    break
                k += 1
            if k > best:
                self.match_start = cur
                best = k
                if k >= nice:
                    break
            cur = prev[cur & wmask]
            if cur <= limit:
                break
            chain -= 1
            if chain == 0:
                break
        return best if best <= lookahead else lookahead

    # ---- symbol buffer ----
    def tally_lit(self, c):
        self.syms.append((0, c))
        self.lfreq[c] += 1
        return len(self.syms) == self.lit_max

    def tally_dist(self, dist, lc):
        self.syms.append((dist, lc))
        self.lfreq[LENGTH_CODE[lc] + 257] += 1
        self.dfreq[_dcode(dist - 1)] += 1
        return len(self.syms) == self.lit_max

    # ---- window bookkeeping (only decides whether a stored block is possible) ----
    def fill(self):
        n = len(self.data)
        if self.wend - self.strstart < MIN_LOOKAHEAD and self.wend < n:
            if self.strstart - self.base >= self.wsize + self.max_dist:
                self.base += self.wsize
            self.wend = min(n, self.base + 2 * self.wsize)

    # ---- block output ----
    def flush_block(self, last):
        buf_ok = self.block_start >= self.base
        stored_len = self.strstart - self.block_start
        self.opt_len = 0
        self.static_len = 0
        if self.level > 0:
            lt = _Tree(self.lfreq, L_CODES, MAX_BITS, EXTRA_LBITS, 257, STATIC_LLEN)
            lt.build(self)
            dt = _Tree(self.dfreq, D_CODES, MAX_BITS, EXTRA_DBITS, 0, STATIC_DLEN)
            dt.build(self)
            max_blindex, bt = self.build_bl_tree(lt, dt)
            opt_lenb = (self.opt_len + 3 + 7) >> 3
            static_lenb = (self.static_len + 3 + 7) >> 3
            if static_lenb <= opt_lenb or self.strategy == 4:
                opt_lenb = static_lenb
        else:
            opt_lenb = static_lenb = stored_len + 5
        if stored_len + 4 <= opt_lenb and buf_ok:
            self.stored_block(self.data[self.block_start:self.strstart], last)
        elif static_lenb == opt_lenb:
            self.send(2 + last, 3)
            self.compress_block(STATIC_LLEN, STATIC_LCODE, STATIC_DLEN, STATIC_DCODE)
        else:
            self.send(4 + last, 3)
            self.send_all_trees(lt, dt, bt, max_blindex + 1)
            self.compress_block(lt.lens, lt.codes, dt.lens, dt.codes)
        self.syms = []
        self.lfreq = [0] * L_CODES
        self.dfreq = [0] * D_CODES
        self.lfreq[END_BLOCK] = 1
        if last:
            self.windup()
        self.block_start = self.strstart

    def stored_block(self, buf, last):
        self.send(last, 3)
        self.windup()
        n = len(buf)
        self.out += bytes((n & 255, n >> 8, ~n & 255, (~n >> 8) & 255))
        self.out += buf

    def scan_tree(self, lens, max_code, blfreq):
        prevlen = -1
        nextlen = lens[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        lens = lens[:max_code + 1] + [0xffff]
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = lens[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                blfreq[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    blfreq[curlen] += 1
                blfreq[16] += 1
            elif count <= 10:
                blfreq[17] += 1
            else:
                blfreq[18] += 1
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def send_tree(self, lens, max_code, bt):
        prevlen = -1
        nextlen = lens[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        lens = lens[:max_code + 1] + [0xffff]
        bl, bc = bt.lens, bt.codes
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = lens[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                for _ in range(count):
                    self.send(bc[curlen], bl[curlen])
            elif curlen != 0:
                if curlen != prevlen:
                    self.send(bc[curlen], bl[curlen])
                    count -= 1
                self.send(bc[16], bl[16])
                self.send(count - 3, 2)
            elif count <= 10:
                self.send(bc[17], bl[17])
                self.send(count - 3, 3)
            else:
                self.send(bc[18], bl[18])
                self.send(count - 11, 7)
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def build_bl_tree(self, lt, dt):
        blfreq = [0] * BL_CODES
        self.scan_tree(lt.lens, lt.max_code, blfreq)
        self.scan_tree(dt.lens, dt.max_code, blfreq)
        bt = _Tree(blfreq, BL_CODES, MAX_BL_BITS, EXTRA_BLBITS, 0, None)
        bt.build(self)
        max_blindex = BL_CODES - 1
        while max_blindex >= 3:
            if bt.lens[BL_ORDER[max_blindex]] != 0:
                break
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex, bt

    def send_all_trees(self, lt, dt, bt, blcodes):
        lcodes, dcodes = lt.max_code + 1, dt.max_code + 1
        self.send(lcodes - 257, 5)
        self.send(dcodes - 1, 5)
        self.send(blcodes - 4, 4)
        for rank in range(blcodes):
            self.send(bt.lens[BL_ORDER[rank]], 3)
        self.send_tree(lt.lens, lcodes - 1, bt)
        self.send_tree(dt.lens, dcodes - 1, bt)

    def compress_block(self, ll, lc, dl, dc):
        send = self.send
        for dist, v in self.syms:
            if dist == 0:
                send(lc[v], ll[v])
            else:
                code = LENGTH_CODE[v]
                send(lc[code + 257], ll[code + 257])
                e = EXTRA_LBITS[code]
                if e:
                    send(v - BASE_LENGTH[code], e)
                dist -= 1
                code = _dcode(dist)
                send(dc[code], dl[code])
                e = EXTRA_DBITS[code]
                if e:
                    send(dist - BASE_DIST[code], e)
        send(lc[END_BLOCK], ll[END_BLOCK])

    # ---- the matchers (zlib's deflate_stored / deflate_fast / deflate_slow / huff / rle) ----
    def run(self, flush):
        """Process buffered input. flush: 0 none, 1 partial, 2 sync, 3 full, 4 finish."""
        n = len(self.data)
        if self.insert and n - self.strstart + self.insert >= MIN_MATCH:
            # strings at the end of the previous input that could not be hashed yet
            p = self.strstart - self.insert
            while self.insert and p + MIN_MATCH <= n:
                self.insert_string(p)
                p += 1
                self.insert -= 1
        kind = self.kind
        if self.level > 0 and self.strategy == 2:
            kind = 'huff'
        elif self.level > 0 and self.strategy == 3:
            kind = 'rle'
        getattr(self, 'run_' + kind)(flush)

    def run_stored(self, flush):
        n = len(self.data)
        if flush == 0:
            return
        while True:
            left = n - self.block_start
            ln = min(left, 65535)
            last = 1 if flush == 4 and ln == left else 0
            if ln == 0 and not last and flush != 4:
                break
            self.strstart = self.block_start + ln
            self.stored_block(self.data[self.block_start:self.strstart], last)
            self.block_start = self.strstart
            if last:
                self.windup()
                return
            if self.block_start >= n:
                break
        self.strstart = n

    def end_input(self, flush):
        """zlib's epilogue of a matcher: the last block for Z_FINISH, otherwise end the block."""
        self.insert = self.strstart if self.strstart < MIN_MATCH - 1 else MIN_MATCH - 1
        if flush == 4:
            self.flush_block(1)
        elif self.syms:
            self.flush_block(0)

    def run_fast(self, flush):
        d = self.data
        n = len(d)
        while True:
            self.fill()
            lookahead = n - self.strstart
            if lookahead < MIN_LOOKAHEAD and flush == 0:
                return
            if lookahead == 0:
                break
            hash_head = 0
            if lookahead >= MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            if hash_head > self.base and self.strstart - hash_head <= self.max_dist:
                self.match_length = self.longest_match(hash_head)
            if self.match_length >= MIN_MATCH:
                bflush = self.tally_dist(self.strstart - self.match_start, self.match_length - MIN_MATCH)
                lookahead -= self.match_length
                if self.match_length <= self.lazy and lookahead >= MIN_MATCH:
                    self.match_length -= 1
                    while True:
                        self.strstart += 1
                        self.insert_string(self.strstart)
                        self.match_length -= 1
                        if self.match_length == 0:
                            break
                    self.strstart += 1
                else:
                    self.strstart += self.match_length
                    self.match_length = 0
            else:
                bflush = self.tally_lit(d[self.strstart])
                self.strstart += 1
            if bflush:
                self.flush_block(0)
        self.end_input(flush)

    def run_slow(self, flush):
        d = self.data
        n = len(d)
        while True:
            self.fill()
            lookahead = n - self.strstart
            if lookahead < MIN_LOOKAHEAD and flush == 0:
                return
            if lookahead == 0:
                break
            hash_head = 0
            if lookahead >= MIN_MATCH:
                hash_head = self.insert_string(self.strstart)
            self.prev_length = self.match_length
            prev_match = self.match_start
            self.match_length = MIN_MATCH - 1
            if hash_head > self.base and self.prev_length < self.lazy and self.strstart - hash_head <= self.max_dist:
                self.match_length = self.longest_match(hash_head)
                if self.match_length <= 5 and (self.strategy == 1 or (
                        self.match_length == MIN_MATCH and self.strstart - self.match_start > TOO_FAR)):
                    self.match_length = MIN_MATCH - 1
            if self.prev_length >= MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + lookahead - MIN_MATCH
                bflush = self.tally_dist(self.strstart - 1 - prev_match, self.prev_length - MIN_MATCH)
                self.prev_length -= 2
                while True:
                    self.strstart += 1
                    if self.strstart <= max_insert:
                        self.insert_string(self.strstart)
                    self.prev_length -= 1
                    if self.prev_length == 0:
                        break
                self.match_available = False
                self.match_length = MIN_MATCH - 1
                self.strstart += 1
                if bflush:
                    self.flush_block(0)
            elif self.match_available:
                if self.tally_lit(d[self.strstart - 1]):
                    self.flush_block(0)
                self.strstart += 1
            else:
                self.match_available = True
                self.strstart += 1
        if self.match_available:
            self.tally_lit(d[self.strstart - 1])
            self.match_available = False
        self.end_input(flush)

    def run_huff(self, flush):
        d = self.data
        n = len(d)
        while self.strstart < n:
            bflush = self.tally_lit(d[self.strstart])
            self.strstart += 1
            if bflush:
                self.flush_block(0)
        if flush == 0:
            return
        self.end_input(flush)

    def run_rle(self, flush):
        d = self.data
        n = len(d)
        while True:
            lookahead = n - self.strstart
            if lookahead <= MAX_MATCH and flush == 0:
                return
            if lookahead == 0:
                break
            ml = 0
            s = self.strstart
            if lookahead >= MIN_MATCH and s > 0:
                p = d[s - 1]
                if d[s] == p and d[s + 1] == p and d[s + 2] == p:
                    e = s + 3
                    lim = min(s + MAX_MATCH, n)
                    while e < lim and d[e] == p:
                        e += 1
                    ml = min(e - s, lookahead)
            if ml >= MIN_MATCH:
                bflush = self.tally_dist(1, ml - MIN_MATCH)
                self.strstart += ml
            else:
                bflush = self.tally_lit(d[s])
                self.strstart += 1
            if bflush:
                self.flush_block(0)
        self.end_input(flush)

    # ---- stream-level flushes ----
    def flush(self, mode):
        self.run(mode)
        if mode in (1, 2, 3):
            if mode == 1:
                # _tr_align: an empty fixed block
                self.send(2, 3)
                self.send(STATIC_LCODE[END_BLOCK], STATIC_LLEN[END_BLOCK])
            else:
                self.stored_block(b'', 0)
                if mode == 3:
                    # full flush: forget the history; zlib restarts its window at this point
                    self.head = {}
                    self.base = self.block_start = self.strstart
                    self.insert = 0
        return self.take()
