// Character properties for str methods: case mapping and the is*() classes. Exact for ASCII and
// Latin-1 and for the alphabetic scripts in common use (Latin extended, Greek, Cyrillic,
// Armenian, fullwidth forms); other scripts get reasonable approximations (no Unicode database
// is embedded).

/** Simple uppercase mapping (one code point); special cases (ß → SS) are handled by callers. */
export function toUpper(c: i32): i32 {
  if (c < 0x80) return c >= 97 && c <= 122 ? c - 32 : c;
  if (c < 0x100) {
    if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
    if (c == 0xff) return 0x178;
    if (c == 0xb5) return 0x39c;
    return c;
  }
  if (c < 0x180) {
    if (c == 0x131) return 73;
    if (c == 0x17f) return 83;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) return c & ~1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) == 0 ? c - 1 : c;
    return c;
  }
  if (c >= 0x180 && c < 0x250) return upperLatinB(c);
  if (c >= 0x370 && c < 0x400) {
    if (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) return c - 32;
    if (c == 0x3c2) return 0x3a3;
    if (c == 0x3ac) return 0x386;
    if (c >= 0x3ad && c <= 0x3af) return c - 37;
    if (c == 0x3cc) return 0x38c;
    if (c == 0x3cd || c == 0x3ce) return c - 63;
    if (c >= 0x3d8 && c <= 0x3ef) return c & ~1;
    return c;
  }
  if (c >= 0x400 && c < 0x530) {
    if (c >= 0x430 && c <= 0x44f) return c - 32;
    if (c >= 0x450 && c <= 0x45f) return c - 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f)) return c & ~1;
    if (c >= 0x4c1 && c <= 0x4ce) return (c & 1) == 0 ? c - 1 : c;
    if (c == 0x4cf) return 0x4c0;
    return c;
  }
  if (c >= 0x561 && c <= 0x586) return c - 48;
  if (c >= 0x1e00 && c <= 0x1eff) { if (c <= 0x1e95 || c >= 0x1ea0) return c & ~1; return c; }
  if (c >= 0x1f00 && c < 0x2000) return upperGreekExt(c);
  if (c >= 0x2170 && c <= 0x217f) return c - 16;
  if (c >= 0x24d0 && c <= 0x24e9) return c - 26;
  if (c >= 0xff41 && c <= 0xff5a) return c - 32;
  if (c >= 0x10428 && c <= 0x1044f) return c - 40;
  return c;
}

export function toLower(c: i32): i32 {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c != 0xd7 ? c + 32 : c;
  if (c < 0x180) {
    if (c == 0x130) return 105;
    if (c == 0x178) return 0xff;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) == 1 ? c + 1 : c;
    return c;
  }
  if (c >= 0x180 && c < 0x250) return lowerLatinB(c);
  if (c >= 0x370 && c < 0x400) {
    if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
    if (c == 0x386) return 0x3ac;
    if (c >= 0x388 && c <= 0x38a) return c + 37;
    if (c == 0x38c) return 0x3cc;
    if (c == 0x38e || c == 0x38f) return c + 63;
    if (c >= 0x3d8 && c <= 0x3ef) return c | 1;
    return c;
  }
  if (c >= 0x400 && c < 0x530) {
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    if (c >= 0x400 && c <= 0x40f) return c + 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f)) return c | 1;
    if (c >= 0x4c1 && c <= 0x4ce) return (c & 1) == 1 ? c + 1 : c;
    if (c == 0x4c0) return 0x4cf;
    return c;
  }
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0x1e00 && c <= 0x1eff) { if (c <= 0x1e95 || c >= 0x1ea0) return c | 1; if (c == 0x1e9e) return 0xdf; return c; }
  if (c >= 0x1f00 && c < 0x2000) return lowerGreekExt(c);
  if (c >= 0x2160 && c <= 0x216f) return c + 16;
  if (c >= 0x24b6 && c <= 0x24cf) return c + 26;
  if (c >= 0xff21 && c <= 0xff3a) return c + 32;
  if (c >= 0x10400 && c <= 0x10427) return c + 40;
  return c;
}

function upperLatinB(c: i32): i32 {
  // pairs in Latin Extended-B that follow the even/odd pattern
  if ((c >= 0x1cd && c <= 0x1dc)) return (c & 1) == 0 ? c - 1 : c;
  if ((c >= 0x1de && c <= 0x1ef) || (c >= 0x1f8 && c <= 0x21f) || (c >= 0x222 && c <= 0x233) || (c >= 0x246 && c <= 0x24f)) return c & ~1;
  if (c == 0x1c6 || c == 0x1c9 || c == 0x1cc || c == 0x1f3) return c - 2;
  if (c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2) return c - 1;
  if (c == 0x180) return 0x243;
  if (c == 0x183 || c == 0x185 || c == 0x188 || c == 0x18c || c == 0x192 || c == 0x199 || c == 0x1a1 || c == 0x1a3 || c == 0x1a5 || c == 0x1a8 || c == 0x1ad || c == 0x1b0 || c == 0x1b4 || c == 0x1b6 || c == 0x1b9 || c == 0x1bd) return c - 1;
  return c;
}
function lowerLatinB(c: i32): i32 {
  if ((c >= 0x1cd && c <= 0x1dc)) return (c & 1) == 1 ? c + 1 : c;
  if ((c >= 0x1de && c <= 0x1ef) || (c >= 0x1f8 && c <= 0x21f) || (c >= 0x222 && c <= 0x233) || (c >= 0x246 && c <= 0x24f)) return c | 1;
  if (c == 0x1c4 || c == 0x1c7 || c == 0x1ca || c == 0x1f1) return c + 2;
  if (c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2) return c + 1;
  if (c == 0x243) return 0x180;
  if (c == 0x182 || c == 0x184 || c == 0x187 || c == 0x18b || c == 0x191 || c == 0x198 || c == 0x1a0 || c == 0x1a2 || c == 0x1a4 || c == 0x1a7 || c == 0x1ac || c == 0x1af || c == 0x1b3 || c == 0x1b5 || c == 0x1b8 || c == 0x1bc) return c + 1;
  return c;
}
function upperGreekExt(c: i32): i32 {
  const lo = c & 0xf;
  const row = c & 0xfff0;
  if ((row == 0x1f00 || row == 0x1f10 || row == 0x1f20 || row == 0x1f30 || row == 0x1f40 || row == 0x1f60) && lo < 8) return c + 8;
  if (row == 0x1f50 && lo < 8 && (lo & 1) == 1) return c + 8;
  return c;
}
function lowerGreekExt(c: i32): i32 {
  const lo = c & 0xf;
  const row = c & 0xfff0;
  if ((row == 0x1f00 || row == 0x1f10 || row == 0x1f20 || row == 0x1f30 || row == 0x1f40 || row == 0x1f60) && lo >= 8) return c - 8;
  if (row == 0x1f50 && lo >= 8 && (lo & 1) == 1) return c - 8;
  return c;
}

export function isUpperCp(c: i32): bool { if (isTitleCp(c)) return false; return toLower(c) != c || c == 0x3d2 || (c >= 0x2102 && c <= 0x213f && isLetterlikeUpper(c)); }
export function isLowerCp(c: i32): bool {
  if (isTitleCp(c)) return false;
  if (toUpper(c) != c || c == 0xdf || c == 0x138 || c == 0x149) return true;
  if (c == 0xaa || c == 0xba) return true;
  // the Latin and Armenian ligatures (ﬁ, ﬆ, ﬓ ...) are Ll with only full (multi-character) case mappings
  if ((c >= 0xfb00 && c <= 0xfb06) || (c >= 0xfb13 && c <= 0xfb17)) return true;
  return (c >= 0x250 && c <= 0x2af) || (c >= 0x1d00 && c <= 0x1dbf);
}
function isLetterlikeUpper(c: i32): bool { return c == 0x2102 || c == 0x2107 || (c >= 0x210b && c <= 0x210d) || (c >= 0x2110 && c <= 0x2112) || c == 0x2115 || (c >= 0x2119 && c <= 0x211d) || c == 0x2124 || c == 0x2128 || (c >= 0x212a && c <= 0x212d) || (c >= 0x2130 && c <= 0x2133); }
/** Titlecase letters (ǅ ǈ ǋ ǲ). */
export function isTitleCp(c: i32): bool { return c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2; }
export function toTitle(c: i32): i32 {
  if (c == 0x1c4 || c == 0x1c6) return 0x1c5;
  if (c == 0x1c7 || c == 0x1c9) return 0x1c8;
  if (c == 0x1ca || c == 0x1cc) return 0x1cb;
  if (c == 0x1f1 || c == 0x1f3) return 0x1f2;
  if (isTitleCp(c)) return c;
  return toUpper(c);
}
export function isCased(c: i32): bool { return isUpperCp(c) || isLowerCp(c) || isTitleCp(c); }

export function isAlphaCp(c: i32): bool {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c < 0x100) return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
  if (c < 0x2c2) return true;
  if (c < 0x370) return (c >= 0x2c6 && c <= 0x2d1) || (c >= 0x2e0 && c <= 0x2e4) || c == 0x2ec || c == 0x2ee;
  if (c < 0x400) return c != 0x375 && c != 0x37e && c != 0x384 && c != 0x385 && c != 0x387 && c != 0x3f6 && !(c >= 0x378 && c <= 0x379) && !(c >= 0x380 && c <= 0x383) && c != 0x38b && c != 0x38d && c != 0x3a2;
  if (c < 0x530) return c <= 0x481 || c >= 0x48a;
  if (c < 0x590) return (c >= 0x531 && c <= 0x556) || c == 0x559 || (c >= 0x560 && c <= 0x588);
  if (c < 0x600) return (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x5ef && c <= 0x5f2);
  if (c < 0x700) return (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x66f) || (c >= 0x671 && c <= 0x6d3) || c == 0x6d5 || (c >= 0x6fa && c <= 0x6fc) || c == 0x6ff;
  if (c >= 0x900 && c < 0xe00) { const lo = c & 0x7f; return (lo >= 0x05 && lo <= 0x39) || lo == 0x3d || (lo >= 0x58 && lo <= 0x61) || (lo >= 0x72 && lo <= 0x7f); }
  if (c >= 0xe01 && c <= 0xe30) return true;
  if (c >= 0x10a0 && c <= 0x10ff) return c != 0x10fb;
  if (c >= 0x1100 && c <= 0x11ff) return true;
  if (c >= 0x1d00 && c <= 0x1dbf) return true;
  if (c >= 0x1e00 && c <= 0x1fff) return c <= 0x1fbc || (c >= 0x1fc2 && c <= 0x1fcc) || (c >= 0x1fd0 && c <= 0x1fdb) || (c >= 0x1fe0 && c <= 0x1fec) || (c >= 0x1ff2 && c <= 0x1ffc);
  if (c >= 0x2000 && c < 0x3040) return c == 0x2071 || c == 0x207f || (c >= 0x2090 && c <= 0x209c) || (c >= 0x2102 && c <= 0x214e && isLetterlikeUpper(c)) || c == 0x210a || c == 0x210e || c == 0x210f || c == 0x2113 || c == 0x212f || c == 0x2134 || c == 0x2139 || (c >= 0x2c00 && c <= 0x2ce4) || (c >= 0x2d00 && c <= 0x2d25) || c == 0x3005 || c == 0x3006 || (c >= 0x3031 && c <= 0x3035) || c == 0x303b || c == 0x303c;
  if (c >= 0x3041 && c <= 0x3096) return true;
  if (c >= 0x309d && c <= 0x309f) return true;
  if (c >= 0x30a1 && c <= 0x30fa) return true;
  if (c >= 0x30fc && c <= 0x30ff) return true;
  if (c >= 0x3105 && c <= 0x318e) return true;
  if (c >= 0x3400 && c <= 0x4dbf) return true;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c >= 0xa000 && c <= 0xa48c) return true;
  if (c >= 0xac00 && c <= 0xd7a3) return true;
  if (c >= 0xf900 && c <= 0xfaff) return true;
  if (c >= 0xfb00 && c <= 0xfb06) return true;
  if (c >= 0xff21 && c <= 0xff3a) return true;
  if (c >= 0xff41 && c <= 0xff5a) return true;
  if (c >= 0xff66 && c <= 0xffdc) return c != 0xff70 || true;
  if (c >= 0x10000 && c < 0x1d000) return c >= 0x10400 && c <= 0x1044f;
  if (c >= 0x1d400 && c <= 0x1d7cb) return true;
  if (c >= 0x20000 && c <= 0x3134a) return true;
  return false;
}

const DECIMAL_ZEROS: StaticArray<i32> = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
  0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x11066, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1fbf0,
];
/** Decimal digit value, or -1. */
export function decimalValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x660) return -1;
  for (let i = 1; i < DECIMAL_ZEROS.length; i++) {
    const z = DECIMAL_ZEROS[i];
    if (c >= z && c <= z + 9) return c - z;
  }
  return -1;
}
/** Digit value (decimal digits plus superscripts, circled digits…), or -1. */
export function digitValue(c: i32): i32 {
  const d = decimalValue(c);
  if (d >= 0) return d;
  if (c == 0xb2 || c == 0xb3) return c - 0xb0;
  if (c == 0xb9) return 1;
  if (c == 0x2070) return 0;
  if (c >= 0x2074 && c <= 0x2079) return c - 0x2070;
  if (c >= 0x2080 && c <= 0x2089) return c - 0x2080;
  if (c >= 0x2460 && c <= 0x2468) return c - 0x245f;
  if (c >= 0x2474 && c <= 0x247c) return c - 0x2473;
  if (c >= 0x2488 && c <= 0x2490) return c - 0x2487;
  if (c == 0x24ea || c == 0x24ff) return 0;
  if (c >= 0x24f5 && c <= 0x24fd) return c - 0x24f4;
  if (c >= 0x2776 && c <= 0x277e) return c - 0x2775;
  if (c >= 0x2780 && c <= 0x2788) return c - 0x277f;
  if (c >= 0x278a && c <= 0x2792) return c - 0x2789;
  if (c >= 0x1369 && c <= 0x1371) return c - 0x1368;
  return -1;
}
export function isNumericCp(c: i32): bool {
  if (digitValue(c) >= 0) return true;
  if (c >= 0xbc && c <= 0xbe) return true;
  if (c >= 0x2150 && c <= 0x2189) return true;
  if (c >= 0x2469 && c <= 0x2473) return true;
  if (c >= 0x247d && c <= 0x2487) return true;
  if (c >= 0x2491 && c <= 0x249b) return true;
  if (c >= 0x24eb && c <= 0x24f4) return true;
  if (c == 0x24fe || (c >= 0x277f && c <= 0x277f) || c == 0x2789 || c == 0x2793) return true;
  if (c >= 0x2cfd && c <= 0x2cfd) return true;
  if (c == 0x3007 || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303a)) return true;
  if (c >= 0x3192 && c <= 0x3195) return true;
  if (c >= 0x3220 && c <= 0x3229) return true;
  if (c >= 0x3248 && c <= 0x324f) return true;
  if (c >= 0x3251 && c <= 0x325f) return true;
  if (c >= 0x3280 && c <= 0x3289) return true;
  if (c >= 0x32b1 && c <= 0x32bf) return true;
  if (c == 0x4e00 || c == 0x4e8c || c == 0x4e09 || c == 0x56db || c == 0x4e94 || c == 0x516d || c == 0x4e03 || c == 0x516b || c == 0x4e5d || c == 0x5341 || c == 0x767e || c == 0x5343 || c == 0x4e07 || c == 0x5104 || c == 0x96f6 || c == 0x5146 || c == 0x842c || c == 0x5169 || c == 0x4ec0 || c == 0x53c1 || c == 0x4f0d || c == 0x9678 || c == 0x62fe || c == 0x4f70 || c == 0x4edf || c == 0x58f9 || c == 0x8cb3 || c == 0x8086 || c == 0x67d2 || c == 0x634c || c == 0x7396 || c == 0x5efe || c == 0x5eff || c == 0x5345 || c == 0x5344) return true;
  if (c >= 0x1372 && c <= 0x137c) return true;
  if (c >= 0x16ee && c <= 0x16f0) return true;
  return false;
}

export function isSpaceCp(c: i32): bool {
  return c == 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/** str.isprintable() per character (also decides repr's escapes). */
export function isPrintableCp(c: i32): bool {
  if (c < 0x7f) return c >= 0x20;
  if (c < 0xa1) return false;
  if (c == 0xad) return false;
  if (c >= 0x378 && c <= 0x379) return false;
  if (c >= 0x380 && c <= 0x383) return false;
  if (c == 0x38b || c == 0x38d || c == 0x3a2) return false;
  if (c == 0x530 || c == 0x557 || c == 0x558 || c == 0x58b || c == 0x58c) return false;
  if (c >= 0x600 && c <= 0x605) return false;
  if (c == 0x61c || c == 0x6dd || c == 0x70f || c == 0x180e) return false;
  if (c == 0x1680) return false;
  if (c >= 0x2000 && c <= 0x200f) return false;
  if (c >= 0x2028 && c <= 0x202f) return false;
  if (c == 0x205f) return false;
  if (c >= 0x2060 && c <= 0x206f) return false;
  if (c == 0x3000) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false;
  if (c == 0xfeff || (c >= 0xfff0 && c <= 0xfffb) || c == 0xfffe || c == 0xffff) return false;
  if (c >= 0x110bd && c <= 0x110bd) return false;
  if (c >= 0x1bca0 && c <= 0x1bca3) return false;
  if (c >= 0x1d173 && c <= 0x1d17a) return false;
  if (c >= 0xe0000 && c <= 0xe0fff) return false;
  if (c >= 0xf0000) return false;
  if ((c & 0xfffe) == 0xfffe) return false;
  if (c >= 0x2fe0 && c <= 0x2fef) return false;
  if (c >= 0x31350 && c < 0xe0000) return false;
  return true;
}

/** Characters allowed to start / continue an identifier (XID_Start / XID_Continue, approximated). */
export function isIdStart(c: i32): bool { return c == 95 || isAlphaCp(c) || (c >= 0x2160 && c <= 0x2188) || c == 0x3007; }
export function isIdContinue(c: i32): bool {
  if (isIdStart(c) || decimalValue(c) >= 0) return true;
  return (c >= 0x300 && c <= 0x36f) || c == 0xb7 || c == 0x387 || (c >= 0x483 && c <= 0x487) || (c >= 0x591 && c <= 0x5bd) ||
    (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || (c >= 0x900 && c <= 0x903) || (c >= 0x93a && c <= 0x94f) ||
    (c >= 0x1dc0 && c <= 0x1dff) || c == 0x200c || c == 0x200d || (c >= 0x203f && c <= 0x2040) || c == 0x2054 ||
    (c >= 0x20d0 && c <= 0x20f0) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0xfe33 && c <= 0xfe34) ||
    (c >= 0xfe4d && c <= 0xfe4f) || c == 0xff3f;
}
