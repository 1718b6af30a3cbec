// String literal decoding and f-string parsing, following CPython 3.11's
// Parser/string_parser.c behaviour (f-strings are single STRING tokens in 3.11;
// the expression parts are re-tokenized and parsed as "(" + text + ")").
//
// Python str values are JS strings: code points above U+FFFF become surrogate
// pairs; '\ud800'-style escapes produce lone surrogates.

import type { ConstValue, Constant, Expr, FormattedValue, JoinedStr } from '../ast.js';
import type { SourceInfo, Token } from '../tokenizer.js';
import { lookupUnicodeName } from './unicode_names.js';

export interface StringHost {
  si: SourceInfo;
  /** RAISE_SYNTAX_ERROR: error located at the last token fetched (the token
   * following the string group) */
  errorAtLast(msg: string): never;
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok) */
  errorAtToken(tok: Token, msg: string): never;
  /** Parse an f-string expression: `text` is "(" + expr + ")". */
  parseFStringExpr(text: string, startLine: number, startCol: number): Expr;
}

interface Prefix {
  bytes: boolean;
  raw: boolean;
  fmt: boolean;
  /** index (in the token text) of the first char of the body */
  bodyStart: number;
  bodyEnd: number;
}

function parsePrefix(text: string): Prefix {
  let bytes = false, raw = false, fmt = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fmt = true;
    else if (c === 117) { /* u */ }
    else break;
  }
  const q = text[i];
  let qlen = 1;
  if (text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q) qlen = 3;
  return { bytes, raw, fmt, bodyStart: i + qlen, bodyEnd: text.length - qlen };
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Length of a code point in CPython's pre-decoding buffer (see
 * decode_unicode_with_escapes: non-ASCII chars become "\UXXXXXXXX"). */
function bufLen(s: string, i: number): number {
  return s.charCodeAt(i) < 0x80 ? 1 : 10;
}

/** Decode a str literal body with escapes. Throws via host on errors. */
export function decodeUnicodeEscapes(host: StringHost, s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  const n = s.length;
  let i = 0;
  // position in CPython's intermediate buffer, for error messages
  let bpos = 0;
  const err = (startB: number, endB: number, message: string): never => {
    host.errorAtLast(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${startB}-${endB - 1}: ${message}`,
    );
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      // copy a run of ordinary chars
      let j = i + 1;
      while (j < n && s.charCodeAt(j) !== 92) j++;
      const chunk = s.slice(i, j);
      out += chunk;
      for (let k = i; k < j; k++) {
        const cc = s.charCodeAt(k);
        if (cc < 0x80) bpos++;
        else if (cc >= 0xdc00 && cc <= 0xdfff && k > i && s.charCodeAt(k - 1) >= 0xd800 && s.charCodeAt(k - 1) <= 0xdbff) {
          // low surrogate of a pair: counted with the high surrogate
        } else bpos += 10;
      }
      i = j;
      continue;
    }
    const startB = bpos;
    if (i + 1 >= n) {
      // trailing backslash (raw-ish edge): CPython turns it into \u005c
      out += '\\';
      i++;
      bpos += 6;
      continue;
    }
    const e = s.charCodeAt(i + 1);
    if (e >= 0x80) {
      // backslash before a non-ASCII char: kept literally
      out += '\\';
      i++;
      bpos += 6;
      continue;
    }
    i += 2;
    bpos += 2;
    switch (e) {
      case 10: break; // line continuation
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 116: out += '\t'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 118: out += '\v'; break;
      case 97: out += '\x07'; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
          bpos++;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 120: case 117: case 85: {
        const count = e === 120 ? 2 : e === 117 ? 4 : 8;
        const message = e === 120 ? 'truncated \\xXX escape' : e === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        for (let k = 0; k < count; k++) {
          const h = i < n ? hexVal(s.charCodeAt(i)) : -1;
          if (h < 0) err(startB, bpos, message);
          v = v * 16 + h;
          i++;
          bpos++;
        }
        if (v > 0x10ffff) err(startB, bpos, 'illegal Unicode character');
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        // \N{NAME}
        if (i >= n) err(startB, bpos, 'malformed \\N character escape');
        if (s.charCodeAt(i) === 123) {
          i++;
          bpos++;
          const nameStart = i;
          while (i < n && s.charCodeAt(i) !== 125) {
            bpos += bufLen(s, i);
            i++;
          }
          if (i >= n) err(startB, bpos, 'malformed \\N character escape');
          const name = s.slice(nameStart, i);
          if (name.length > 0) {
            i++;
            bpos++;
            const cp = lookupUnicodeName(name);
            if (cp < 0) err(startB, bpos, 'unknown Unicode character name');
            out += String.fromCodePoint(cp);
            break;
          }
        }
        err(startB, bpos, 'malformed \\N character escape');
        break;
      }
      default:
        // invalid escape: kept (DeprecationWarning in CPython)
        out += '\\' + String.fromCharCode(e);
    }
  }
  return out;
}

/** Decode a bytes literal body. */
function decodeBytes(host: StringHost, s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    if (i + 1 >= n) {
      out.push(92);
      i++;
      continue;
    }
    const e = s.charCodeAt(i + 1);
    const start = i;
    i += 2;
    switch (e) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 116: out.push(9); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 118: out.push(11); break;
      case 97: out.push(7); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
        }
        out.push(v & 0xff);
        break;
      }
      case 120: {
        const h1 = i < n ? hexVal(s.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexVal(s.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) host.errorAtLast(`(value error) invalid \\x escape at position ${start}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out.push(92, e);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- f-strings

interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function locOf(first: Token, last: Token): Loc {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.end_lineno, end_col_offset: last.end_col };
}

function mkStr(v: string, kind: string | null, loc: Loc): Constant {
  return { _type: 'Constant', value: { t: 'str', v }, kind, ...loc };
}

/** Accumulates the pieces of a (possibly f-) string group. */
class FState {
  lastStr: string | null = null;
  exprs: Expr[] = [];
  fmode = false;

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
}

const MAX_FSTRING_NEST = 200;

class FStringParser {
  host: StringHost;
  first: Token;
  last: Token;
  kind: string | null;
  constructor(host: StringHost, first: Token, last: Token) {
    this.host = host;
    this.first = first;
    this.last = last;
    this.kind = first.text.charCodeAt(0) === 117 /* u */ ? 'u' : null;
  }

  flushStr(st: FState, loc: Loc): void {
    if (st.lastStr !== null) {
      st.exprs.push(mkStr(st.lastStr, this.kind, loc));
      st.lastStr = null;
    }
  }

  finish(st: FState, loc: Loc): Expr {
    if (!st.fmode) return mkStr(st.lastStr ?? '', this.kind, loc);
    this.flushStr(st, loc);
    const js: JoinedStr = { _type: 'JoinedStr', values: st.exprs, ...loc };
    return js;
  }

  /**
   * Parse f-string body `s` (raw token text between the quotes) from index
   * `pos`. `t` is the current token, `tokOff` the index in t.text where s[0]
   * sits. Returns the new position.
   */
  concatFstring(st: FState, s: string, pos: number, raw: boolean, lvl: number, t: Token, tokOff: number): number {
    st.fmode = true;
    const end = s.length;
    const whole = locOf(this.first, this.last);
    for (;;) {
      // ---- literal
      const litStart = pos;
      let result = 0;
      let litEnd = -1;
      while (pos < end) {
        let ch = s.charCodeAt(pos++);
        if (!raw && ch === 92 && pos < end) {
          ch = s.charCodeAt(pos++);
          if (ch === 78 /* N */) {
            if (pos < end && s.charCodeAt(pos++) === 123) {
              while (pos < end && s.charCodeAt(pos++) !== 125) { /* skip name */ }
              continue;
            }
            continue;
          }
        }
        if (ch === 123 || ch === 125) {
          if (lvl === 0) {
            if (pos < end && s.charCodeAt(pos) === ch) {
              litEnd = pos;
              pos = pos + 1;
              result = 1;
              break;
            }
            if (ch === 125) this.host.errorAtLast("f-string: single '}' is not allowed");
          }
          pos--;
          break;
        }
      }
      if (litEnd < 0) litEnd = pos;
      if (litEnd > litStart) {
        const lit = s.slice(litStart, litEnd);
        st.concat(raw ? lit : decodeUnicodeEscapes(this.host, lit));
      }
      if (result === 1) continue;
      if (pos >= end || s.charCodeAt(pos) === 125) break;
      // ---- expression at '{'
      const r = this.findExpr(s, pos, raw, lvl, t, tokOff);
      pos = r.pos;
      if (r.exprText !== null) st.concat(r.exprText);
      this.flushStr(st, whole);
      st.exprs.push(r.expr);
    }
    if (lvl === 0 && pos < end) this.host.errorAtLast('f-string: unexpected end of string');
    if (lvl !== 0 && (pos >= end || s.charCodeAt(pos) !== 125)) this.host.errorAtLast("f-string: expecting '}'");
    return pos;
  }

  findExpr(s: string, pos: number, raw: boolean, lvl: number, t: Token, tokOff: number): { pos: number; expr: FormattedValue; exprText: string | null } {
    const host = this.host;
    const end = s.length;
    if (lvl >= 2) host.errorAtLast('f-string: expressions nested too deeply');
    const bracePos = pos;
    pos++;
    const exprStart = pos;
    let quote = 0;
    let stringType = 0;
    const stack: number[] = [];
    for (; pos < end; pos++) {
      const ch = s.charCodeAt(pos);
      if (ch === 92) host.errorAtLast('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
              pos += 2;
              stringType = 0;
              quote = 0;
            }
          } else {
            stringType = 0;
            quote = 0;
          }
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
          stringType = 3;
          pos += 2;
        } else stringType = 1;
        quote = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (stack.length >= MAX_FSTRING_NEST) host.errorAtLast('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === 35) {
        host.errorAtLast("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
        if (pos + 1 < end) {
          const next = s.charCodeAt(pos + 1);
          if ((ch === 33 && next === 61) || (ch === 61 && next === 61) || (ch === 60 && next === 61) || (ch === 62 && next === 61)) {
            pos++;
            continue;
          }
        }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (stack.length === 0) host.errorAtLast(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const open = stack.pop()!;
        if (!((open === 40 && ch === 41) || (open === 91 && ch === 93) || (open === 123 && ch === 125))) {
          host.errorAtLast(
            `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`,
          );
        }
      }
    }
    const exprEnd = pos;
    if (quote) host.errorAtLast('f-string: unterminated string');
    if (stack.length) host.errorAtLast(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
    if (pos >= end) host.errorAtLast("f-string: expecting '}'");

    const value = this.compileExpr(s, exprStart, exprEnd, bracePos, t, tokOff);

    let exprText: string | null = null;
    let conversion = -1;
    let formatSpec: Expr | null = null;
    if (s.charCodeAt(pos) === 61 /* = */) {
      pos++;
      while (pos < end && isPySpace(s.charCodeAt(pos))) pos++;
      if (pos >= end) host.errorAtLast("f-string: expecting '}'");
      exprText = s.slice(exprStart, pos);
    }
    if (s.charCodeAt(pos) === 33 /* ! */) {
      pos++;
      if (pos >= end) host.errorAtLast("f-string: expecting '}'");
      conversion = s.charCodeAt(pos);
      pos++;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        host.errorAtLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (pos >= end) host.errorAtLast("f-string: expecting '}'");
    if (s.charCodeAt(pos) === 58 /* : */) {
      pos++;
      if (pos >= end) host.errorAtLast("f-string: expecting '}'");
      const st = new FState();
      pos = this.concatFstring(st, s, pos, raw, lvl + 1, t, tokOff);
      formatSpec = this.finish(st, locOf(t, t));
    }
    if (pos >= end || s.charCodeAt(pos) !== 125) host.errorAtLast("f-string: expecting '}'");
    pos++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    const fv: FormattedValue = {
      _type: 'FormattedValue',
      value,
      conversion,
      format_spec: formatSpec,
      ...locOf(this.first, this.last),
    };
    return { pos, expr: fv, exprText };
  }

  compileExpr(s: string, exprStart: number, exprEnd: number, bracePos: number, t: Token, tokOff: number): Expr {
    let k = exprStart;
    for (; k < exprEnd; k++) {
      const c = s.charCodeAt(k);
      if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    }
    if (k === exprEnd) {
      const c = s.charCodeAt(exprEnd);
      if (c === 33 || c === 58 || c === 61) {
        this.host.errorAtLast(`f-string: expression required before '${String.fromCharCode(c)}'`);
      }
      this.host.errorAtLast('f-string: empty expression not allowed');
    }
    // fstring_find_expr_location: lines/cols relative to the token text
    const tt = t.text;
    const braceInTok = tokOff + bracePos;
    let newlineAfterBrace = true;
    for (let j = braceInTok + 1; j < tt.length; j++) {
      const c = tt.charCodeAt(j);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) {
        newlineAfterBrace = false;
        break;
      }
    }
    let cols = 0;
    let lines = 0;
    if (!newlineAfterBrace) {
      let st = braceInTok;
      while (st > 0 && tt.charCodeAt(st) !== 10) st--;
      cols = utf8Len(tt, st, braceInTok);
      if (tt.charCodeAt(st) === 10) cols -= 1;
    }
    for (let j = 0; j < braceInTok; j++) if (tt.charCodeAt(j) === 10) lines++;
    const startLine = t.lineno + lines;
    const startCol = lines !== 0 ? cols : t.col + cols;
    return this.host.parseFStringExpr('(' + s.slice(exprStart, exprEnd) + ')', startLine, startCol);
  }
}

function isPySpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** `strings: STRING+` — concatenate adjacent string literals (CPython's
 * _PyPegen_concatenate_strings). */
export function concatenateStrings(host: StringHost, toks: Token[]): Expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const fp = new FStringParser(host, first, last);
  const st = new FState();
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const text = t.text;
    const pre = parsePrefix(text);
    if (pre.bytes) {
      for (let k = 0; k < text.length; k++) {
        if (text.charCodeAt(k) >= 0x80) host.errorAtToken(t, 'bytes can only contain ASCII literal characters');
      }
    }
    const body = text.slice(pre.bodyStart, pre.bodyEnd);
    if (pre.fmt) {
      if (i !== 0 && bytesmode) host.errorAtLast('cannot mix bytes and nonbytes literals');
      bytesmode = false;
      fp.concatFstring(st, body, 0, pre.raw, 0, t, pre.bodyStart);
      continue;
    }
    if (pre.bytes) {
      const b = decodeBytes(host, body, pre.raw);
      if (i !== 0 && !bytesmode) host.errorAtLast('cannot mix bytes and nonbytes literals');
      bytesmode = true;
      (bytesParts ??= []).push(b);
    } else {
      const s = pre.raw ? body : decodeUnicodeEscapes(host, body);
      if (i !== 0 && bytesmode) host.errorAtLast('cannot mix bytes and nonbytes literals');
      bytesmode = false;
      st.concat(s);
    }
  }
  const loc = locOf(first, last);
  if (bytesmode) {
    let total = 0;
    for (const b of bytesParts!) total += b.length;
    const v = new Uint8Array(total);
    let o = 0;
    for (const b of bytesParts!) {
      v.set(b, o);
      o += b.length;
    }
    const value: ConstValue = { t: 'bytes', v };
    return { _type: 'Constant', value, kind: null, ...loc };
  }
  return fp.finish(st, loc);
}
