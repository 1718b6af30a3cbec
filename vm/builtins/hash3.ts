// SHA-3/SHAKE (FIPS 202, Keccak-f[1600]) and BLAKE2s (RFC 7693) for _hashlib (hashlib.ts owns
// the state area and the Python-facing functions; these work on the pointers it passes).
// Keccak keeps no message buffer: input bytes are XORed straight into the 200-byte state at the
// current offset, which hashlib.ts stores in the state's buffer-length slot.

const RC: usize = memory.data<u64>([
  0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b,
  0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088,
  0x0000000080008009, 0x000000008000000a, 0x000000008000808b, 0x800000000000008b, 0x8000000000008089,
  0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
  0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]);
// rotation offsets r[x + 5y]
const ROT: usize = memory.data<u8>([0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
  18, 2, 61, 56, 14]);
const TMP: usize = memory.data(256, 16);

// @ts-ignore: decorator
@inline function rotl64(x: u64, n: u64): u64 { return n == 0 ? x : (x << n) | (x >>> (64 - n)); }

/** Keccak-f[1600] on the 25 lanes at a (little-endian u64s). */
export function keccakF(a: usize): void {
  const C: usize = TMP, B: usize = TMP + 40;
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      store<u64>(C + <usize>(x * 8), load<u64>(a + <usize>(x * 8)) ^ load<u64>(a + <usize>((x + 5) * 8)) ^
        load<u64>(a + <usize>((x + 10) * 8)) ^ load<u64>(a + <usize>((x + 15) * 8)) ^ load<u64>(a + <usize>((x + 20) * 8)));
    }
    for (let x = 0; x < 5; x++) {
      const d = load<u64>(C + <usize>(((x + 4) % 5) * 8)) ^ rotl64(load<u64>(C + <usize>(((x + 1) % 5) * 8)), 1);
      for (let y = 0; y < 25; y += 5) store<u64>(a + <usize>((x + y) * 8), load<u64>(a + <usize>((x + y) * 8)) ^ d);
    }
    // rho and pi: B[y, 2x+3y] = rot(A[x, y], r[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const nx = y, ny = (2 * x + 3 * y) % 5;
        store<u64>(B + <usize>((nx + 5 * ny) * 8), rotl64(load<u64>(a + <usize>(i * 8)), <u64>load<u8>(ROT + <usize>i)));
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        store<u64>(a + <usize>((x + y) * 8), load<u64>(B + <usize>((x + y) * 8)) ^
          (~load<u64>(B + <usize>(((x + 1) % 5 + y) * 8)) & load<u64>(B + <usize>(((x + 2) % 5 + y) * 8))));
      }
    }
    // iota
    store<u64>(a, load<u64>(a) ^ load<u64>(RC + <usize>(round * 8)));
  }
}

/** rate in bytes of algo 8..13 (sha3_224/256/384/512, shake_128/256) */
export function keccakRate(algo: i32): i32 {
  switch (algo) { case 8: return 144; case 9: return 136; case 10: return 104; case 11: return 72; case 12: return 168; }
  return 136;
}
export function keccakDigestSize(algo: i32): i32 {
  switch (algo) { case 8: return 28; case 9: return 32; case 10: return 48; case 11: return 64; }
  return 0;
}

/** absorb n bytes at p into state a; posp holds the offset within the rate */
export function keccakUpdate(a: usize, posp: usize, rate: i32, p: usize, n: i32): void {
  let pos = <i32>load<u32>(posp);
  for (let i = 0; i < n; i++) {
    store<u8>(a + <usize>pos, load<u8>(a + <usize>pos) ^ load<u8>(p + <usize>i));
    pos++;
    if (pos == rate) { keccakF(a); pos = 0; }
  }
  store<u32>(posp, <u32>pos);
}

/** pad (domain byte 0x06 for SHA-3, 0x1f for SHAKE) and squeeze outLen bytes to out */
export function keccakFinal(a: usize, posp: usize, rate: i32, shake: bool, out: usize, outLen: i32): void {
  const pos = <i32>load<u32>(posp);
  store<u8>(a + <usize>pos, load<u8>(a + <usize>pos) ^ (shake ? 0x1f : 0x06));
  store<u8>(a + <usize>(rate - 1), load<u8>(a + <usize>(rate - 1)) ^ 0x80);
  keccakF(a);
  let done = 0;
  while (true) {
    let take = outLen - done;
    if (take > rate) take = rate;
    memory.copy(out + <usize>done, a, <usize>take);
    done += take;
    if (done >= outLen) break;
    keccakF(a);
  }
}

// ---- BLAKE2s: 32-bit words, 10 rounds, 64-byte blocks ----
const B2S_IV: usize = memory.data<u32>([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
  0x1f83d9ab, 0x5be0cd19]);
const V: usize = TMP;          // 16 words of working state
const M: usize = TMP + 64;     // 16 message words

// @ts-ignore: decorator
@inline function rotr32(x: u32, n: u32): u32 { return (x >>> n) | (x << (32 - n)); }
// @ts-ignore: decorator
@inline function vg(i: i32): u32 { return load<u32>(V + <usize>(i * 4)); }
// @ts-ignore: decorator
@inline function vs(i: i32, x: u32): void { store<u32>(V + <usize>(i * 4), x); }
function g(a: i32, b: i32, c: i32, d: i32, x: u32, y: u32): void {
  vs(a, vg(a) + vg(b) + x); vs(d, rotr32(vg(d) ^ vg(a), 16));
  vs(c, vg(c) + vg(d)); vs(b, rotr32(vg(b) ^ vg(c), 12));
  vs(a, vg(a) + vg(b) + y); vs(d, rotr32(vg(d) ^ vg(a), 8));
  vs(c, vg(c) + vg(d)); vs(b, rotr32(vg(b) ^ vg(c), 7));
}
export function b2sIV(): usize { return B2S_IV; }

/** compress the 64-byte block at p into h (8 u32); t is the byte count so far */
export function b2sCompress(h: usize, t: u64, p: usize, last: bool, sigma: usize): void {
  for (let i = 0; i < 8; i++) { vs(i, load<u32>(h + <usize>(i * 4))); vs(i + 8, load<u32>(B2S_IV + <usize>(i * 4))); }
  vs(12, vg(12) ^ <u32>t);
  vs(13, vg(13) ^ <u32>(t >> 32));
  if (last) vs(14, ~vg(14));
  for (let i = 0; i < 16; i++) store<u32>(M + <usize>(i * 4), load<u32>(p + <usize>(i * 4)));
  for (let r = 0; r < 10; r++) {
    const s = sigma + <usize>(r * 16);
    g(0, 4, 8, 12, load<u32>(M + <usize>(load<u8>(s + 0) * 4)), load<u32>(M + <usize>(load<u8>(s + 1) * 4)));
    g(1, 5, 9, 13, load<u32>(M + <usize>(load<u8>(s + 2) * 4)), load<u32>(M + <usize>(load<u8>(s + 3) * 4)));
    g(2, 6, 10, 14, load<u32>(M + <usize>(load<u8>(s + 4) * 4)), load<u32>(M + <usize>(load<u8>(s + 5) * 4)));
    g(3, 7, 11, 15, load<u32>(M + <usize>(load<u8>(s + 6) * 4)), load<u32>(M + <usize>(load<u8>(s + 7) * 4)));
    g(0, 5, 10, 15, load<u32>(M + <usize>(load<u8>(s + 8) * 4)), load<u32>(M + <usize>(load<u8>(s + 9) * 4)));
    g(1, 6, 11, 12, load<u32>(M + <usize>(load<u8>(s + 10) * 4)), load<u32>(M + <usize>(load<u8>(s + 11) * 4)));
    g(2, 7, 8, 13, load<u32>(M + <usize>(load<u8>(s + 12) * 4)), load<u32>(M + <usize>(load<u8>(s + 13) * 4)));
    g(3, 4, 9, 14, load<u32>(M + <usize>(load<u8>(s + 14) * 4)), load<u32>(M + <usize>(load<u8>(s + 15) * 4)));
  }
  for (let i = 0; i < 8; i++) store<u32>(h + <usize>(i * 4), load<u32>(h + <usize>(i * 4)) ^ vg(i) ^ vg(i + 8));
}
