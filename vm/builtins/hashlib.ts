// _hashlib: the digest algorithms behind stdlib/hashlib.py (and hmac, binascii.crc32, zlib).
// MD5, SHA-1, SHA-224/256, SHA-384/512 and BLAKE2b written from their specifications
// (RFC 1321, FIPS 180-4, RFC 7693); SHA-3/SHAKE and BLAKE2s are in hash3.ts. A hash object's running state is a small bytes value that
// Python code keeps: init(algo, …) -> state, update(algo, state, data) -> state, digest(algo, state)
// -> bytes. States are copied into a static area of linear memory to be worked on.
//   algo: 0 md5, 1 sha1, 2 sha224, 3 sha256, 4 sha384, 5 sha512, 6 blake2b, 7 blake2s,
//         8-11 sha3_224/256/384/512, 12-13 shake_128/256 (the Keccak state fills H..BUF)
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Bytes_len, Bytes_to_mem, Bytes_from_mem } from "../generated/kernel";
import * as C from "../rt/core";
import { None, mkInt, strLit, sbLen, sbLit, sbTakeStr, isSmallOrInt, intVal, exc } from "../rt/core";
import { raiseTypeError, raiseValueError } from "../rt/errors";
import { newBuiltinFn } from "../objects/type";
import { dictSet } from "../objects/dict";
import { intern, sbStr } from "../objects/str";
import { newModule } from "./modules";
import { typeName, indexValue } from "../ops";
import { newBytes } from "../objects/bytes";
import * as H3 from "./hash3";

// ---- state area ---------------------------------------------------------------------------------
// layout: H (64 bytes: 8×u32 or 8×u64) | count u64 @64 | buf[128] @72 | buflen u32 @200 | outlen u32 @204
const ST: usize = memory.data(256, 16);
const W: usize = memory.data(640, 16);       // message schedule scratch
const OUT: usize = memory.data(64, 16);
const STATE_SIZE: i32 = 208;
const H: usize = ST;
const CNT: usize = ST + 64;
const BUF: usize = ST + 72;
const BLEN: usize = ST + 200;
const OLEN: usize = ST + 204;

function blockSize(algo: i32): i32 { return algo >= 4 ? 128 : 64; }
function digestSize(algo: i32): i32 {
  switch (algo) { case 0: return 16; case 1: return 20; case 2: return 28; case 3: return 32; case 4: return 48; case 5: return 64; }
  return <i32>load<u32>(OLEN);
}

const MD5_K: usize = memory.data<u32>([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);
const MD5_S: usize = memory.data<u8>([
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
  5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
]);
const SHA256_K: usize = memory.data<u32>([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const SHA512_K: usize = memory.data<u64>([
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
  0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
  0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
  0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
  0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
  0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
  0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
  0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
  0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
  0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
  0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
  0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
  0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
  0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
  0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]);
const INIT256: usize = memory.data<u32>([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const INIT224: usize = memory.data<u32>([0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]);
const INIT512: usize = memory.data<u64>([
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]);
const INIT384: usize = memory.data<u64>([
  0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
  0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
]);
const B2_SIGMA: usize = memory.data<u8>([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]);

// @ts-ignore: decorator
@inline function rotl32(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
// @ts-ignore: decorator
@inline function rotr32(x: u32, n: u32): u32 { return (x >>> n) | (x << (32 - n)); }
// @ts-ignore: decorator
@inline function rotr64(x: u64, n: u64): u64 { return (x >>> n) | (x << (64 - n)); }
// @ts-ignore: decorator
@inline function be32(p: usize): u32 { return bswap<u32>(load<u32>(p)); }
// @ts-ignore: decorator
@inline function be64(p: usize): u64 { return bswap<u64>(load<u64>(p)); }

function md5Block(p: usize): void {
  let a = load<u32>(H), b = load<u32>(H + 4), c = load<u32>(H + 8), d = load<u32>(H + 12);
  for (let i = 0; i < 64; i++) {
    let f: u32, g: i32;
    if (i < 16) { f = (b & c) | (~b & d); g = i; }
    else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
    else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
    else { f = c ^ (b | ~d); g = (7 * i) & 15; }
    const t = d;
    d = c; c = b;
    b = b + rotl32(a + f + load<u32>(MD5_K + <usize>(i * 4)) + load<u32>(p + <usize>(g * 4)), <u32>load<u8>(MD5_S + <usize>i));
    a = t;
  }
  store<u32>(H, load<u32>(H) + a); store<u32>(H + 4, load<u32>(H + 4) + b);
  store<u32>(H + 8, load<u32>(H + 8) + c); store<u32>(H + 12, load<u32>(H + 12) + d);
}

function sha1Block(p: usize): void {
  for (let i = 0; i < 16; i++) store<u32>(W + <usize>(i * 4), be32(p + <usize>(i * 4)));
  for (let i = 16; i < 80; i++) {
    const v = load<u32>(W + <usize>((i - 3) * 4)) ^ load<u32>(W + <usize>((i - 8) * 4)) ^ load<u32>(W + <usize>((i - 14) * 4)) ^ load<u32>(W + <usize>((i - 16) * 4));
    store<u32>(W + <usize>(i * 4), rotl32(v, 1));
  }
  let a = load<u32>(H), b = load<u32>(H + 4), c = load<u32>(H + 8), d = load<u32>(H + 12), e = load<u32>(H + 16);
  for (let i = 0; i < 80; i++) {
    let f: u32, k: u32;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    const t = rotl32(a, 5) + f + e + k + load<u32>(W + <usize>(i * 4));
    e = d; d = c; c = rotl32(b, 30); b = a; a = t;
  }
  store<u32>(H, load<u32>(H) + a); store<u32>(H + 4, load<u32>(H + 4) + b); store<u32>(H + 8, load<u32>(H + 8) + c);
  store<u32>(H + 12, load<u32>(H + 12) + d); store<u32>(H + 16, load<u32>(H + 16) + e);
}

function sha256Block(p: usize): void {
  for (let i = 0; i < 16; i++) store<u32>(W + <usize>(i * 4), be32(p + <usize>(i * 4)));
  for (let i = 16; i < 64; i++) {
    const w15 = load<u32>(W + <usize>((i - 15) * 4)), w2 = load<u32>(W + <usize>((i - 2) * 4));
    const s0 = rotr32(w15, 7) ^ rotr32(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr32(w2, 17) ^ rotr32(w2, 19) ^ (w2 >>> 10);
    store<u32>(W + <usize>(i * 4), load<u32>(W + <usize>((i - 16) * 4)) + s0 + load<u32>(W + <usize>((i - 7) * 4)) + s1);
  }
  let a = load<u32>(H), b = load<u32>(H + 4), c = load<u32>(H + 8), d = load<u32>(H + 12);
  let e = load<u32>(H + 16), f = load<u32>(H + 20), g = load<u32>(H + 24), h = load<u32>(H + 28);
  for (let i = 0; i < 64; i++) {
    const S1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
    const ch = (e & f) ^ (~e & g);
    const t1 = h + S1 + ch + load<u32>(SHA256_K + <usize>(i * 4)) + load<u32>(W + <usize>(i * 4));
    const S0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
    const mj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = S0 + mj;
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  store<u32>(H, load<u32>(H) + a); store<u32>(H + 4, load<u32>(H + 4) + b); store<u32>(H + 8, load<u32>(H + 8) + c);
  store<u32>(H + 12, load<u32>(H + 12) + d); store<u32>(H + 16, load<u32>(H + 16) + e); store<u32>(H + 20, load<u32>(H + 20) + f);
  store<u32>(H + 24, load<u32>(H + 24) + g); store<u32>(H + 28, load<u32>(H + 28) + h);
}

function sha512Block(p: usize): void {
  for (let i = 0; i < 16; i++) store<u64>(W + <usize>(i * 8), be64(p + <usize>(i * 8)));
  for (let i = 16; i < 80; i++) {
    const w15 = load<u64>(W + <usize>((i - 15) * 8)), w2 = load<u64>(W + <usize>((i - 2) * 8));
    const s0 = rotr64(w15, 1) ^ rotr64(w15, 8) ^ (w15 >>> 7);
    const s1 = rotr64(w2, 19) ^ rotr64(w2, 61) ^ (w2 >>> 6);
    store<u64>(W + <usize>(i * 8), load<u64>(W + <usize>((i - 16) * 8)) + s0 + load<u64>(W + <usize>((i - 7) * 8)) + s1);
  }
  let a = load<u64>(H), b = load<u64>(H + 8), c = load<u64>(H + 16), d = load<u64>(H + 24);
  let e = load<u64>(H + 32), f = load<u64>(H + 40), g = load<u64>(H + 48), h = load<u64>(H + 56);
  for (let i = 0; i < 80; i++) {
    const S1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
    const ch = (e & f) ^ (~e & g);
    const t1 = h + S1 + ch + load<u64>(SHA512_K + <usize>(i * 8)) + load<u64>(W + <usize>(i * 8));
    const S0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
    const mj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = S0 + mj;
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  store<u64>(H, load<u64>(H) + a); store<u64>(H + 8, load<u64>(H + 8) + b); store<u64>(H + 16, load<u64>(H + 16) + c);
  store<u64>(H + 24, load<u64>(H + 24) + d); store<u64>(H + 32, load<u64>(H + 32) + e); store<u64>(H + 40, load<u64>(H + 40) + f);
  store<u64>(H + 48, load<u64>(H + 48) + g); store<u64>(H + 56, load<u64>(H + 56) + h);
}

// ---- BLAKE2b ----------------------------------------------------------------------------------------
// @ts-ignore: decorator
@inline function vget(i: i32): u64 { return load<u64>(W + <usize>(i * 8)); }
// @ts-ignore: decorator
@inline function vset(i: i32, x: u64): void { store<u64>(W + <usize>(i * 8), x); }
function b2G(a: i32, b: i32, c: i32, d: i32, x: u64, y: u64): void {
  vset(a, vget(a) + vget(b) + x); vset(d, rotr64(vget(d) ^ vget(a), 32));
  vset(c, vget(c) + vget(d)); vset(b, rotr64(vget(b) ^ vget(c), 24));
  vset(a, vget(a) + vget(b) + y); vset(d, rotr64(vget(d) ^ vget(a), 16));
  vset(c, vget(c) + vget(d)); vset(b, rotr64(vget(b) ^ vget(c), 63));
}
function b2Compress(p: usize, last: bool): void {
  for (let i = 0; i < 8; i++) { vset(i, load<u64>(H + <usize>(i * 8))); vset(i + 8, load<u64>(INIT512 + <usize>(i * 8))); }
  vset(12, vget(12) ^ load<u64>(CNT));
  if (last) vset(14, ~vget(14));
  const M: usize = W + 128;
  for (let i = 0; i < 16; i++) store<u64>(M + <usize>(i * 8), load<u64>(p + <usize>(i * 8)));
  for (let r = 0; r < 12; r++) {
    const s = B2_SIGMA + <usize>((r % 10) * 16);
    b2G(0, 4, 8, 12, load<u64>(M + <usize>(load<u8>(s + 0) * 8)), load<u64>(M + <usize>(load<u8>(s + 1) * 8)));
    b2G(1, 5, 9, 13, load<u64>(M + <usize>(load<u8>(s + 2) * 8)), load<u64>(M + <usize>(load<u8>(s + 3) * 8)));
    b2G(2, 6, 10, 14, load<u64>(M + <usize>(load<u8>(s + 4) * 8)), load<u64>(M + <usize>(load<u8>(s + 5) * 8)));
    b2G(3, 7, 11, 15, load<u64>(M + <usize>(load<u8>(s + 6) * 8)), load<u64>(M + <usize>(load<u8>(s + 7) * 8)));
    b2G(0, 5, 10, 15, load<u64>(M + <usize>(load<u8>(s + 8) * 8)), load<u64>(M + <usize>(load<u8>(s + 9) * 8)));
    b2G(1, 6, 11, 12, load<u64>(M + <usize>(load<u8>(s + 10) * 8)), load<u64>(M + <usize>(load<u8>(s + 11) * 8)));
    b2G(2, 7, 8, 13, load<u64>(M + <usize>(load<u8>(s + 12) * 8)), load<u64>(M + <usize>(load<u8>(s + 13) * 8)));
    b2G(3, 4, 9, 14, load<u64>(M + <usize>(load<u8>(s + 14) * 8)), load<u64>(M + <usize>(load<u8>(s + 15) * 8)));
  }
  for (let i = 0; i < 8; i++) store<u64>(H + <usize>(i * 8), load<u64>(H + <usize>(i * 8)) ^ vget(i) ^ vget(i + 8));
}

// ---- generic streaming ------------------------------------------------------------------------------
function block(algo: i32, p: usize): void {
  if (algo == 0) md5Block(p);
  else if (algo == 1) sha1Block(p);
  else if (algo <= 3) sha256Block(p);
  else sha512Block(p);
}

function initAlgo(algo: i32): void {
  memory.fill(ST, 0, 256);
  if (algo == 0) { store<u32>(H, 0x67452301); store<u32>(H + 4, 0xefcdab89); store<u32>(H + 8, 0x98badcfe); store<u32>(H + 12, 0x10325476); }
  else if (algo == 1) { store<u32>(H, 0x67452301); store<u32>(H + 4, 0xefcdab89); store<u32>(H + 8, 0x98badcfe); store<u32>(H + 12, 0x10325476); store<u32>(H + 16, 0xc3d2e1f0); }
  else if (algo == 2) memory.copy(H, INIT224, 32);
  else if (algo == 3) memory.copy(H, INIT256, 32);
  else if (algo == 4) memory.copy(H, INIT384, 64);
  else if (algo == 5) memory.copy(H, INIT512, 64);
}

function updateMem(algo: i32, p: usize, n: i32): void {
  if (algo >= 8) { H3.keccakUpdate(ST, BLEN, H3.keccakRate(algo), p, n); return; }
  if (algo == 6 || algo == 7) {
    // BLAKE2 keeps the last block (even a full one) until final
    const bs = algo == 6 ? 128 : 64;
    let blen = <i32>load<u32>(BLEN);
    let off = 0;
    while (off < n) {
      if (blen == bs) {
        store<u64>(CNT, load<u64>(CNT) + <u64>bs);
        if (algo == 6) b2Compress(BUF, false); else H3.b2sCompress(H, load<u64>(CNT), BUF, false, B2_SIGMA);
        blen = 0;
      }
      let take = bs - blen;
      if (take > n - off) take = n - off;
      memory.copy(BUF + <usize>blen, p + <usize>off, <usize>take);
      blen += take; off += take;
    }
    store<u32>(BLEN, <u32>blen);
    return;
  }
  const bs = blockSize(algo);
  const cnt = load<u64>(CNT);
  let blen = <i32>(cnt % <u64>bs);
  store<u64>(CNT, cnt + <u64>n);
  let off = 0;
  if (blen > 0) {
    let take = bs - blen;
    if (take > n) take = n;
    memory.copy(BUF + <usize>blen, p, <usize>take);
    blen += take; off = take;
    if (blen < bs) return;
    block(algo, BUF);
  }
  while (n - off >= bs) { block(algo, p + <usize>off); off += bs; }
  if (off < n) memory.copy(BUF, p + <usize>off, <usize>(n - off));
}

function finalMem(algo: i32): i32 {
  if (algo >= 8 && algo <= 11) {
    const ds = H3.keccakDigestSize(algo);
    H3.keccakFinal(ST, BLEN, H3.keccakRate(algo), false, OUT, ds);
    return ds;
  }
  if (algo == 7) {
    const blen = <i32>load<u32>(BLEN);
    store<u64>(CNT, load<u64>(CNT) + <u64>blen);
    memory.fill(BUF + <usize>blen, 0, <usize>(64 - blen));
    H3.b2sCompress(H, load<u64>(CNT), BUF, true, B2_SIGMA);
    const ol = <i32>load<u32>(OLEN);
    memory.copy(OUT, H, <usize>ol);
    return ol;
  }
  if (algo == 6) {
    const blen = <i32>load<u32>(BLEN);
    store<u64>(CNT, load<u64>(CNT) + <u64>blen);
    memory.fill(BUF + <usize>blen, 0, <usize>(128 - blen));
    b2Compress(BUF, true);
    const ol = <i32>load<u32>(OLEN);
    memory.copy(OUT, H, <usize>ol);
    return ol;
  }
  const bs = blockSize(algo);
  const cnt = load<u64>(CNT);
  const bits = cnt << 3;
  let blen = <i32>(cnt % <u64>bs);
  const lenBytes = bs == 64 ? 8 : 16;
  store<u8>(BUF + <usize>blen, 0x80); blen++;
  if (blen > bs - lenBytes) { memory.fill(BUF + <usize>blen, 0, <usize>(bs - blen)); block(algo, BUF); blen = 0; }
  memory.fill(BUF + <usize>blen, 0, <usize>(bs - blen));
  if (algo == 0) store<u64>(BUF + 56, bits);
  else store<u64>(BUF + <usize>(bs - 8), bswap<u64>(bits));
  block(algo, BUF);
  const ds = digestSize(algo);
  if (algo == 0) memory.copy(OUT, H, 16);
  else if (algo <= 3) { for (let i = 0; i < 8; i++) store<u32>(OUT + <usize>(i * 4), bswap<u32>(load<u32>(H + <usize>(i * 4)))); }
  else { for (let i = 0; i < 8; i++) store<u64>(OUT + <usize>(i * 8), bswap<u64>(load<u64>(H + <usize>(i * 8)))); }
  return ds;
}

// ---- Python-facing functions -------------------------------------------------------------------------
function algoArg(x: anyref): i32 {
  if (!isSmallOrInt(x)) return -1;
  const v = intVal(x);
  return v < 0 || v > 13 ? -1 : <i32>v;
}
function loadState(s: anyref): bool {
  if (!K.BytesObj_is(s)) { raiseTypeError(strLit("bad hash state")); return false; }
  const d = K.BytesObj_get_data(s);
  if (Bytes_len(d) != STATE_SIZE) { raiseTypeError(strLit("bad hash state")); return false; }
  Bytes_to_mem(d, 0, ST, STATE_SIZE);
  return true;
}
function saveState(): anyref { return newBytes(Bytes_from_mem(ST, STATE_SIZE)); }

/** Copy a bytes-like argument into the string builder; its length or -1 (TypeError set). */
function dataInto(x: anyref, hashing: bool): i32 {
  let d: anyref = null, n = 0;
  if (K.BytesObj_is(x)) { d = K.BytesObj_get_data(x); n = Bytes_len(d); }
  else if (K.ByteArray_is(x)) { d = K.ByteArray_get_data(x); n = K.ByteArray_get_len(x); }
  else if (K.Str_is(x) && hashing) { raiseTypeError(strLit("Strings must be encoded before hashing")); return -1; }
  else if (hashing) { raiseTypeError(strLit("object supporting the buffer API required")); return -1; }
  else {
    const m = sbLen; sbLit("a bytes-like object is required, not '"); sbStr(typeName(x)); C.sbByte(39);
    raiseTypeError(sbTakeStr(m)); return -1;
  }
  C.sbBytes(d, 0, n);
  return n;
}

/** init(algo, digest_size=64, key=b'', salt=b'', person=b'') -> state */
function h_init(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const algo = n > 0 ? algoArg(AnyArr_get(a, b)) : -1;
  if (algo < 0) return raiseValueError(strLit("unsupported hash type"));
  initAlgo(algo);
  if (algo == 7) {
    // BLAKE2s parameter block: 32-bit words; salt at bytes 16..23, personalization at 24..31
    const ds = n > 1 ? <i32>intVal(AnyArr_get(a, b + 1)) : 32;
    const m = sbLen;
    let kl = 0, sl = 0, pl = 0;
    if (n > 2) { kl = dataInto(AnyArr_get(a, b + 2), false); if (kl < 0) { C.sbTruncate(m); return null; } }
    if (n > 3) { sl = dataInto(AnyArr_get(a, b + 3), false); if (sl < 0) { C.sbTruncate(m); return null; } }
    if (n > 4) { pl = dataInto(AnyArr_get(a, b + 4), false); if (pl < 0) { C.sbTruncate(m); return null; } }
    memory.copy(H, H3.b2sIV(), 32);
    store<u32>(H, load<u32>(H) ^ (<u32>ds | (<u32>kl << 8) | (<u32>1 << 16) | (<u32>1 << 24)));
    const kp = C.sbPtr + <usize>m;
    for (let i = 0; i < sl; i++) store<u8>(H + 16 + <usize>i, load<u8>(H + 16 + <usize>i) ^ load<u8>(kp + <usize>(kl + i)));
    for (let i = 0; i < pl; i++) store<u8>(H + 24 + <usize>i, load<u8>(H + 24 + <usize>i) ^ load<u8>(kp + <usize>(kl + sl + i)));
    store<u32>(OLEN, <u32>ds);
    if (kl > 0) {
      memory.copy(BUF, kp, <usize>kl);
      memory.fill(BUF + <usize>kl, 0, <usize>(64 - kl));
      store<u32>(BLEN, 64);
    }
    C.sbTruncate(m);
  }
  if (algo == 6) {
    const ds = n > 1 ? <i32>intVal(AnyArr_get(a, b + 1)) : 64;
    const m = sbLen;
    let kl = 0, sl = 0, pl = 0;
    if (n > 2) { kl = dataInto(AnyArr_get(a, b + 2), false); if (kl < 0) { C.sbTruncate(m); return null; } }
    if (n > 3) { sl = dataInto(AnyArr_get(a, b + 3), false); if (sl < 0) { C.sbTruncate(m); return null; } }
    if (n > 4) { pl = dataInto(AnyArr_get(a, b + 4), false); if (pl < 0) { C.sbTruncate(m); return null; } }
    memory.copy(H, INIT512, 64);
    // parameter block: digest length, key length, fanout 1, depth 1; salt at 32, personalization at 48
    store<u64>(H, load<u64>(H) ^ (<u64>ds | (<u64>kl << 8) | (<u64>1 << 16) | (<u64>1 << 24)));
    const kp = C.sbPtr + <usize>m;
    for (let i = 0; i < sl; i++) store<u8>(H + 32 + <usize>i, load<u8>(H + 32 + <usize>i) ^ load<u8>(kp + <usize>(kl + i)));
    for (let i = 0; i < pl; i++) store<u8>(H + 48 + <usize>i, load<u8>(H + 48 + <usize>i) ^ load<u8>(kp + <usize>(kl + sl + i)));
    store<u32>(OLEN, <u32>ds);
    if (kl > 0) {
      memory.copy(BUF, kp, <usize>kl);
      memory.fill(BUF + <usize>kl, 0, <usize>(128 - kl));
      store<u32>(BLEN, 128);
    }
    C.sbTruncate(m);
  }
  return saveState();
}

function h_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n != 3) return raiseTypeError(strLit("update(algo, state, data)"));
  const algo = algoArg(AnyArr_get(a, b));
  if (algo < 0) return raiseValueError(strLit("unsupported hash type"));
  const m = sbLen;
  const len = dataInto(AnyArr_get(a, b + 2), true);
  if (len < 0) return null;
  if (!C.chargeSteps(<i64>(len >> 6))) { C.sbTruncate(m); return null; }
  if (!loadState(AnyArr_get(a, b + 1))) { C.sbTruncate(m); return null; }
  updateMem(algo, C.sbPtr + <usize>m, len);
  C.sbTruncate(m);
  return saveState();
}

function h_digest(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n != 2 && n != 3) return raiseTypeError(strLit("digest(algo, state[, length])"));
  const algo = algoArg(AnyArr_get(a, b));
  if (algo < 0) return raiseValueError(strLit("unsupported hash type"));
  if (!loadState(AnyArr_get(a, b + 1))) return null;
  if (algo >= 12) {
    // SHAKE: any output length (checked by the caller)
    const len = n == 3 ? <i32>intVal(AnyArr_get(a, b + 2)) : 0;
    if (!C.chargeSteps(<i64>(len >> 6))) return null;
    const m = sbLen;
    C.sbReserve(len);
    H3.keccakFinal(ST, BLEN, H3.keccakRate(algo), true, C.sbPtr + <usize>m, len);
    const r = newBytes(Bytes_from_mem(C.sbPtr + <usize>m, len));
    C.sbTruncate(m);
    return r;
  }
  const ds = finalMem(algo);
  return newBytes(Bytes_from_mem(OUT, ds));
}

// ---- checksums ---------------------------------------------------------------------------------------
const CRC_TABLE: usize = memory.data(1024, 16);
let crcReady = false;
function crcInit(): void {
  for (let i: u32 = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = (c & 1) ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    store<u32>(CRC_TABLE + <usize>(i * 4), c);
  }
  crcReady = true;
}
function startValue(a: anyref, b: i32, n: i32, dflt: u32): i64 {
  if (n < 2) return <i64>dflt;
  const v = indexValue(AnyArr_get(a, b + 1));
  if (!is_null(exc)) return -1;
  return v & 0xffffffff;
}
function h_crc32(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n < 1 || n > 2) return raiseTypeError(strLit("crc32() takes 1 or 2 arguments"));
  const start = startValue(a, b, n, 0);
  if (start < 0) return null;
  const m = sbLen;
  const len = dataInto(AnyArr_get(a, b), false);
  if (len < 0) return null;
  if (!crcReady) crcInit();
  let c = ~<u32>start;
  const p = C.sbPtr + <usize>m;
  for (let i = 0; i < len; i++) c = load<u32>(CRC_TABLE + <usize>(((c ^ <u32>load<u8>(p + <usize>i)) & 255) * 4)) ^ (c >>> 8);
  C.sbTruncate(m);
  C.chargeLater(<i64>(len >> 4));
  return mkInt(<i64>(~c));
}
function h_adler32(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n < 1 || n > 2) return raiseTypeError(strLit("adler32() takes 1 or 2 arguments"));
  const start = startValue(a, b, n, 1);
  if (start < 0) return null;
  const m = sbLen;
  const len = dataInto(AnyArr_get(a, b), false);
  if (len < 0) return null;
  let s1 = <u32>(start & 0xffff), s2 = <u32>((start >> 16) & 0xffff);
  const p = C.sbPtr + <usize>m;
  for (let i = 0; i < len; i++) { s1 = (s1 + <u32>load<u8>(p + <usize>i)) % 65521; s2 = (s2 + s1) % 65521; }
  C.sbTruncate(m);
  C.chargeLater(<i64>(len >> 4));
  return mkInt(<i64>((s2 << 16) | s1));
}

export function initHashlib(): anyref {
  const m = newModule("_hashlib");
  const d = K.Module_get_dict(m);
  dictSet(d, intern(strLit("init")), newBuiltinFn("init", h_init, m));
  dictSet(d, intern(strLit("update")), newBuiltinFn("update", h_update, m));
  dictSet(d, intern(strLit("digest")), newBuiltinFn("digest", h_digest, m));
  dictSet(d, intern(strLit("crc32")), newBuiltinFn("crc32", h_crc32, m));
  dictSet(d, intern(strLit("adler32")), newBuiltinFn("adler32", h_adler32, m));
  return m;
}

// ---- _binhelp: IEEE 754 bit patterns for struct ------------------------------------------------------
function floatArg(x: anyref): f64 {
  if (K.Float_is(x)) return K.Float_get_val(x);
  if (isSmallOrInt(x)) return <f64>intVal(x);
  if (K.Bool_is(x)) return K.Bool_get_val(x) ? 1.0 : 0.0;
  return NaN;
}
/** f64_bits(x) -> signed 64-bit int of the double's bits */
function bh_f64_bits(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  return mkInt(reinterpret<i64>(floatArg(AnyArr_get(a, b))));
}
function bh_bits_f64(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  return C.mkFloat(reinterpret<f64>(intVal(AnyArr_get(a, b))));
}
/** f32_bits(x) -> u32 bits, or -1 when a finite double overflows float32 */
function bh_f32_bits(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const x = floatArg(AnyArr_get(a, b));
  const y = <f32>x;
  if (!isFinite(y) && isFinite(x)) return mkInt(-1);
  return mkInt(<i64>reinterpret<u32>(y));
}
function bh_bits_f32(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  return C.mkFloat(<f64>reinterpret<f32>(<u32>intVal(AnyArr_get(a, b))));
}
/** f16_bits(x) -> u16 bits (round half to even), or -1 on overflow */
function bh_f16_bits(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const x = floatArg(AnyArr_get(a, b));
  const bits = reinterpret<u64>(x);
  const sign = <u32>(bits >> 63) << 15;
  if (isNaN(x)) return mkInt(<i64>(sign | 0x7e00));
  const ax = Math.abs(x);
  if (ax == Infinity) return mkInt(<i64>(sign | 0x7c00));
  if (ax == 0) return mkInt(<i64>sign);
  // scale to an integer mantissa with round-half-even, handling subnormals
  let e = <i32>((bits >> 52) & 0x7ff) - 1023;
  let h: u32;
  if (e < -14) {
    // subnormal: value = m * 2^-24
    const m = ax * 16777216.0;           // 2^24
    let r = Math.floor(m);
    const frac = m - r;
    if (frac > 0.5 || (frac == 0.5 && (<i64>r & 1) == 1)) r += 1;
    h = <u32>r;                          // may round up to the smallest normal (0x400)
  } else {
    const m = ax / Math.pow(2, <f64>e) * 1024.0;   // in [1024, 2048)
    let r = Math.floor(m);
    const frac = m - r;
    if (frac > 0.5 || (frac == 0.5 && (<i64>r & 1) == 1)) r += 1;
    if (r >= 2048) { r = 1024; e++; }
    if (e > 15) return mkInt(-1);
    h = (<u32>(e + 15) << 10) | (<u32>r - 1024);
  }
  return mkInt(<i64>(sign | h));
}
function bh_bits_f16(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const h = <u32>intVal(AnyArr_get(a, b));
  const sign = (h >> 15) & 1, e = <i32>((h >> 10) & 31), m = <f64>(h & 1023);
  let v: f64;
  if (e == 0) v = m * Math.pow(2, -24);
  else if (e == 31) v = m == 0 ? Infinity : NaN;
  else v = (1 + m / 1024.0) * Math.pow(2, <f64>(e - 15));
  return C.mkFloat(sign ? -v : v);
}

export function initBinhelp(): anyref {
  const m = newModule("_binhelp");
  const d = K.Module_get_dict(m);
  dictSet(d, intern(strLit("f64_bits")), newBuiltinFn("f64_bits", bh_f64_bits, m));
  dictSet(d, intern(strLit("bits_f64")), newBuiltinFn("bits_f64", bh_bits_f64, m));
  dictSet(d, intern(strLit("f32_bits")), newBuiltinFn("f32_bits", bh_f32_bits, m));
  dictSet(d, intern(strLit("bits_f32")), newBuiltinFn("bits_f32", bh_bits_f32, m));
  dictSet(d, intern(strLit("f16_bits")), newBuiltinFn("f16_bits", bh_f16_bits, m));
  dictSet(d, intern(strLit("bits_f16")), newBuiltinFn("bits_f16", bh_bits_f16, m));
  dictSet(d, intern(strLit("crc32")), newBuiltinFn("crc32", h_crc32, m));
  dictSet(d, intern(strLit("adler32")), newBuiltinFn("adler32", h_adler32, m));
  return m;
}
