// The _sre native module: pyex's own regular expression engine (stdlib/re.py is the API).
//
// compile: the pattern (code points) is parsed into a node tree in a linear-memory arena
// (Python's syntax; CPython's error messages and positions), then compiled to a program of i32
// words kept in a GC I32Arr. match: a backtracking VM over the subject's code points (decoded
// once into linear memory and cached by identity) with an explicit stack of choice points and
// undo records — no wasm recursion, so deep inputs cannot overflow the native stack. Every
// executed instruction is charged to the step budget, so catastrophic backtracking ends with
// the LimitError.
//
//   _sre.compile(pattern, flags)  -> (prog, ngroups, groupindex, flags) | (None, msg, pos, 0)
//   _sre.search(prog, string, pos, endpos, mode, must_advance) -> (lastindex, s0, e0, s1, e1, ...) | None
//        mode 0 match, 1 search, 2 fullmatch
//   _sre.findall(prog, string, pos, endpos)      -> list
//   _sre.sub(prog, string, template, count)      -> (result, n)   template: list of str | int group
//   _sre.split(prog, string, maxsplit)           -> list
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, Bytes_get, Bytes_len, Str_get_data, Str_is,
  I32Arr_get, I32Arr_len, Tuple_get_items, List_is, List_get_len, List_get_items,
} from "../generated/kernel";
import * as C from "../rt/core";
import { None, mkInt, strLit, sbLen, sbLit, sbByte, sbTakeStr, sbCodepoint, sbI64, setExc, setFatal, EmptyStr } from "../rt/core";
import { raiseTypeError, raiseValueError, newExc, raiseMemoryError } from "../rt/errors";
import * as E from "../objects/exceptions";
import { dictNew, dictSet, dictGet } from "../objects/dict";
import { listNew, listAppend } from "../objects/list";
import { tupleOf, newBuiltinFn } from "../objects/type";
import { intern, sbStr, utf8SeqLen, decodeAt, strSub, charStr } from "../objects/str";
import { newModule } from "./modules";
import { typeName } from "../ops";
import { toLower, toUpper, isAlphaCp, isNumericCp, isSpaceCp, decimalValue, isIdStart, isIdContinue } from "../objects/unicode";

// ---- flags -------------------------------------------------------------------------------------
const SRE_I: i32 = 2, SRE_L: i32 = 4, SRE_M: i32 = 8, SRE_S: i32 = 16, SRE_U: i32 = 32, SRE_X: i32 = 64, SRE_A: i32 = 256;
const MAXREPEAT: i32 = 0x7fffffff;

// ---- growable linear-memory buffers (stub runtime: old blocks are abandoned on growth) -----------
function grow(p: usize, used: i32, need: i32, cap: i32): usize {
  let c = cap < 256 ? 256 : cap;
  while (c < need) c <<= 1;
  const np = heap.alloc(<usize>c);
  if (used > 0) memory.copy(np, p, <usize>used);
  capOut = c;
  return np;
}
let capOut: i32 = 0;

// pattern text (i32 code points)
let pPtr: usize = 0; let pCap: i32 = 0; let pLen: i32 = 0;
// node arena: 8 i32 per node
let nPtr: usize = 0; let nCap: i32 = 0; let nCount: i32 = 0;
// set items: i32 triples
let sPtr: usize = 0; let sCap: i32 = 0; let sLen: i32 = 0;
// program being emitted
let cPtr: usize = 0; let cCap: i32 = 0; let cLen: i32 = 0;
// subject text (i32 code points)
let tPtr: usize = 0; let tCap: i32 = 0; let tLen: i32 = 0;
let tObj: anyref = null;      // the str/bytes object decoded into tPtr (identity cache)
// backtracking stack: 4 i32 per entry
let kPtr: usize = 0; let kCap: i32 = 0;
// registers
let rPtr: usize = 0; let rCap: i32 = 0;

// @ts-ignore: decorator
@inline function P(i: i32): i32 { return load<i32>(pPtr + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function T(i: i32): i32 { return load<i32>(tPtr + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function R(i: i32): i32 { return load<i32>(rPtr + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function setR(i: i32, v: i32): void { store<i32>(rPtr + (<usize>i << 2), v); }

// ---- node arena ----------------------------------------------------------------------------------
const N_EMPTY: i32 = 0, N_LIT: i32 = 1, N_ANY: i32 = 2, N_SET: i32 = 3, N_CAT: i32 = 4, N_ALT: i32 = 5, N_GROUP: i32 = 6,
  N_REPEAT: i32 = 7, N_AT: i32 = 8, N_BACKREF: i32 = 9, N_LOOK: i32 = 10, N_ATOMIC: i32 = 11, N_COND: i32 = 12;
// fields
const F_TYPE: i32 = 0, F_FLAGS: i32 = 1, F_A: i32 = 2, F_B: i32 = 3, F_C: i32 = 4, F_KID: i32 = 5, F_NEXT: i32 = 6, F_LAST: i32 = 7;
// @ts-ignore: decorator
@inline function nf(n: i32, f: i32): i32 { return load<i32>(nPtr + ((<usize>n * 8 + <usize>f) << 2)); }
// @ts-ignore: decorator
@inline function setNf(n: i32, f: i32, v: i32): void { store<i32>(nPtr + ((<usize>n * 8 + <usize>f) << 2), v); }
function newNode(type: i32, flags: i32, a: i32, b: i32, c: i32): i32 {
  if ((nCount + 1) * 32 > nCap) { nPtr = grow(nPtr, nCount * 32, (nCount + 1) * 32, nCap * 2); nCap = capOut; }
  const n = nCount++;
  setNf(n, F_TYPE, type); setNf(n, F_FLAGS, flags); setNf(n, F_A, a); setNf(n, F_B, b); setNf(n, F_C, c);
  setNf(n, F_KID, -1); setNf(n, F_NEXT, -1); setNf(n, F_LAST, -1);
  return n;
}
function addKid(p: i32, k: i32): void {
  const last = nf(p, F_LAST);
  if (last < 0) setNf(p, F_KID, k); else setNf(last, F_NEXT, k);
  setNf(p, F_LAST, k);
}
function setItem(kind: i32, lo: i32, hi: i32): void {
  if ((sLen + 3) * 4 > sCap) { sPtr = grow(sPtr, sLen * 4, (sLen + 3) * 4, sCap * 2); sCap = capOut; }
  store<i32>(sPtr + (<usize>sLen << 2), kind); store<i32>(sPtr + (<usize>(sLen + 1) << 2), lo); store<i32>(sPtr + (<usize>(sLen + 2) << 2), hi);
  sLen += 3;
}
// set item kinds
const SI_RANGE: i32 = 0, SI_CAT: i32 = 1, SI_CANON: i32 = 2;
// categories
const CAT_DIGIT: i32 = 0, CAT_NOT_DIGIT: i32 = 1, CAT_SPACE: i32 = 2, CAT_NOT_SPACE: i32 = 3, CAT_WORD: i32 = 4, CAT_NOT_WORD: i32 = 5;
// anchors
const AT_BEG: i32 = 0, AT_BEG_LINE: i32 = 1, AT_BEG_STR: i32 = 2, AT_END: i32 = 3, AT_END_LINE: i32 = 4, AT_END_STR: i32 = 5,
  AT_BOUND: i32 = 6, AT_NBOUND: i32 = 7;
// node flags
const NF_ICASE: i32 = 1, NF_ASCII: i32 = 2;
// repeat kinds
const RK_GREEDY: i32 = 0, RK_LAZY: i32 = 1, RK_POSS: i32 = 2;

// ---- parser --------------------------------------------------------------------------------------
let pos: i32 = 0;
let flags: i32 = 0;          // current flags (scoped flags change it temporarily)
let gflags: i32 = 0;         // global flags
let isBytes: bool = false;
let ngroups: i32 = 0;        // groups opened so far
let errMsgStart: i32 = -1;   // sb mark of the error message, -1 = no error
let errPos: i32 = 0;
let groupNames: anyref = null;    // dict name -> index
let openMask: anyref = null;      // AnyArr: non-null when group i is closed
let groupWidthMin: anyref = null; // I32-ish via AnyArr of small ints
let inLookbehind: i32 = 0;
let lookbehindGroups: i32 = 0;    // groups count when the current lookbehind started
let pattern: anyref = null;

function hasErr(): bool { return errMsgStart >= 0; }
function err(msg: string, at: i32): i32 {
  if (errMsgStart < 0) { errMsgStart = sbLen; sbLit(msg); errPos = at; }
  return -1;
}
/** Start an error message; the caller appends more text to sb. */
function errBegin(msg: string, at: i32): void { if (errMsgStart < 0) { errMsgStart = sbLen; sbLit(msg); errPos = at; } }
function sbPat(from: i32, to: i32): void { for (let i = from; i < to; i++) sbCodepoint(P(i)); }

function isVerbose(): bool { return (flags & SRE_X) != 0; }
function skipVerbose(): void {
  if (!isVerbose()) return;
  while (pos < pLen) {
    const c = P(pos);
    if (c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12) { pos++; continue; }
    if (c == 35) { while (pos < pLen && P(pos) != 10) pos++; continue; }
    break;
  }
}
function nodeFlags(): i32 {
  let f = 0;
  if (flags & SRE_I) f |= NF_ICASE;
  if ((flags & SRE_A) || isBytes || (flags & SRE_L)) f |= NF_ASCII;
  return f;
}
function isDigitC(c: i32): bool { return c >= 48 && c <= 57; }
function hexv(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Parse alternatives until ')' or end; returns a node. */
let nest: i32 = 0;
let lbWidthErr: bool = false;
let condMax: i32 = 0;
let condPos: i32 = 0;
let topAlt: bool = false;
function parseAlt(): i32 {
  const first = parseSeq();
  if (first < 0) return -1;
  if (pos >= pLen || P(pos) != 124) return first;
  const alt = newNode(N_ALT, 0, 0, 0, 0);
  addKid(alt, first);
  while (pos < pLen && P(pos) == 124) {
    pos++;
    if (nest == 0) topAlt = true;
    const s = parseSeq();
    if (s < 0) return -1;
    addKid(alt, s);
  }
  return alt;
}

function isRepeatStart(): bool {
  if (pos >= pLen) return false;
  const c = P(pos);
  if (c == 42 || c == 43 || c == 63) return true;
  if (c != 123) return false;
  // '{' starts a repeat only in the forms {m}, {m,}, {,n}, {m,n}, {,}
  let i = pos + 1;
  if (i < pLen && P(i) == 125) return false;
  while (i < pLen && isDigitC(P(i))) i++;
  if (i < pLen && P(i) == 44) { i++; while (i < pLen && isDigitC(P(i))) i++; }
  return i < pLen && P(i) == 125;
}

function parseSeq(): i32 {
  const seq = newNode(N_CAT, 0, 0, 0, 0);
  let last = -1;        // the last item (for repeats)
  let lastStart = 0;
  let first = true;
  while (true) {
    skipVerbose();
    if (pos >= pLen) break;
    const c = P(pos);
    if (c == 124 || c == 41) break;
    const here = pos;
    if (c == 42 || c == 43 || c == 63 || (c == 123 && isRepeatStart())) {
      // a quantifier
      if (last < 0 || nf(last, F_TYPE) == N_AT) return err("nothing to repeat", here);
      if (nf(last, F_TYPE) == N_REPEAT && nf(last, F_FLAGS) == 0x100) return err("multiple repeat", here);
      let mn = 0, mx = MAXREPEAT;
      pos++;
      if (c == 43) mn = 1;
      else if (c == 63) mx = 1;
      else if (c == 123) {
        let lo: i64 = -1, hi: i64 = -1;
        while (pos < pLen && isDigitC(P(pos))) { lo = (lo < 0 ? 0 : lo) * 10 + <i64>(P(pos) - 48); if (lo > 0xffffffff) lo = 0xffffffff; pos++; }
        if (P(pos) == 44) { pos++; while (pos < pLen && isDigitC(P(pos))) { hi = (hi < 0 ? 0 : hi) * 10 + <i64>(P(pos) - 48); if (hi > 0xffffffff) hi = 0xffffffff; pos++; } }
        else hi = lo;
        pos++; // '}'
        if (lo >= 0) { if (lo >= <i64>MAXREPEAT) { overflow = true; return -1; } mn = <i32>lo; }
        if (hi >= 0) {
          if (hi >= <i64>MAXREPEAT) { overflow = true; return -1; }
          mx = <i32>hi;
          if (mx < mn) return err("min repeat greater than max repeat", here + 1);
        }
      }
      let kind = RK_GREEDY;
      if (pos < pLen && P(pos) == 63) { kind = RK_LAZY; pos++; }
      else if (pos < pLen && P(pos) == 43) { kind = RK_POSS; pos++; }
      // wrap `last` in a repeat node (replace it in the sequence)
      const rep = newNode(N_REPEAT, 0x100, mn, mx, kind);
      setNf(rep, F_KID, last); setNf(rep, F_LAST, last);
      replaceLast(seq, last, rep);
      setNf(last, F_NEXT, -1);
      last = rep;
      first = false;
      continue;
    }
    let item = -1;
    pos++;
    if (c == 91) item = parseClass(here);
    else if (c == 46) item = newNode(N_ANY, nodeFlags(), (flags & SRE_S) ? 1 : 0, 0, 0);
    else if (c == 94) item = newNode(N_AT, 0, (flags & SRE_M) ? AT_BEG_LINE : AT_BEG, 0, 0);
    else if (c == 36) item = newNode(N_AT, 0, (flags & SRE_M) ? AT_END_LINE : AT_END, 0, 0);
    else if (c == 40) {
      const r = parseGroup(here, first);
      if (r == -2) continue;   // global flags / comment: no item
      item = r;
    }
    else if (c == 92) item = parseEscape(here);
    else item = newNode(N_LIT, nodeFlags(), c, 0, 0);
    if (item < 0) return -1;
    addKid(seq, item);
    last = item; lastStart = here;
    first = false;
  }
  return seq;
}
let overflow: bool = false;

function replaceLast(seq: i32, old: i32, nw: i32): void {
  let k = nf(seq, F_KID);
  if (k == old) { setNf(seq, F_KID, nw); setNf(seq, F_LAST, nw); return; }
  while (k >= 0) {
    const nx = nf(k, F_NEXT);
    if (nx == old) { setNf(k, F_NEXT, nw); setNf(seq, F_LAST, nw); return; }
    k = nx;
  }
}

function catItem(cat: i32, fl: i32): i32 {
  const start = sLen;
  setItem(SI_CAT, cat, 0);
  return newNode(N_SET, fl, start, 3, 0);
}

/** An escape outside a class; `here` is the position of the backslash. */
function parseEscape(here: i32): i32 {
  if (pos >= pLen) return err("bad escape (end of pattern)", here);
  const c = P(pos++);
  const fl = nodeFlags();
  switch (c) {
    case 65: return newNode(N_AT, 0, AT_BEG_STR, 0, 0);                  // \A
    case 90: return newNode(N_AT, 0, AT_END_STR, 0, 0);                  // \Z
    case 98: return newNode(N_AT, fl, AT_BOUND, 0, 0);                   // \b
    case 66: return newNode(N_AT, fl, AT_NBOUND, 0, 0);                  // \B
    case 100: return catItem(CAT_DIGIT, fl);
    case 68: return catItem(CAT_NOT_DIGIT, fl);
    case 115: return catItem(CAT_SPACE, fl);
    case 83: return catItem(CAT_NOT_SPACE, fl);
    case 119: return catItem(CAT_WORD, fl);
    case 87: return catItem(CAT_NOT_WORD, fl);
  }
  if (c >= 49 && c <= 57) {
    // group reference or octal escape
    let g = c - 48;
    if (pos < pLen && isDigitC(P(pos))) {
      const d2 = P(pos);
      if (c <= 55 && d2 <= 55 && pos + 1 < pLen && P(pos + 1) >= 48 && P(pos + 1) <= 55) {
        const v = (c - 48) * 64 + (d2 - 48) * 8 + (P(pos + 1) - 48);
        pos += 2;
        if (v > 0o377) { errBegin("octal escape value ", here); sbPat(here, pos); sbLit(" outside of range 0-0o377"); return -1; }
        return newNode(N_LIT, fl, v, 0, 0);
      }
      g = g * 10 + (d2 - 48);
      pos++;
    }
    return groupRef(g, here, here + 1, pos);
  }
  if (c == 78 && !isBytes) {
    if (pos >= pLen || P(pos) != 123) return err("missing {", pos);
    const s0 = pos + 1;
    let e = s0;
    while (e < pLen && P(e) != 125) e++;
    if (e >= pLen) return e == s0 ? err("missing character name", e) : err("missing }, unterminated name", s0);
    if (e == s0) return err("missing character name", s0);
    errBegin("undefined character name '", here); sbPat(s0, e); sbByte(39);
    return -1;
  }
  const v = simpleEscape(c, here, false);
  if (v < 0) return -1;
  return newNode(N_LIT, fl, v, 0, 0);
}

function groupRef(g: i32, here: i32, numPos: i32, end: i32): i32 {
  if (g <= ngroups) {
    if (is_null(AnyArr_get(openMask, g))) return err("cannot refer to an open group", here);
    if (inLookbehind > 0 && g > lookbehindGroups) return err("cannot refer to group defined in the same lookbehind subpattern", end);
    return newNode(N_BACKREF, nodeFlags(), g, 0, 0);
  }
  errBegin("invalid group reference ", numPos); sbI64(g);
  return -1;
}

/** Escapes shared by classes and the top level (letters other than categories). Returns the code point or -1. */
function simpleEscape(c: i32, here: i32, inClass: bool): i32 {
  switch (c) {
    case 97: return 7;
    case 102: return 12;
    case 110: return 10;
    case 114: return 13;
    case 116: return 9;
    case 118: return 11;
    case 92: return 92;
    case 120: { // \xhh
      let v = 0, k = 0;
      while (k < 2 && pos < pLen && hexv(P(pos)) >= 0) { v = v * 16 + hexv(P(pos)); pos++; k++; }
      if (k < 2) { errBegin("incomplete escape ", here); sbPat(here, pos); return -1; }
      return v;
    }
    case 117: case 85: { // \uXXXX \UXXXXXXXX (str patterns only)
      if (isBytes) break;
      const want = c == 117 ? 4 : 8;
      let v: i64 = 0, k = 0;
      while (k < want && pos < pLen && hexv(P(pos)) >= 0) { v = v * 16 + <i64>hexv(P(pos)); pos++; k++; }
      if (k < want) { errBegin("incomplete escape ", here); sbPat(here, pos); return -1; }
      if (v > 0x10ffff) { errBegin("bad escape ", here); sbPat(here, pos); return -1; }
      return <i32>v;
    }
    case 48: { // \0, \0o, \0oo
      let v = 0, k = 0;
      while (k < 2 && pos < pLen && P(pos) >= 48 && P(pos) <= 55) { v = v * 8 + (P(pos) - 48); pos++; k++; }
      return v;
    }
  }
  if (inClass && c >= 49 && c <= 55) {
    // octal escape in a class: up to 3 digits
    let v = c - 48, k = 1;
    while (k < 3 && pos < pLen && P(pos) >= 48 && P(pos) <= 55) { v = v * 8 + (P(pos) - 48); pos++; k++; }
    if (v > 0o377) { errBegin("octal escape value ", here); sbPat(here, pos); sbLit(" outside of range 0-0o377"); return -1; }
    return v;
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
    errBegin("bad escape ", here); sbPat(here, pos);
    return -1;
  }
  return c;
}

function parseClass(here: i32): i32 {
  const fl = nodeFlags();
  let neg = 0;
  if (pos < pLen && P(pos) == 94) { neg = 1; pos++; }
  const start = sLen;
  let n = 0;
  while (true) {
    if (pos >= pLen) return err("unterminated character set", here);
    const itemPos = pos;
    let c = P(pos++);
    if (c == 93 && n > 0) break;
    if (c == 93 && pos - 1 > here + 1 + neg) break;
    let lo = -1;
    let isCat = false;
    if (c == 92) {
      if (pos >= pLen) return err("unterminated character set", here);
      const e = P(pos++);
      let cat = -1;
      if (e == 100) cat = CAT_DIGIT; else if (e == 68) cat = CAT_NOT_DIGIT;
      else if (e == 115) cat = CAT_SPACE; else if (e == 83) cat = CAT_NOT_SPACE;
      else if (e == 119) cat = CAT_WORD; else if (e == 87) cat = CAT_NOT_WORD;
      if (cat >= 0) { setItem(SI_CAT, cat, 0); n++; isCat = true; }
      else if (e == 98) lo = 8;
      else { lo = simpleEscape(e, itemPos, true); if (lo < 0) return -1; }
    } else lo = c;
    // a range?
    if (pos + 1 <= pLen && pos < pLen && P(pos) == 45) {
      if (pos + 1 >= pLen) return err("unterminated character set", here);
      if (P(pos + 1) == 93) {
        if (!isCat) { setItem(SI_RANGE, lo, lo); n++; }
        setItem(SI_RANGE, 45, 45); n++;
        pos += 2;
        break;
      }
      pos++;
      const thatPos = pos;
      let hi = -1;
      let hiCat = false;
      const c2 = P(pos++);
      if (c2 == 92) {
        if (pos >= pLen) return err("unterminated character set", here);
        const e = P(pos++);
        if (e == 100 || e == 68 || e == 115 || e == 83 || e == 119 || e == 87) hiCat = true;
        else if (e == 98) hi = 8;
        else { hi = simpleEscape(e, thatPos, true); if (hi < 0) return -1; }
      } else hi = c2;
      if (isCat || hiCat || hi < lo) {
        errBegin("bad character range ", itemPos); sbPat(itemPos, pos);
        return -1;
      }
      setItem(SI_RANGE, lo, hi); n++;
      continue;
    }
    if (!isCat) { setItem(SI_RANGE, lo, lo); n++; }
  }
  return newNode(N_SET, fl | (neg << 4), start, sLen - start, 0);
}

function flagBit(c: i32): i32 {
  switch (c) {
    case 105: return SRE_I; case 109: return SRE_M; case 115: return SRE_S; case 120: return SRE_X;
    case 97: return SRE_A; case 117: return SRE_U; case 76: return SRE_L;
  }
  return 0;
}

function parseName(here: i32, term: i32, what: string): i32 {
  // returns the start position; name is P[start, pos-1) (terminator consumed)
  const start = pos;
  while (pos < pLen && P(pos) != term) pos++;
  if (pos >= pLen) {
    if (pos == start) return err("missing group name", pos);
    errBegin("missing ", start); sbByte(term); sbLit(", unterminated name");
    return -1;
  }
  pos++;
  if (pos - 1 == start) return err("missing group name", start);
  return start;
}
function nameIsIdent(a: i32, b: i32): bool {
  if (!isIdStart(P(a))) return false;
  for (let i = a + 1; i < b; i++) if (!isIdContinue(P(i))) return false;
  return true;
}
function nameStr(a: i32, b: i32): anyref { const m = sbLen; sbPat(a, b); return sbTakeStr(m); }

/** After '(' at `here`. Returns a node, -1 on error, -2 when the construct produces no item. */
function parseGroup(here: i32, first: bool): i32 {
  if (pos < pLen && P(pos) == 63) {
    pos++;
    if (pos >= pLen) return err("unexpected end of pattern", pos);
    const c = P(pos++);
    if (c == 58) return groupBody(here, -1, 0, 0);
    if (c == 80) {
      if (pos >= pLen) return err("unexpected end of pattern", pos);
      const d = P(pos++);
      if (d == 60) {
        const s = parseName(here, 62, "name");
        if (s < 0) return -1;
        if (!nameIsIdent(s, pos - 1)) { errBegin("bad character in group name '", s); sbPat(s, pos - 1); sbByte(39); return -1; }
        const nm = nameStr(s, pos - 1);
        const old = dictGet(groupNames, nm);
        const g = ngroups + 1;
        if (!is_null(old)) {
          errBegin("redefinition of group name '", s); sbPat(s, pos - 1); sbLit("' as group "); sbI64(g); sbLit("; was group "); sbI64(C.intVal(old));
          return -1;
        }
        dictSet(groupNames, nm, mkInt(g));
        return groupBody(here, 0, 0, 0);
      }
      if (d == 61) {
        const s = parseName(here, 41, "name");
        if (s < 0) return -1;
        if (!nameIsIdent(s, pos - 1)) { errBegin("bad character in group name '", s); sbPat(s, pos - 1); sbByte(39); return -1; }
        const g = dictGet(groupNames, nameStr(s, pos - 1));
        if (is_null(g)) { errBegin("unknown group name '", s); sbPat(s, pos - 1); sbByte(39); return -1; }
        const gi = <i32>C.intVal(g);
        if (is_null(AnyArr_get(openMask, gi))) return err("cannot refer to an open group", s);
        if (inLookbehind > 0 && gi > lookbehindGroups) return err("cannot refer to group defined in the same lookbehind subpattern", pos);
        return newNode(N_BACKREF, nodeFlags(), gi, 0, 0);
      }
      errBegin("unknown extension ?P", pos - 2); sbCodepoint(d);
      return -1;
    }
    if (c == 61 || c == 33) return lookBody(here, 0, c == 33 ? 1 : 0);
    if (c == 60) {
      if (pos >= pLen) return err("unexpected end of pattern", pos);
      const d = P(pos++);
      if (d == 61 || d == 33) return lookBody(here, 1, d == 33 ? 1 : 0);
      errBegin("unknown extension ?<", pos - 3); sbCodepoint(d);
      return -1;
    }
    if (c == 62) return groupBody(here, -2, 0, 0);
    if (c == 35) {
      while (pos < pLen && P(pos) != 41) pos++;
      if (pos >= pLen) return err("missing ), unterminated comment", here);
      pos++;
      return -2;
    }
    if (c == 40) {
      // conditional (?(id/name)yes|no)
      const s = parseName(here, 41, "name");
      if (s < 0) return -1;
      let g = -1;
      let allDigits = true;
      for (let i = s; i < pos - 1; i++) if (!isDigitC(P(i))) allDigits = false;
      if (allDigits) {
        let v: i64 = 0;
        for (let i = s; i < pos - 1; i++) { v = v * 10 + <i64>(P(i) - 48); if (v > 1000000) v = 1000000; }
        g = <i32>v;
        if (g == 0) return err("bad group number", s);
        if (g > ngroups && g > condMax) { condMax = g; condPos = s; }
      } else {
        if (!nameIsIdent(s, pos - 1)) { errBegin("bad character in group name '", s); sbPat(s, pos - 1); sbByte(39); return -1; }
        const gg = dictGet(groupNames, nameStr(s, pos - 1));
        if (is_null(gg)) { errBegin("unknown group name '", s); sbPat(s, pos - 1); sbByte(39); return -1; }
        g = <i32>C.intVal(gg);
      }
      if (inLookbehind > 0) {
        if (g > ngroups || is_null(AnyArr_get(openMask, g))) return err("cannot refer to an open group", pos);
        if (g > lookbehindGroups) return err("cannot refer to group defined in the same lookbehind subpattern", pos);
      }
      const node = newNode(N_COND, 0, g, 0, 0);
      nest++;
      const yes = parseSeq();
      if (yes < 0) return -1;
      addKid(node, yes);
      if (pos < pLen && P(pos) == 124) {
        pos++;
        const no = parseSeq();
        if (no < 0) return -1;
        addKid(node, no);
        if (pos < pLen && P(pos) == 124) return err("conditional backref with more than two branches", pos);
      } else addKid(node, newNode(N_CAT, 0, 0, 0, 0));
      nest--;
      if (pos >= pLen || P(pos) != 41) return err("missing ), unterminated subpattern", here);
      pos++;
      return node;
    }
    // inline flags
    if (flagBit(c) != 0 || c == 45) {
      pos--;
      let add = 0, del = 0;
      while (pos < pLen && flagBit(P(pos)) != 0) {
        const b = flagBit(P(pos));
        if (b == SRE_L && !isBytes) return err("bad inline flags: cannot use 'L' flag with a str pattern", pos + 1);
        if (b == SRE_U && isBytes) return err("bad inline flags: cannot use 'u' flag with a bytes pattern", pos + 1);
        add |= b; pos++;
      }
      if ((add & (SRE_A | SRE_U | SRE_L)) != 0 && popcnt(add & (SRE_A | SRE_U | SRE_L)) > 1) return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
      if (pos >= pLen) return err("missing -, : or )", pos);
      let ch = P(pos++);
      if (ch == 41) {
        // global flags
        if (!first || nest > 0 || topAlt) return err("global flags not at the start of the expression", here);
        gflags |= add; flags |= add;
        return -2;
      }
      if (ch == 45) {
        if (pos >= pLen) return err("missing flag", pos);
        if (flagBit(P(pos)) == 0) { if (P(pos) >= 65 && ((P(pos) | 32) >= 97 && (P(pos) | 32) <= 122)) return err("unknown flag", pos); return err("missing flag", pos); }
        while (pos < pLen && flagBit(P(pos)) != 0) {
          const b = flagBit(P(pos));
          if (b == SRE_A || b == SRE_U || b == SRE_L) return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos + 1);
          del |= b; pos++;
        }
        if (pos >= pLen) return err("missing :", pos);
        ch = P(pos++);
        if (ch != 58) { if ((ch | 32) >= 97 && (ch | 32) <= 122) return err("unknown flag", pos - 1); return err("missing :", pos - 1); }
      } else if (ch != 58) {
        if ((ch | 32) >= 97 && (ch | 32) <= 122) return err("unknown flag", pos - 1);
        return err("missing -, : or )", pos - 1);
      }
      if (add & del) return err("bad inline flags: flag turned on and off", pos - 1);
      const saved = flags;
      let nfl = (flags | add) & ~del;
      if (add & SRE_A) nfl &= ~SRE_U;
      if (add & SRE_U) nfl &= ~SRE_A;
      flags = nfl;
      const r = groupBody(here, -1, 0, 0);
      flags = saved;
      return r;
    }
    errBegin("unknown extension ?", pos - 2); sbCodepoint(c);
    return -1;
  }
  return groupBody(here, 0, 0, 0);
}
function popcnt(x: i32): i32 { let n = 0; while (x) { n += x & 1; x >>>= 1; } return n; }

/** kind: 0 capturing, -1 non-capturing, -2 atomic. */
function groupBody(here: i32, kind: i32, a: i32, b: i32): i32 {
  let g = 0;
  if (kind == 0) {
    g = ++ngroups;
    ensureOpenMask(g);
  }
  const saved = flags;
  nest++;
  const body = parseAlt();
  nest--;
  flags = saved;
  if (body < 0) return -1;
  if (pos >= pLen || P(pos) != 41) return err("missing ), unterminated subpattern", here);
  pos++;
  if (kind == 0) {
    AnyArr_set(openMask, g, None);
    if ((g + 1) * 8 > gwCap) { gwPtr = grow(gwPtr, gwCap, (g + 1) * 8 * 2, gwCap * 2); gwCap = capOut; }
    store<i32>(gwPtr + (<usize>g << 3), widthMin(body));
    store<i32>(gwPtr + (<usize>g << 3) + 4, widthMax(body));
    const n = newNode(N_GROUP, 0, g, 0, 0);
    addKid(n, body);
    return n;
  }
  if (kind == -2) { const n = newNode(N_ATOMIC, 0, 0, 0, 0); addKid(n, body); return n; }
  return body;
}
let gwPtr: usize = 0; let gwCap: i32 = 0;   // closed groups' (min, max) widths
function ensureOpenMask(g: i32): void {
  if (g >= AnyArr_len(openMask)) {
    const na = AnyArr_new(g * 2 + 8);
    K.AnyArr_copy(na, 0, openMask, 0, AnyArr_len(openMask));
    openMask = na;
  }
}

function lookBody(here: i32, behind: i32, neg: i32): i32 {
  const savedLB = inLookbehind, savedG = lookbehindGroups;
  if (behind) { if (inLookbehind == 0) lookbehindGroups = ngroups; inLookbehind++; }
  nest++;
  const body = parseAlt();
  nest--;
  inLookbehind = savedLB; lookbehindGroups = savedG;
  if (body < 0) return -1;
  if (pos >= pLen || P(pos) != 41) return err("missing ), unterminated subpattern", here);
  pos++;
  let width = 0;
  if (behind) {
    const lo = widthMin(body), hi = widthMax(body);
    if (lo != hi || hi < 0) lbWidthErr = true;   // reported after parsing (CPython checks at compile)
    else width = lo;
  }
  const n = newNode(N_LOOK, 0, behind, neg, width);
  addKid(n, body);
  return n;
}

// widths (-1 = unbounded/unknown for max)
function widthMin(n: i32): i32 {
  switch (nf(n, F_TYPE)) {
    case N_LIT: case N_ANY: case N_SET: return 1;
    case N_CAT: { let s = 0; for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) s += widthMin(k); return s; }
    case N_ALT: { let m = 0x7fffffff; for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) { const w = widthMin(k); if (w < m) m = w; } return m; }
    case N_GROUP: case N_ATOMIC: return widthMin(nf(n, F_KID));
    case N_REPEAT: { const w = <i64>widthMin(nf(n, F_KID)) * <i64>nf(n, F_A); return w > 0x7fffffff ? 0x7fffffff : <i32>w; }
    case N_COND: { const y = nf(n, F_KID); const a = widthMin(y), b = widthMin(nf(y, F_NEXT)); return a < b ? a : b; }
    case N_BACKREF: return load<i32>(gwPtr + (<usize>nf(n, F_A) << 3));
  }
  return 0;
}
function widthMax(n: i32): i32 {
  switch (nf(n, F_TYPE)) {
    case N_LIT: case N_ANY: case N_SET: return 1;
    case N_CAT: { let s = 0; for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) { const w = widthMax(k); if (w < 0) return -1; s += w; } return s; }
    case N_ALT: { let m = 0; for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) { const w = widthMax(k); if (w < 0) return -1; if (w > m) m = w; } return m; }
    case N_GROUP: case N_ATOMIC: return widthMax(nf(n, F_KID));
    case N_REPEAT: {
      const w = widthMax(nf(n, F_KID));
      if (w < 0) return -1;
      if (w == 0) return 0;
      if (nf(n, F_B) == MAXREPEAT) return -1;
      const t = <i64>w * <i64>nf(n, F_B);
      return t > 0x7ffffff ? -1 : <i32>t;
    }
    case N_COND: { const y = nf(n, F_KID); const a = widthMax(y), b = widthMax(nf(y, F_NEXT)); if (a < 0 || b < 0) return -1; return a > b ? a : b; }
    case N_BACKREF: return load<i32>(gwPtr + (<usize>nf(n, F_A) << 3) + 4);
  }
  return 0;
}

// ---- code generation -------------------------------------------------------------------------------
const OP_MATCH: i32 = 1, OP_CHAR: i32 = 2, OP_CHAR_I: i32 = 3, OP_ANY: i32 = 4, OP_ANYALL: i32 = 5, OP_SET: i32 = 6,
  OP_AT: i32 = 7, OP_SPLIT: i32 = 8, OP_JMP: i32 = 9, OP_SAVE: i32 = 10, OP_REPEAT1: i32 = 11, OP_LOOP_INIT: i32 = 12,
  OP_LOOP: i32 = 13, OP_BAR_ENTER: i32 = 14, OP_BAR_EXIT: i32 = 15, OP_BACKREF: i32 = 16, OP_GROUP_EXISTS: i32 = 17,
  OP_FAIL: i32 = 18, OP_SPLIT_LAZY: i32 = 19;
let nregs: i32 = 0;
let setPosPtr: usize = 0; let setPosCap: i32 = 0; let nSetPos: i32 = 0;   // SET instructions (for their ASCII bitmaps)

function emit(v: i32): i32 {
  if ((cLen + 1) * 4 > cCap) { cPtr = grow(cPtr, cLen * 4, (cLen + 1) * 4, cCap * 2); cCap = capOut; }
  store<i32>(cPtr + (<usize>cLen << 2), v);
  return cLen++;
}
// @ts-ignore: decorator
@inline function patch(at: i32, v: i32): void { store<i32>(cPtr + (<usize>at << 2), v); }
// @ts-ignore: decorator
@inline function codeAt(at: i32): i32 { return load<i32>(cPtr + (<usize>at << 2)); }

function isSingle(n: i32): bool {
  const t = nf(n, F_TYPE);
  return t == N_LIT || t == N_ANY || t == N_SET;
}
function emitSingle(n: i32): void {
  const t = nf(n, F_TYPE);
  const fl = nf(n, F_FLAGS);
  if (t == N_LIT) {
    const c = nf(n, F_A);
    if (fl & NF_ICASE) {
      const ascii = (fl & NF_ASCII) != 0;
      const cc = canon(c, ascii);
      if (cc != c || foldUpper(c, ascii) != c || (!ascii && c >= 0x80)) { emit(OP_CHAR_I); emit(cc); emit(fl); return; }
    }
    emit(OP_CHAR); emit(c);
  } else if (t == N_ANY) emit(nf(n, F_A) ? OP_ANYALL : OP_ANY);
  else {
    const start = nf(n, F_A), len = nf(n, F_B);
    const at = emit(OP_SET); emit(len + 7); emit(fl); emit(0); emit(0); emit(0); emit(0);
    if ((nSetPos + 1) * 4 > setPosCap) { setPosPtr = grow(setPosPtr, nSetPos * 4, (nSetPos + 1) * 4, setPosCap * 2); setPosCap = capOut; }
    store<i32>(setPosPtr + (<usize>nSetPos << 2), at); nSetPos++;
    const ascii = (fl & NF_ASCII) != 0;
    for (let i = 0; i < len; i += 3) {
      const k = load<i32>(sPtr + (<usize>(start + i) << 2)), lo = load<i32>(sPtr + (<usize>(start + i + 1) << 2)), hi = load<i32>(sPtr + (<usize>(start + i + 2) << 2));
      if ((fl & NF_ICASE) && k == SI_RANGE && lo == hi) { emit(SI_CANON); emit(canon(lo, ascii)); emit(0); }
      else { emit(k); emit(lo); emit(hi); }
    }
  }
}
function foldLower(c: i32, ascii: bool): i32 {
  if (ascii) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c == 0x212a) return 107;
  if (c == 0x212b) return 0xe5;
  if (c == 0x2126) return 0x3c9;
  if (c == 0x1e9e) return 0xdf;
  return toLower(c);
}
/** Case-insensitive identity: lower case, then CPython's extra equivalences (ı~i, ſ~s, µ~μ, ...). */
function canon(c: i32, ascii: bool): i32 {
  const l = foldLower(c, ascii);
  if (ascii || l < 0xb5) return l;
  switch (l) {
    case 0x131: return 0x69;
    case 0x17f: return 0x73;
    case 0x3bc: return 0xb5;
    case 0x3b9: case 0x1fbe: return 0x345;
    case 0x1fd3: return 0x390;
    case 0x1fe3: return 0x3b0;
    case 0x3d0: return 0x3b2;
    case 0x3f5: return 0x3b5;
    case 0x3d1: return 0x3b8;
    case 0x3f0: return 0x3ba;
    case 0x3d6: return 0x3c0;
    case 0x3f1: return 0x3c1;
    case 0x3c2: return 0x3c3;
    case 0x3d5: return 0x3c6;
    case 0x1e9b: return 0x1e61;
    case 0xfb06: return 0xfb05;
  }
  return l;
}
function foldUpper(c: i32, ascii: bool): i32 { if (ascii) return c >= 97 && c <= 122 ? c - 32 : c; return toUpper(c); }

function gen(n: i32): void {
  const t = nf(n, F_TYPE);
  switch (t) {
    case N_EMPTY: return;
    case N_LIT: case N_ANY: case N_SET: emitSingle(n); return;
    case N_CAT: for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) gen(k); return;
    case N_ALT: {
      // SPLIT a b; alt1; JMP end; a2: SPLIT ...; last
      let jumps = -1; // chain of JMP placeholders through their operand
      for (let k = nf(n, F_KID); k >= 0; k = nf(k, F_NEXT)) {
        const nx = nf(k, F_NEXT);
        if (nx >= 0) {
          const sp = emit(OP_SPLIT); emit(3); const alt = emit(0);
          gen(k);
          const j = emit(OP_JMP); emit(jumps); jumps = j;
          patch(alt, cLen - sp);
        } else gen(k);
      }
      while (jumps >= 0) { const prev = codeAt(jumps + 1); patch(jumps + 1, cLen - jumps); jumps = prev; }
      return;
    }
    case N_GROUP: {
      const g = nf(n, F_A);
      emit(OP_SAVE); emit(1 + 2 * (g - 1));
      gen(nf(n, F_KID));
      emit(OP_SAVE); emit(2 + 2 * (g - 1));
      return;
    }
    case N_AT: emit(OP_AT); emit(nf(n, F_A)); emit(nf(n, F_FLAGS)); return;
    case N_BACKREF: emit(OP_BACKREF); emit(nf(n, F_A)); emit(nf(n, F_FLAGS)); return;
    case N_ATOMIC: {
      const r = nregs++;
      emit(OP_BAR_ENTER); emit(r); emit(0); emit(0); emit(0);
      gen(nf(n, F_KID));
      emit(OP_BAR_EXIT); emit(r); emit(0);
      return;
    }
    case N_LOOK: {
      const r = nregs++;
      const behind = nf(n, F_A), neg = nf(n, F_B), width = nf(n, F_C);
      const kind = (neg ? 1 : 0) | (behind ? 2 : 0) | 4;   // 4: restore position (lookaround)
      const e = emit(OP_BAR_ENTER); emit(r); emit(kind); emit(width); const skip = emit(0);
      gen(nf(n, F_KID));
      emit(OP_BAR_EXIT); emit(r); emit(kind);
      patch(skip, cLen - e);
      return;
    }
    case N_COND: {
      const yes = nf(n, F_KID), no = nf(yes, F_NEXT);
      const e = emit(OP_GROUP_EXISTS); emit(nf(n, F_A)); const off = emit(0);
      gen(yes);
      const j = emit(OP_JMP); emit(0);
      patch(off, cLen - e);
      gen(no);
      patch(j + 1, cLen - j);
      return;
    }
    case N_REPEAT: {
      const kid = nf(n, F_KID);
      const mn = nf(n, F_A), mx = nf(n, F_B), kind = nf(n, F_C);
      if (mx == 0) return;
      if (isSingle(kid)) {
        const e = emit(OP_REPEAT1); emit(kind); emit(mn); emit(mx); const skip = emit(0);
        emitSingle(kid);
        patch(skip, cLen - e);
        return;
      }
      if (kind == RK_POSS) {
        const r = nregs++;
        emit(OP_BAR_ENTER); emit(r); emit(0); emit(0); emit(0);
        genLoop(kid, mn, mx, RK_GREEDY);
        emit(OP_BAR_EXIT); emit(r); emit(0);
        return;
      }
      if (mn == 1 && mx == 1) { gen(kid); return; }
      if (mn == 0 && mx == 1) {
        // x? : SPLIT body, end    x?? : SPLIT_LAZY
        const sp = emit(kind == RK_LAZY ? OP_SPLIT_LAZY : OP_SPLIT); emit(3); const off = emit(0);
        gen(kid);
        patch(off, cLen - sp);
        return;
      }
      genLoop(kid, mn, mx, kind);
      return;
    }
  }
}
function genLoop(kid: i32, mn: i32, mx: i32, kind: i32): void {
  const r = nregs; nregs += 2;
  emit(OP_LOOP_INIT); emit(r);
  const l = emit(OP_LOOP); emit(r); emit(mn); emit(mx); emit(kind); const exit = emit(0);
  gen(kid);
  const j = emit(OP_JMP); emit(l - j);
  patch(exit, cLen - l);
}

// ---- compile entry ---------------------------------------------------------------------------------
const HDR: i32 = 5;   // program header: nregs, ngroups, anchored, first literal (or -1), isbytes

function loadPattern(p: anyref): bool {
  pLen = 0;
  if (Str_is(p)) {
    const d = Str_get_data(p);
    const nb = Bytes_len(d);
    ensureP(nb);
    let i = 0;
    while (i < nb) {
      const b0 = Bytes_get(d, i) & 0xff;
      if (b0 < 0x80) { store<i32>(pPtr + (<usize>pLen << 2), b0); i++; }
      else { store<i32>(pPtr + (<usize>pLen << 2), decodeAt(d, i)); i += utf8SeqLen(b0); }
      pLen++;
    }
    isBytes = false;
    return true;
  }
  let d: anyref = null, nb = 0;
  if (K.BytesObj_is(p)) { d = K.BytesObj_get_data(p); nb = Bytes_len(d); }
  else if (K.ByteArray_is(p)) { d = K.ByteArray_get_data(p); nb = K.ByteArray_get_len(p); }
  else return false;
  ensureP(nb);
  for (let i = 0; i < nb; i++) store<i32>(pPtr + (<usize>i << 2), Bytes_get(d, i) & 0xff);
  pLen = nb;
  isBytes = true;
  return true;
}
function ensureP(n: i32): void { if (n * 4 > pCap) { pPtr = grow(pPtr, 0, n * 4, pCap); pCap = capOut; } }

function s_compile(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const p = AnyArr_get(a, b);
  const fl = <i32>C.intVal(AnyArr_get(a, b + 1));
  if (!loadPattern(p)) return raiseTypeError(strLit("first argument must be string or compiled pattern"));
  pattern = p;
  pos = 0; flags = fl; gflags = fl; ngroups = 0; errMsgStart = -1; errPos = 0; overflow = false;
  nCount = 0; sLen = 0; cLen = 0; nregs = 0; nSetPos = 0; inLookbehind = 0; lookbehindGroups = 0; nest = 0; topAlt = false; lbWidthErr = false; condMax = 0; condPos = 0;
  groupNames = dictNew();
  openMask = AnyArr_new(16);
  const mark = sbLen;
  let root = parseAlt();
  if (root >= 0 && pos < pLen) {
    // a stray ')'
    root = err("unbalanced parenthesis", pos);
  }
  if (root >= 0 && condMax > ngroups) { errBegin("invalid group reference ", condPos); sbI64(condMax); root = -1; }
  if (root >= 0 && lbWidthErr) root = err("look-behind requires fixed-width pattern", -1);
  if (overflow) { C.sbTruncate(mark); return raiseWith_(E.OverflowError, "the repetition number is too large"); }
  if (root < 0) {
    const msg = sbTakeStr(errMsgStart);
    C.sbTruncate(mark);
    const t = AnyArr_new(4);
    AnyArr_set(t, 0, None); AnyArr_set(t, 1, msg); AnyArr_set(t, 2, errPos < 0 ? None : mkInt(errPos)); AnyArr_set(t, 3, mkInt(0));
    return tupleOf(t);
  }
  // program
  const ng = ngroups;
  nregs = 1 + 2 * ng;
  emit(0); emit(ng); emit(0); emit(-1); emit(isBytes ? 1 : 0);
  gen(root);
  emit(OP_MATCH);
  patch(0, nregs);
  // anchored / first literal (for search)
  let pc = HDR;
  while (codeAt(pc) == OP_SAVE) pc += 2;
  const op0 = codeAt(pc);
  if (op0 == OP_AT && (codeAt(pc + 1) == AT_BEG || codeAt(pc + 1) == AT_BEG_STR)) patch(2, 1);
  if (op0 == OP_CHAR || op0 == OP_CHAR_I || op0 == OP_SET) patch(3, pc);
  else if (op0 == OP_REPEAT1 && codeAt(pc + 2) >= 1) patch(3, pc + 5);
  const code = K.I32Arr_from_mem(cPtr, cLen);
  // ASCII bitmaps of the sets
  const savedProg = prog;
  prog = code;
  for (let k = 0; k < nSetPos; k++) {
    const at = load<i32>(setPosPtr + (<usize>k << 2));
    for (let w = 0; w < 4; w++) {
      let bits: u32 = 0;
      for (let b = 0; b < 32; b++) if (setMatchSlow(at, w * 32 + b)) bits |= (<u32>1) << b;
      K.I32Arr_set(code, at + 3 + w, <i32>bits);
    }
  }
  prog = savedProg;
  const wrap = K.Wrap_new(C.T_wrap, code, null, null, 0);
  const t = AnyArr_new(4);
  AnyArr_set(t, 0, wrap); AnyArr_set(t, 1, mkInt(ng)); AnyArr_set(t, 2, groupNames); AnyArr_set(t, 3, mkInt(gflags));
  return tupleOf(t);
}
import { raiseWith } from "../rt/errors";
function raiseWith_(cls: anyref, msg: string): anyref { return raiseWith(cls, strLit(msg)); }

// ---- the matcher -----------------------------------------------------------------------------------
const K_CHOICE: i32 = 1, K_UNDO: i32 = 2, K_RPT_G: i32 = 3, K_RPT_L: i32 = 4, K_LOOP_LAZY: i32 = 5, K_BAR: i32 = 6,
  K_BAR_NEG: i32 = 7, K_DEAD: i32 = 8, K_SPLIT_LAZY: i32 = 9;

let prog: anyref = null;
let sp: i32 = 0;             // stack entries
let tEnd: i32 = 0;           // end of the subject window (endpos)
let mStart: i32 = 0;         // where the current attempt started
let mustAdvance: bool = false;
let fullMode: bool = false;
let mEnd: i32 = 0;           // end of the match found
let used: i64 = 0;           // steps used
let budget: i64 = 0;
let limitHit: bool = false;
let memHit: bool = false;

// @ts-ignore: decorator
@inline function CODE(i: i32): i32 { return I32Arr_get(prog, i); }

function push(k: i32, a: i32, b: i32, c: i32): bool {
  if ((sp + 1) * 16 > kCap) {
    if (kCap >= (1 << 28) || <i64>kCap * 2 > C.memBudget) { memHit = true; return false; }
    kPtr = grow(kPtr, sp * 16, (sp + 1) * 16, kCap * 2); kCap = capOut;
  }
  const p = kPtr + (<usize>sp << 4);
  store<i32>(p, k); store<i32>(p, a, 4); store<i32>(p, b, 8); store<i32>(p, c, 12);
  sp++;
  return true;
}
// @ts-ignore: decorator
@inline function kAt(i: i32, f: i32): i32 { return load<i32>(kPtr + (<usize>i << 4) + (<usize>f << 2)); }
// @ts-ignore: decorator
@inline function setK(i: i32, f: i32, v: i32): void { store<i32>(kPtr + (<usize>i << 4) + (<usize>f << 2), v); }

function setReg(r: i32, v: i32): bool {
  if (!push(K_UNDO, r, R(r), 0)) return false;
  setR(r, v);
  return true;
}

function isWordCh(c: i32, ascii: bool): bool {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c == 95;
  if (ascii) return false;
  return isAlphaCp(c) || isNumericCp(c);
}
function catMatch(cat: i32, c: i32, ascii: bool): bool {
  switch (cat) {
    case CAT_DIGIT: return c < 128 ? (c >= 48 && c <= 57) : (!ascii && decimalValue(c) >= 0);
    case CAT_NOT_DIGIT: return !(c < 128 ? (c >= 48 && c <= 57) : (!ascii && decimalValue(c) >= 0));
    case CAT_SPACE: return c < 128 ? (c == 32 || (c >= 9 && c <= 13) || (!ascii && c >= 28 && c <= 31)) : (!ascii && isSpaceCp(c));
    case CAT_NOT_SPACE: return !(c < 128 ? (c == 32 || (c >= 9 && c <= 13) || (!ascii && c >= 28 && c <= 31)) : (!ascii && isSpaceCp(c)));
    case CAT_WORD: return isWordCh(c, ascii);
    case CAT_NOT_WORD: return !isWordCh(c, ascii);
  }
  return false;
}
function inItems(pc: i32, end: i32, c: i32, ascii: bool, cc: i32): bool {
  for (let i = pc; i < end; i += 3) {
    const k = CODE(i);
    if (k == SI_RANGE) { if (c >= CODE(i + 1) && c <= CODE(i + 2)) return true; }
    else if (k == SI_CANON) { if (cc == CODE(i + 1)) return true; }
    else if (catMatch(CODE(i + 1), c, ascii)) return true;
  }
  return false;
}
// @ts-ignore: decorator
@inline function setMatch(pc: i32, c: i32): bool {
  if (c < 128) return ((<u32>CODE(pc + 3 + (c >> 5)) >>> <u32>(c & 31)) & 1) != 0;
  return setMatchSlow(pc, c);
}
function setMatchSlow(pc: i32, c: i32): bool {
  const len = CODE(pc + 1), fl = CODE(pc + 2);
  const ascii = (fl & NF_ASCII) != 0;
  const icase = (fl & NF_ICASE) != 0;
  const cc = icase ? canon(c, ascii) : -1;
  let r = inItems(pc + 7, pc + len, c, ascii, cc);
  if (!r && icase) {
    const l = foldLower(c, ascii);
    if (l != c) r = inItems(pc + 7, pc + len, l, ascii, cc);
    if (!r) { const u = foldUpper(c, ascii); if (u != c) r = inItems(pc + 7, pc + len, u, ascii, cc); }
  }
  return r != ((fl & 16) != 0);
}
/** Does the single-character item at pc match code point c? */
function oneMatch(pc: i32, c: i32): bool {
  switch (CODE(pc)) {
    case OP_CHAR: return c == CODE(pc + 1);
    case OP_CHAR_I: return canon(c, (CODE(pc + 2) & NF_ASCII) != 0) == CODE(pc + 1);
    case OP_ANY: return c != 10;
    case OP_ANYALL: return true;
    case OP_SET: return setMatch(pc, c);
  }
  return false;
}
function toLowerF(c: i32): i32 { return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : toLower(c); }

function atMatch(kind: i32, fl: i32, p: i32): bool {
  switch (kind) {
    case AT_BEG: case AT_BEG_STR: return p == 0;
    case AT_BEG_LINE: return p == 0 || T(p - 1) == 10;
    case AT_END: return p == tEnd || (p == tEnd - 1 && T(p) == 10);
    case AT_END_LINE: return p == tEnd || T(p) == 10;
    case AT_END_STR: return p == tEnd;
    case AT_BOUND: case AT_NBOUND: {
      if (tEnd == 0) return false;
      const ascii = (fl & NF_ASCII) != 0;
      const before = p > 0 && isWordCh(T(p - 1), ascii);
      const after = p < tEnd && isWordCh(T(p), ascii);
      return kind == AT_BOUND ? before != after : before == after;
    }
  }
  return false;
}

function chargeSteps(n: i64): bool {
  used += n;
  if (used > budget) { limitHit = true; return false; }
  return true;
}

/** Run the program from `start`; true on a match (mEnd set, registers hold the groups). */
function run(start: i32): bool {
  let pc = HDR;
  let p = start;
  const base = sp;
  mStart = start;
  while (true) {
    used++;
    if (used > budget) { limitHit = true; return false; }
    let ok = true;
    const op = CODE(pc);
    switch (op) {
      case OP_CHAR:
        if (p < tEnd && T(p) == CODE(pc + 1)) { p++; pc += 2; } else ok = false;
        break;
      case OP_CHAR_I:
        if (p < tEnd && oneMatch(pc, T(p))) { p++; pc += 3; } else ok = false;
        break;
      case OP_ANY:
        if (p < tEnd && T(p) != 10) { p++; pc++; } else ok = false;
        break;
      case OP_ANYALL:
        if (p < tEnd) { p++; pc++; } else ok = false;
        break;
      case OP_SET:
        if (p < tEnd && setMatch(pc, T(p))) { p++; pc += CODE(pc + 1); } else ok = false;
        break;
      case OP_AT:
        if (atMatch(CODE(pc + 1), CODE(pc + 2), p)) pc += 3; else ok = false;
        break;
      case OP_SPLIT:
        if (!push(K_CHOICE, pc + CODE(pc + 2), p, 0)) return false;
        pc += CODE(pc + 1);
        break;
      case OP_SPLIT_LAZY:
        if (!push(K_CHOICE, pc + CODE(pc + 1), p, 0)) return false;
        pc += CODE(pc + 2);
        break;
      case OP_JMP: pc += CODE(pc + 1); break;
      case OP_SAVE: {
        const r = CODE(pc + 1);
        if (!setReg(r, p)) return false;
        if ((r & 1) == 0) { if (!setReg(0, r >> 1)) return false; }
        pc += 2;
        break;
      }
      case OP_MATCH:
        if ((fullMode && p != tEnd) || (mustAdvance && p == mStart)) { ok = false; break; }
        mEnd = p;
        return true;
      case OP_REPEAT1: {
        const kind = CODE(pc + 1), mn = CODE(pc + 2), mx = CODE(pc + 3), next = pc + CODE(pc + 4);
        const item = pc + 5;
        const avail = tEnd - p;
        if (kind == RK_LAZY) {
          if (mn > avail) { ok = false; break; }
          let i = 0;
          while (i < mn && oneMatch(item, T(p + i))) i++;
          if (!chargeSteps(i)) return false;
          if (i < mn) { ok = false; break; }
          p += mn;
          const lim = mx == MAXREPEAT || <i64>mx - mn > <i64>(tEnd - p) ? tEnd : p + (mx - mn);
          if (p < lim) { if (!push(K_RPT_L, pc, p, lim)) return false; }
          pc = next;
          break;
        }
        const lim = mx == MAXREPEAT || mx > avail ? tEnd : p + mx;
        let q = p;
        const iop = CODE(item);
        if (iop == OP_ANYALL) q = lim;
        else if (iop == OP_CHAR) { const ch = CODE(item + 1); while (q < lim && T(q) == ch) q++; }
        else if (iop == OP_ANY) { while (q < lim && T(q) != 10) q++; }
        else if (iop == OP_SET) { while (q < lim && setMatch(item, T(q))) q++; }
        else { while (q < lim && oneMatch(item, T(q))) q++; }
        if (!chargeSteps((q - p) >> 2)) return false;
        if (q - p < mn) { ok = false; break; }
        if (kind == RK_GREEDY && q - p > mn) { if (!push(K_RPT_G, next, q, p + mn)) return false; }
        p = q;
        pc = next;
        break;
      }
      case OP_LOOP_INIT: {
        const r = CODE(pc + 1);
        if (!setReg(r, 0) || !setReg(r + 1, -1)) return false;
        pc += 2;
        break;
      }
      case OP_LOOP: {
        const r = CODE(pc + 1), mn = CODE(pc + 2), mx = CODE(pc + 3), kind = CODE(pc + 4);
        const cnt = R(r);
        if (cnt < mn) {
          if (!setReg(r, cnt + 1) || !setReg(r + 1, p)) return false;
          pc += 6;
          break;
        }
        if (cnt >= mx || p == R(r + 1)) { pc += CODE(pc + 5); break; }
        if (kind == RK_LAZY) {
          if (!push(K_LOOP_LAZY, pc, p, 0)) return false;
          pc += CODE(pc + 5);
          break;
        }
        if (!push(K_CHOICE, pc + CODE(pc + 5), p, 0)) return false;
        if (!setReg(r, cnt + 1) || !setReg(r + 1, p)) return false;
        pc += 6;
        break;
      }
      case OP_BAR_ENTER: {
        const r = CODE(pc + 1), kind = CODE(pc + 2), width = CODE(pc + 3);
        if (kind & 2) {
          if (p < width) {
            if (kind & 1) { pc += CODE(pc + 4); break; }   // negative lookbehind succeeds
            ok = false; break;
          }
        }
        if (kind & 1) { if (!push(K_BAR_NEG, pc + CODE(pc + 4), p, 0)) return false; }
        else { if (!push(K_BAR, 0, p, 0)) return false; }
        if (!setReg(r, sp - 1)) return false;
        if (kind & 2) p -= width;
        pc += 5;
        break;
      }
      case OP_BAR_EXIT: {
        const r = CODE(pc + 1), kind = CODE(pc + 2);
        const e = R(r);
        if (kind & 1) {
          // negative: the body matched -> unwind through the barrier, then fail
          while (sp > e) {
            sp--;
            if (kAt(sp, 0) == K_UNDO) setR(kAt(sp, 1), kAt(sp, 2));
          }
          ok = false;
          break;
        }
        const saved = kAt(e, 2);
        // cut: keep only undo records above the barrier
        let w = e;
        for (let i = e + 1; i < sp; i++) {
          if (kAt(i, 0) == K_UNDO) {
            if (w != i) { setK(w, 0, K_UNDO); setK(w, 1, kAt(i, 1)); setK(w, 2, kAt(i, 2)); }
            w++;
          }
        }
        if (!chargeSteps((sp - e) >> 2)) return false;
        sp = w;
        if (kind & 4) p = saved;
        pc += 3;
        break;
      }
      case OP_BACKREF: {
        const g = CODE(pc + 1), fl = CODE(pc + 2);
        const s = R(1 + 2 * (g - 1)), en = R(2 + 2 * (g - 1));
        if (s < 0 || en < 0 || en < s) { ok = false; break; }
        const len = en - s;
        if (len > tEnd - p) { ok = false; break; }
        if (!chargeSteps(len >> 2)) return false;
        if (fl & NF_ICASE) {
          const ascii = (fl & NF_ASCII) != 0;
          for (let i = 0; i < len; i++) {
            const x = T(s + i), y = T(p + i);
            if (x != y && canon(x, ascii) != canon(y, ascii)) { ok = false; break; }
          }
        } else {
          for (let i = 0; i < len; i++) if (T(s + i) != T(p + i)) { ok = false; break; }
        }
        if (ok) { p += len; pc += 3; }
        break;
      }
      case OP_GROUP_EXISTS: {
        const g = CODE(pc + 1);
        const s = R(1 + 2 * (g - 1)), en = R(2 + 2 * (g - 1));
        if (s >= 0 && en >= 0 && en >= s) pc += 3; else pc += CODE(pc + 2);
        break;
      }
      default:
        ok = false;
    }
    if (ok) continue;
    // ---- backtrack ----
    let resumed = false;
    while (sp > base) {
      const top = sp - 1;
      const k = kAt(top, 0);
      if (k == K_UNDO) { setR(kAt(top, 1), kAt(top, 2)); sp--; continue; }
      if (k == K_CHOICE) { pc = kAt(top, 1); p = kAt(top, 2); sp--; resumed = true; break; }
      if (k == K_RPT_G) {
        // give back one character
        let q = kAt(top, 2) - 1;
        const mn = kAt(top, 3);
        const nx = kAt(top, 1);
        // skip positions where a following literal cannot match
        if (CODE(nx) == OP_CHAR) {
          const ch = CODE(nx + 1);
          while (q >= mn && (q >= tEnd || T(q) != ch)) q--;
          if (q < mn) { sp--; continue; }
        }
        if (q <= mn) sp--; else setK(top, 2, q);
        pc = nx; p = q; resumed = true;
        used++;
        break;
      }
      if (k == K_RPT_L) {
        const rpc = kAt(top, 1);
        const q = kAt(top, 2);
        const lim = kAt(top, 3);
        if (q < lim && oneMatch(rpc + 5, T(q))) {
          if (q + 1 >= lim) sp--; else setK(top, 2, q + 1);
          pc = rpc + CODE(rpc + 4); p = q + 1; resumed = true;
          used++;
          break;
        }
        sp--; continue;
      }
      if (k == K_LOOP_LAZY) {
        const lpc = kAt(top, 1);
        const q = kAt(top, 2);
        sp--;
        const r = CODE(lpc + 1);
        // try one more iteration
        if (!setReg(r, R(r) + 1) || !setReg(r + 1, q)) return false;
        pc = lpc + 6; p = q; resumed = true;
        break;
      }
      if (k == K_BAR_NEG) { pc = kAt(top, 1); p = kAt(top, 2); sp--; resumed = true; break; }
      sp--;   // K_BAR, K_DEAD
    }
    if (!resumed) return false;
  }
  return false;
}

// ---- subject text ----------------------------------------------------------------------------------
function ensureT(n: i32): void { if (n * 4 > tCap) { tPtr = grow(tPtr, 0, n * 4, tCap); tCap = capOut; } }
/** Decode the subject into tPtr; returns its length in code points or -1 (TypeError set). */
function loadText(s: anyref, wantBytes: bool): i32 {
  if (!is_null(tObj) && ref_eq(s, tObj) && !K.ByteArray_is(s) && Str_is(s) != wantBytes) return tLen;
  if (Str_is(s)) {
    if (wantBytes) { raiseTypeError(strLit("cannot use a bytes pattern on a string-like object")); return -1; }
    const d = Str_get_data(s);
    const nb = Bytes_len(d);
    if (<i64>nb * 4 > C.memBudget) { raiseMemoryError(); return -1; }
    ensureT(nb);
    let i = 0, n = 0;
    if (K.Str_get_len(s) == nb) {
      for (; i < nb; i++) store<i32>(tPtr + (<usize>i << 2), Bytes_get(d, i) & 0xff);
      n = nb;
    } else {
      while (i < nb) {
        const b0 = Bytes_get(d, i) & 0xff;
        if (b0 < 0x80) { store<i32>(tPtr + (<usize>n << 2), b0); i++; }
        else { store<i32>(tPtr + (<usize>n << 2), decodeAt(d, i)); i += utf8SeqLen(b0); }
        n++;
      }
    }
    tObj = s; tLen = n;
    return n;
  }
  let d: anyref = null, nb = 0;
  if (K.BytesObj_is(s)) { d = K.BytesObj_get_data(s); nb = Bytes_len(d); }
  else if (K.ByteArray_is(s)) { d = K.ByteArray_get_data(s); nb = K.ByteArray_get_len(s); }
  else {
    const m = sbLen; sbLit("expected string or bytes-like object, got '"); sbStr(typeName(s)); sbByte(39);
    raiseTypeError(sbTakeStr(m));
    return -1;
  }
  if (!wantBytes) { raiseTypeError(strLit("cannot use a string pattern on a bytes-like object")); return -1; }
  ensureT(nb);
  for (let i = 0; i < nb; i++) store<i32>(tPtr + (<usize>i << 2), Bytes_get(d, i) & 0xff);
  tObj = s; tLen = nb;
  return nb;
}

// ---- search driver ---------------------------------------------------------------------------------
let curNRegs: i32 = 0;
let curNGroups: i32 = 0;

function begin(wrap: anyref): void {
  prog = K.Wrap_get_a(wrap);
  curNRegs = CODE(0); curNGroups = CODE(1);
  if (curNRegs * 4 > rCap) { rPtr = grow(rPtr, 0, curNRegs * 4, rCap); rCap = capOut; }
  for (let i = 0; i < curNRegs; i++) setR(i, -1);
  sp = 0;
  used = 0;
  budget = C.stepsAvailable();
  limitHit = false; memHit = false;
}
function finish(): bool {
  if (!C.chargeSteps(used)) return false;
  if (memHit) { raiseMemoryError(); return false; }
  return true;
}

/** Find a match at or after `start` (mode 1) or exactly at start (0/2). Returns the match start or -1 (-2 on limit). */
function searchFrom(start: i32, mode: i32, mustAdv: bool): i32 {
  fullMode = mode == 2;
  mustAdvance = mustAdv;
  if (mode != 1) {
    sp = 0;
    if (run(start)) return start;
    return limitHit || memHit ? -2 : -1;
  }
  const anchored = CODE(2) == 1;
  const first = CODE(3);
  const fop = first >= 0 ? CODE(first) : 0;
  const fch = first >= 0 ? CODE(first + 1) : 0;
  for (let s = start; s <= tEnd; s++) {
    if (anchored && s > 0) break;
    if (first >= 0) {
      const s0 = s;
      if (fop == OP_CHAR) { while (s < tEnd && T(s) != fch) s++; }
      else if (fop == OP_SET) { while (s < tEnd && !setMatch(first, T(s))) s++; }
      else { while (s < tEnd && !oneMatch(first, T(s))) s++; }
      used += (s - s0) >> 3;
      if (s >= tEnd) break;
    }
    sp = 0;
    mustAdvance = mustAdv && s == start;
    if (run(s)) return s;
    if (limitHit || memHit) return -2;
  }
  return -1;
}

function clampPos(x: anyref, n: i32, dflt: i32): i32 {
  if (is_null(x) || ref_eq(x, None)) return dflt;
  let v = C.intVal(x);
  if (v < 0) v = 0;
  if (v > <i64>n) v = n;
  return <i32>v;
}

/** The (lastindex, s0, e0, ...) tuple of the current match starting at s. */
function spanTuple(s: i32): anyref {
  const n = 3 + 2 * curNGroups;
  const t = AnyArr_new(n);
  const li = R(0);
  AnyArr_set(t, 0, li < 0 ? None : mkInt(li));
  AnyArr_set(t, 1, mkInt(s)); AnyArr_set(t, 2, mkInt(mEnd));
  for (let g = 1; g <= curNGroups; g++) {
    let a = R(1 + 2 * (g - 1)), e = R(2 + 2 * (g - 1));
    if (a < 0 || e < 0 || e < a) { a = -1; e = -1; }
    AnyArr_set(t, 1 + 2 * g, mkInt(a)); AnyArr_set(t, 2 + 2 * g, mkInt(e));
  }
  return tupleOf(t);
}

function s_search(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const wrap = AnyArr_get(a, b);
  const s = AnyArr_get(a, b + 1);
  begin(wrap);
  const len = loadText(s, CODE(4) != 0);
  if (len < 0) return null;
  const st = clampPos(AnyArr_get(a, b + 2), len, 0);
  tEnd = clampPos(AnyArr_get(a, b + 3), len, len);
  const mode = <i32>C.intVal(AnyArr_get(a, b + 4));
  const adv = n > 5 && C.intVal(AnyArr_get(a, b + 5)) != 0;
  if (st > tEnd) { if (!finish()) return null; return None; }
  const r = searchFrom(st, mode, adv);
  let res: anyref = None;
  if (r >= 0) res = spanTuple(r);
  if (!finish()) return null;
  return res;
}

/** Substring [i, j) of the subject as str/bytes. */
function subText(s: anyref, i: i32, j: i32): anyref {
  if (Str_is(s)) {
    if (i >= j) return EmptyStr;
    const d = Str_get_data(s);
    if (K.Str_get_len(s) == Bytes_len(d)) {   // ASCII: code point index == byte offset
      if (j - i == 1) return charStr(T(i));
      const nd = K.Bytes_new(j - i);
      K.Bytes_copy(nd, 0, d, i, j - i);
      return K.Str_new(C.T_str, nd, j - i, 0);
    }
    const m = sbLen;
    for (let k = i; k < j; k++) sbCodepoint(T(k));
    return sbTakeStr(m);
  }
  const d = K.Bytes_new(j > i ? j - i : 0);
  for (let k = i; k < j; k++) K.Bytes_set(d, k - i, T(k));
  return K.BytesObj_new(C.T_bytes, d, 0);
}
function groupText(s: anyref, g: i32, dflt: anyref): anyref {
  if (g == 0) return subText(s, mStart, mEnd);
  const a = R(1 + 2 * (g - 1)), e = R(2 + 2 * (g - 1));
  if (a < 0 || e < 0 || e < a) return dflt;
  return subText(s, a, e);
}
function emptyOf(s: anyref): anyref {
  if (Str_is(s)) return EmptyStr;
  return K.BytesObj_new(C.T_bytes, K.Bytes_new(0), 0);
}

function s_findall(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const wrap = AnyArr_get(a, b);
  const s = AnyArr_get(a, b + 1);
  begin(wrap);
  const len = loadText(s, CODE(4) != 0);
  if (len < 0) return null;
  let st = clampPos(AnyArr_get(a, b + 2), len, 0);
  tEnd = clampPos(AnyArr_get(a, b + 3), len, len);
  const out = listNew(8);
  const empty = emptyOf(s);
  let adv = false;
  while (st <= tEnd) {
    // reset registers (a successful run leaves them set)
    for (let i = 0; i < curNRegs; i++) setR(i, -1);
    const r = searchFrom(st, 1, adv);
    if (r == -2) { finish(); return null; }
    if (r < 0) break;
    let item: anyref;
    if (curNGroups == 0) item = subText(s, r, mEnd);
    else if (curNGroups == 1) item = groupText(s, 1, empty);
    else {
      const t = AnyArr_new(curNGroups);
      for (let g = 1; g <= curNGroups; g++) AnyArr_set(t, g - 1, groupText(s, g, empty));
      item = tupleOf(t);
    }
    listAppend(out, item);
    adv = mEnd == r;
    st = mEnd;
  }
  if (!finish()) return null;
  return out;
}

function s_sub(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // sub(prog, string, template list, count, isbytes)
  const wrap = AnyArr_get(a, b);
  const s = AnyArr_get(a, b + 1);
  const tmpl = AnyArr_get(a, b + 2);
  const count = C.intVal(AnyArr_get(a, b + 3));
  begin(wrap);
  const isB = CODE(4) != 0;
  const len = loadText(s, isB);
  if (len < 0) return null;
  tEnd = len;
  const titems = List_get_items(tmpl), tn = List_get_len(tmpl);
  // the result is built as code points in sb (str) or bytes in sb (bytes)
  const m = sbLen;
  let i = 0, st = 0, nsub: i64 = 0;
  let adv = false;
  while (count == 0 || nsub < count) {
    for (let k = 0; k < curNRegs; k++) setR(k, -1);
    if (st > tEnd) break;
    const r = searchFrom(st, 1, adv);
    if (r == -2) { C.sbTruncate(m); finish(); return null; }
    if (r < 0) break;
    appendRange(i, r, isB);
    for (let k = 0; k < tn; k++) {
      const it = AnyArr_get(titems, k);
      if (small_is_(it)) {
        const g = <i32>C.intVal(it);
        let x0 = r, x1 = mEnd;
        if (g > 0) { x0 = R(1 + 2 * (g - 1)); x1 = R(2 + 2 * (g - 1)); if (x0 < 0 || x1 < 0 || x1 < x0) continue; }
        appendRange(x0, x1, isB);
      } else if (Str_is(it)) sbStr(it);
      else { const d = K.BytesObj_get_data(it); C.sbBytes(d, 0, Bytes_len(d)); }
    }
    i = mEnd;
    nsub++;
    adv = mEnd == r;
    st = mEnd;
    if (!chargeSteps(1)) { C.sbTruncate(m); finish(); return null; }
  }
  appendRange(i, len, isB);
  if (!finish()) { C.sbTruncate(m); return null; }
  let res: anyref;
  if (nsub == 0) { C.sbTruncate(m); res = s; }
  else if (isB) {
    const nb = sbLen - m;
    const d = K.Bytes_from_mem(C.sbPtr + <usize>m, nb);
    C.sbTruncate(m);
    res = K.BytesObj_new(C.T_bytes, d, 0);
  } else res = sbTakeStr(m);
  const t = AnyArr_new(2); AnyArr_set(t, 0, res); AnyArr_set(t, 1, mkInt(nsub));
  return tupleOf(t);
}
import { small_is } from "../generated/kernel";
function small_is_(x: anyref): bool { return small_is(x); }
function appendRange(i: i32, j: i32, isB: bool): void {
  if (isB) { for (let k = i; k < j; k++) sbByte(T(k)); }
  else for (let k = i; k < j; k++) sbCodepoint(T(k));
}

function s_split(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const wrap = AnyArr_get(a, b);
  const s = AnyArr_get(a, b + 1);
  const maxsplit = C.intVal(AnyArr_get(a, b + 2));
  begin(wrap);
  const len = loadText(s, CODE(4) != 0);
  if (len < 0) return null;
  tEnd = len;
  const out = listNew(8);
  let last = 0, st = 0, cnt: i64 = 0;
  let adv = false;
  while (maxsplit <= 0 || cnt < maxsplit) {
    if (maxsplit < 0) break;
    for (let k = 0; k < curNRegs; k++) setR(k, -1);
    if (st > tEnd) break;
    const r = searchFrom(st, 1, adv);
    if (r == -2) { finish(); return null; }
    if (r < 0) break;
    listAppend(out, subText(s, last, r));
    for (let g = 1; g <= curNGroups; g++) listAppend(out, groupText(s, g, None));
    cnt++;
    adv = mEnd == r;
    last = mEnd; st = mEnd;
  }
  listAppend(out, subText(s, last, len));
  if (!finish()) return null;
  return out;
}

/** _sre.slice(string, i, j): the text of a group, from the decoded-subject cache (O(j - i) for non-ASCII str too). */
function s_slice(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const s = AnyArr_get(a, b);
  const len = loadText(s, !Str_is(s));
  if (len < 0) return null;
  let i = <i32>C.intVal(AnyArr_get(a, b + 1)), j = <i32>C.intVal(AnyArr_get(a, b + 2));
  if (i < 0) i = 0;
  if (j > len) j = len;
  return subText(s, i, j);
}

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function add(d: anyref, m: anyref, name: string, fn: Native): void { dictSet(d, intern(strLit(name)), newBuiltinFn(name, fn, m)); }

export function initSre(): anyref {
  const m = newModule("_sre");
  const d = K.Module_get_dict(m);
  add(d, m, "compile", s_compile);
  add(d, m, "search", s_search);
  add(d, m, "findall", s_findall);
  add(d, m, "sub", s_sub);
  add(d, m, "split", s_split);
  add(d, m, "slice", s_slice);
  dictSet(d, intern(strLit("MAXREPEAT")), mkInt(MAXREPEAT));
  dictSet(d, intern(strLit("MAXGROUPS")), mkInt(0x3fffffff));
  return m;
}
