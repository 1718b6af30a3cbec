// Python 3.11 tokenizer (hand-written, no regexes in the hot loop).
//
// Produces the whole token array up front. Like CPython, a tokenizer error is
// not raised immediately: tokenization stops and the error is attached to a
// final ERRORTOKEN. The parser raises it when it reaches that token, and —
// mirroring CPython's `_PyPegen_tokenize_full_source_to_check_for_errors` — a
// "raising" tokenizer error anywhere later in the file replaces a parser
// SyntaxError (see `TokError.overrides`).
//
// Columns (`col`, `end_col`) are UTF-8 byte offsets like CPython's AST.
// INDENT/DEDENT tokens have col = end_col = -1 like CPython's, with
// `curCol` holding the tokenizer's current character position for errors.

import { PySyntaxError, type PySyntaxErrorType } from './errors.js';

export enum T {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ERRORTOKEN,
  // operators
  LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
  LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
  GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
  STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT,
  ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL,
  /** any other single character ('$', '?', '!', '`', control chars) */
  OP,
  // hard keywords
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif,
  Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
  Pass, Raise, Return, Try, While, With, Yield,
}

export const KEYWORDS: ReadonlyMap<string, T> = new Map<string, T>([
  ['False', T.False], ['None', T.None], ['True', T.True], ['and', T.And], ['as', T.As],
  ['assert', T.Assert], ['async', T.Async], ['await', T.Await], ['break', T.Break],
  ['class', T.Class], ['continue', T.Continue], ['def', T.Def], ['del', T.Del],
  ['elif', T.Elif], ['else', T.Else], ['except', T.Except], ['finally', T.Finally],
  ['for', T.For], ['from', T.From], ['global', T.Global], ['if', T.If], ['import', T.Import],
  ['in', T.In], ['is', T.Is], ['lambda', T.Lambda], ['nonlocal', T.Nonlocal], ['not', T.Not],
  ['or', T.Or], ['pass', T.Pass], ['raise', T.Raise], ['return', T.Return], ['try', T.Try],
  ['while', T.While], ['with', T.With], ['yield', T.Yield],
]);

export function isKeywordKind(k: T): boolean {
  return k >= T.False;
}

// Operator table: text -> kind. Longest match is done by the scanner below.
const OPS: ReadonlyMap<string, T> = new Map<string, T>([
  ['(', T.LPAR], [')', T.RPAR], ['[', T.LSQB], [']', T.RSQB], [':', T.COLON], [',', T.COMMA],
  [';', T.SEMI], ['+', T.PLUS], ['-', T.MINUS], ['*', T.STAR], ['/', T.SLASH], ['|', T.VBAR],
  ['&', T.AMPER], ['<', T.LESS], ['>', T.GREATER], ['=', T.EQUAL], ['.', T.DOT], ['%', T.PERCENT],
  ['{', T.LBRACE], ['}', T.RBRACE], ['==', T.EQEQUAL], ['!=', T.NOTEQUAL], ['<>', T.NOTEQUAL],
  ['<=', T.LESSEQUAL], ['>=', T.GREATEREQUAL], ['~', T.TILDE], ['^', T.CIRCUMFLEX],
  ['<<', T.LEFTSHIFT], ['>>', T.RIGHTSHIFT], ['**', T.DOUBLESTAR], ['+=', T.PLUSEQUAL],
  ['-=', T.MINEQUAL], ['*=', T.STAREQUAL], ['/=', T.SLASHEQUAL], ['%=', T.PERCENTEQUAL],
  ['&=', T.AMPEREQUAL], ['|=', T.VBAREQUAL], ['^=', T.CIRCUMFLEXEQUAL], ['<<=', T.LEFTSHIFTEQUAL],
  ['>>=', T.RIGHTSHIFTEQUAL], ['**=', T.DOUBLESTAREQUAL], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['@', T.AT], ['@=', T.ATEQUAL], ['->', T.RARROW],
  ['...', T.ELLIPSIS], [':=', T.COLONEQUAL],
]);

/** Human-readable token kind names (for debugging / dumps). */
export function tokenKindName(k: T): string {
  return T[k] ?? String(k);
}

export interface Token {
  kind: T;
  /** exact source text of the token ('' for INDENT/DEDENT/ENDMARKER) */
  text: string;
  /** UTF-16 index range into the (newline-normalized) source */
  start: number;
  end: number;
  lineno: number;
  /** UTF-8 byte column; -1 for INDENT/DEDENT */
  col: number;
  end_lineno: number;
  end_col: number;
  /** bracket nesting level at this token (before it, for openers) */
  level: number;
  /** INDENT/DEDENT/error tokens: UTF-16 index of the tokenizer's current position */
  cur?: number;
}

export interface TokError {
  error: PySyntaxError;
  /** CPython raises this error eagerly via syntaxerror(): it overrides later parser errors. */
  overrides: boolean;
  /** unclosed bracket at EOF: the line of the innermost open bracket */
  parenLine?: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** set when the last token is an ERRORTOKEN */
  error: TokError | null;
  source: SourceInfo;
}

export interface TokenizeOptions {
  filename?: string;
  /** line number of the first line (default 1) */
  firstLine?: number;
  /** byte shift added to columns of tokens on the first line (f-string sub-parsing) */
  firstLineColShift?: number;
  /** the original source ended with "\r\n" or "\r" (CPython counts one more
   * line for "unterminated ... (detected at line N)" at EOF then) */
  crAtEnd?: boolean;
  /** add a NEWLINE token when the source does not end with one (CPython does
   * this for 'exec' input only; default true) */
  implicitNewline?: boolean;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;

// ---------------------------------------------------------------- source info
/** Line table and column conversions for a source text. */
export class SourceInfo {
  readonly src: string;
  readonly filename: string;
  readonly lineStarts: number[];
  readonly ascii: boolean;
  readonly firstLine: number;
  readonly firstLineColShift: number;

  constructor(src: string, filename: string, firstLine = 1, firstLineColShift = 0) {
    this.src = src;
    this.filename = filename;
    this.firstLine = firstLine;
    this.firstLineColShift = firstLineColShift;
    const ls = [0];
    let i = src.indexOf('\n');
    while (i >= 0) {
      ls.push(i + 1);
      i = src.indexOf('\n', i + 1);
    }
    this.lineStarts = ls;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  /** 0-based index into lineStarts for an absolute line number */
  private li(lineno: number): number {
    return lineno - this.firstLine;
  }

  lineStart(lineno: number): number {
    const i = this.li(lineno);
    if (i < 0) return 0;
    if (i >= this.lineStarts.length) return this.src.length;
    return this.lineStarts[i];
  }

  /** Text of a line without its newline. */
  lineText(lineno: number): string {
    const i = this.li(lineno);
    if (i < 0 || i >= this.lineStarts.length) return '';
    const s = this.lineStarts[i];
    let e = i + 1 < this.lineStarts.length ? this.lineStarts[i + 1] - 1 : this.src.length;
    if (e < s) e = s;
    return this.src.slice(s, e);
  }

  /** Text of a line, with a trailing newline like CPython's SyntaxError.text */
  errorText(lineno: number): string {
    return this.lineText(lineno) + '\n';
  }

  /** UTF-8 byte column of UTF-16 index idx on line lineno (without shift). */
  byteCol(lineno: number, idx: number): number {
    const s = this.lineStart(lineno);
    if (this.ascii) return idx - s;
    let n = 0;
    const src = this.src;
    for (let i = s; i < idx; i++) {
      const c = src.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        const d = src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n += 4;
          i++;
        } else n += 3;
      } else n += 3;
    }
    return n;
  }

  /** code-point column (0-based) of UTF-16 index idx on line lineno */
  charCol(lineno: number, idx: number): number {
    const s = this.lineStart(lineno);
    if (this.ascii) return idx - s;
    let n = 0;
    const src = this.src;
    for (let i = s; i < idx; i++) {
      const c = src.charCodeAt(i);
      n++;
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    return n;
  }

  /** Convert a UTF-8 byte column on a line to a code point count (like CPython's
   * _PyPegen_byte_offset_to_character_offset, clamped to the line). */
  byteToCharCol(lineno: number, byteCol: number, text?: string): number {
    const line = text ?? this.lineText(lineno) + '\n';
    if (byteCol <= 0) return byteCol < 0 ? byteCol : 0;
    let b = 0;
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      if (b >= byteCol) return n;
      const c = line.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
        const d = line.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          b += 4;
          i++;
        } else b += 3;
      } else b += 3;
      n++;
    }
    // past the end: CPython clamps to len + 1 bytes
    return n + (byteCol > b ? 1 : 0);
  }

  lineOf(idx: number): number {
    // binary search
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    return lo + this.firstLine;
  }

  error(
    type: PySyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    endLineno?: number,
    endOffset?: number,
    text?: string,
  ): PySyntaxError {
    return new PySyntaxError(
      type,
      msg,
      this.filename,
      lineno,
      offset,
      text ?? this.errorText(lineno),
      endLineno ?? lineno,
      endOffset ?? offset,
    );
  }
}

// ---------------------------------------------------------------- char classes
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

const ID_START_RE = /^[\p{XID_Start}_]$/u;
const ID_CONT_RE = /^\p{XID_Continue}$/u;
const NONPRINTABLE_RE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isPrintable(ch: string): boolean {
  return ch === ' ' || !NONPRINTABLE_RE.test(ch);
}

function hex4(cp: number): string {
  const s = cp.toString(16).toUpperCase();
  return s.length >= 4 ? s : '0000'.slice(s.length) + s;
}

/** Normalize line endings like CPython's string tokenizer (\r\n and \r -> \n). */
export function normalizeNewlines(src: string): string {
  if (src.indexOf('\r') < 0) return src;
  return src.replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------- tokenizer
class TokErr {
  constructor(public te: TokError) {}
}

class Tokenizer {
  src: string;
  si: SourceInfo;
  pos = 0;
  lineno: number;
  lineStart = 0;
  tokens: Token[] = [];
  indstack: number[] = [0];
  altindstack: number[] = [0];
  parens: { ch: number; lineno: number; idx: number }[] = [];
  atbol = true;
  /** whether the current logical line produced any token */
  lineHasTokens = false;
  firstLine: number;
  colShift: number;
  crAtEnd = false;
  implicitNewline = true;
  /** start of a comment on the current line (NEWLINE token position) */
  commentStart = -1;

  constructor(si: SourceInfo) {
    this.si = si;
    this.src = si.src;
    this.lineno = si.firstLine;
    this.firstLine = si.firstLine;
    this.colShift = si.firstLineColShift;
  }

  bcol(lineno: number, idx: number): number {
    const c = this.si.byteCol(lineno, idx);
    return lineno === this.firstLine ? c + this.colShift : c;
  }

  push(kind: T, start: number, end: number, text?: string): Token {
    const lineno = this.lineno;
    const startLine = kind === T.STRING ? this.si.lineOf(start) : lineno;
    const t: Token = {
      kind,
      text: text ?? this.src.slice(start, end),
      start,
      end,
      lineno: startLine,
      col: this.bcol(startLine, start),
      end_lineno: lineno,
      end_col: this.bcol(lineno, end),
      level: this.parens.length,
    };
    this.tokens.push(t);
    this.lineHasTokens = true;
    return t;
  }

  pushIndent(kind: T): void {
    this.tokens.push({
      kind,
      text: '',
      start: this.pos,
      end: this.pos,
      lineno: this.lineno,
      col: -1,
      end_lineno: this.lineno,
      end_col: -1,
      level: 0,
      cur: this.pos,
    });
  }

  /** error raised directly by CPython's tokenizer (syntaxerror()); offset is a
   * 0-based UTF-16 index -> converted to CPython's convention "chars from line
   * start to cur". */
  fail(msg: string, curIdx: number, type: PySyntaxErrorType = 'SyntaxError', overrides = true, lineno = this.lineno, endIdx?: number): never {
    const off = this.si.charCol(lineno, curIdx);
    const endOff = endIdx === undefined ? off : this.si.charCol(lineno, endIdx);
    const err = this.si.error(type, msg, lineno, off, lineno, endOff, this.si.lineText(lineno));
    throw new TokErr({ error: err, overrides });
  }

  /** errors raised through pegen's tokenizer_error with a known column (0-based chars) */
  failAt(type: PySyntaxErrorType, msg: string, lineno: number, offset: number, endOffset: number): never {
    const err = this.si.error(type, msg, lineno, offset, lineno, endOffset);
    throw new TokErr({ error: err, overrides: false });
  }

  newline(idx: number): void {
    // idx is the index just after '\n'
    this.lineno++;
    this.lineStart = idx;
  }

  run(): TokenizeResult {
    let error: TokError | null = null;
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof TokErr)) throw e;
      error = e.te;
      const p = this.pos;
      this.tokens.push({
        kind: T.ERRORTOKEN,
        text: '',
        start: p,
        end: p,
        lineno: this.lineno,
        col: -1,
        end_lineno: this.lineno,
        end_col: -1,
        level: this.parens.length,
        cur: p,
      });
    }
    return { tokens: this.tokens, error, source: this.si };
  }

  scan(): void {
    const src = this.src;
    const n = src.length;
    for (;;) {
      // ---- start of a physical line outside brackets: indentation
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        // a backslash continuation inside the indentation: the column of the
        // first one (if not 0) is the indentation of the logical line
        let contLineCol = 0;
        let i = this.pos;
        for (; i < n; i++) {
          const c = src.charCodeAt(i);
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = ((col >> 3) + 1) << 3;
            altcol = altcol + 1;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol || col;
            const d = i + 1 < n ? src.charCodeAt(i + 1) : -1;
            if (d !== 10) {
              if (d === -1) {
                this.pos = n;
                this.eofAfterContinuation();
              }
              const ecol = this.si.charCol(this.lineno, i + 1);
              this.pos = i + 2;
              this.failAt('SyntaxError', 'unexpected character after line continuation character', this.lineno, ecol + 1, 0);
            }
            i++;
            this.newline(i + 1);
            if (i + 1 >= n) {
              this.pos = n;
              this.eofAfterContinuation();
            }
          } else break;
        }
        if (contLineCol) {
          col = contLineCol;
          altcol = contLineCol;
        }
        this.pos = i;
        const c = i < n ? src.charCodeAt(i) : -1;
        if (c === 35 /* # */ || c === 10) {
          // blank / comment-only line: no indentation processing
        } else if (c === -1) {
          // EOF: handled below (dedent everything)
        } else if (this.parens.length === 0) {
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) this.tabError();
          } else if (col > this.indstack[top]) {
            if (this.indstack.length >= MAXINDENT) {
              this.failAt('IndentationError', 'too many levels of indentation', this.lineno, 1, 0);
            }
            if (altcol <= this.altindstack[top]) this.tabError();
            this.indstack.push(col);
            this.altindstack.push(altcol);
            this.pushIndent(T.INDENT);
          } else {
            let k = top;
            while (k > 0 && col < this.indstack[k]) k--;
            if (col !== this.indstack[k]) {
              // E_DEDENT: CPython reports cur = end of line (incl. newline)
              let e = src.indexOf('\n', i);
              e = e < 0 ? n + 1 : e + 1;
              const off = this.si.charCol(this.lineno, e > n ? n : e) + (e > n ? 1 : 0);
              this.failAt('IndentationError', 'unindent does not match any outer indentation level', this.lineno, off, -1);
            }
            if (altcol !== this.altindstack[k]) this.tabError();
            while (this.indstack.length - 1 > k) {
              this.indstack.pop();
              this.altindstack.pop();
              this.pushIndent(T.DEDENT);
            }
          }
        }
      }

      // ---- skip whitespace
      let i = this.pos;
      let c = 0;
      for (; i < n; i++) {
        c = src.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 12) break;
      }
      this.pos = i;
      if (i >= n) {
        this.eof();
        return;
      }
      c = src.charCodeAt(i);

      // ---- comment
      if (c === 35) {
        let e = src.indexOf('\n', i);
        if (e < 0) e = n;
        this.commentStart = i;
        this.pos = e;
        continue;
      }

      // ---- newline
      if (c === 10) {
        this.pos = i + 1;
        if (this.parens.length === 0 && this.lineHasTokens) {
          // CPython: the token starts at a preceding comment and its end is
          // the position of the '\n' itself
          const st = this.commentStart >= 0 ? this.commentStart : i;
          const t = this.push(T.NEWLINE, st, i, '\n');
          t.end = i + 1;
          this.lineHasTokens = false;
        }
        this.commentStart = -1;
        this.newline(i + 1);
        if (this.parens.length === 0) this.atbol = true;
        continue;
      }

      // ---- identifiers / keywords / string prefixes
      if (isIdStart(c)) {
        let j = i + 1;
        // string prefix?
        if (c !== 95 && c < 128) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          let k = i;
          for (; k < n; k++) {
            const d = src.charCodeAt(k) | 0x20;
            if (d === 98 /* b */ && !sawB && !sawU && !sawF) sawB = true;
            else if (d === 117 /* u */ && !sawU && !sawB && !sawR && !sawF) sawU = true;
            else if (d === 114 /* r */ && !sawR && !sawU) sawR = true;
            else if (d === 102 /* f */ && !sawF && !sawB && !sawU) sawF = true;
            else break;
          }
          if (k < n && k > i) {
            const q = src.charCodeAt(k);
            if (q === 34 || q === 39) {
              this.string(i, k);
              continue;
            }
          }
        }
        let nonAscii = c >= 128;
        while (j < n) {
          const d = src.charCodeAt(j);
          if (!isIdChar(d)) break;
          if (d >= 128) nonAscii = true;
          j++;
        }
        let text = src.slice(i, j);
        if (nonAscii) text = this.verifyIdentifier(i, j, text);
        this.pos = j;
        const kw = KEYWORDS.get(text);
        const t = this.push(kw ?? T.NAME, i, j);
        if (nonAscii) t.text = text;
        continue;
      }

      // ---- numbers
      if (isDigit(c) || (c === 46 && i + 1 < n && isDigit(src.charCodeAt(i + 1)))) {
        this.number(i);
        continue;
      }

      // ---- strings without prefix
      if (c === 34 || c === 39) {
        this.string(i, i);
        continue;
      }

      // ---- line continuation
      if (c === 92) {
        const d = i + 1 < n ? src.charCodeAt(i + 1) : -1;
        if (d !== 10) {
          if (d === -1) {
            // backslash at the very end of the input (CPython appends a newline
            // to 'exec' input only)
            this.pos = n;
            if (!this.implicitNewline) {
              this.failAt('SyntaxError', 'unexpected character after line continuation character', this.lineno, this.si.charCol(this.lineno, i) + 1, 0);
            }
            this.eofAfterContinuation();
          }
          // E_LINECONT: col = cur - line_start - 1 where cur is after the next char
          const col = this.si.charCol(this.lineno, i + 1);
          this.pos = i + 2;
          this.failAt('SyntaxError', 'unexpected character after line continuation character', this.lineno, col + 1, 0);
        }
        this.newline(i + 2);
        this.pos = i + 2;
        if (this.pos >= n) this.eofAfterContinuation();
        continue;
      }

      // ---- operators
      this.operator(i, c);
    }
  }

  eofAfterContinuation(): never {
    // "unexpected EOF while parsing" at cur = end of input on the last line
    const ln = this.lineno;
    const off = this.si.charCol(ln, this.src.length);
    // CPython reports on the line that holds the backslash
    const line = this.pos > 0 && this.src.charCodeAt(this.src.length - 1) === 10 ? ln - 1 : ln;
    const o = line === ln ? off + 1 : this.si.lineText(line).length + 1;
    this.failAt('SyntaxError', 'unexpected EOF while parsing', line, o, -1);
  }

  tabError(): never {
    this.failAt('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineno, 1, 0);
  }

  eof(): void {
    const n = this.src.length;
    this.pos = n;
    if (this.parens.length > 0) {
      const p = this.parens[this.parens.length - 1];
      const off = this.si.charCol(p.lineno, p.idx) + 1;
      const err = this.si.error('SyntaxError', `'${String.fromCharCode(p.ch)}' was never closed`, p.lineno, off, p.lineno, 0);
      throw new TokErr({ error: err, overrides: false, parenLine: p.lineno });
    }
    if (this.lineHasTokens && this.implicitNewline) {
      // implicit NEWLINE at end of input
      const st = this.commentStart >= 0 ? this.commentStart : n;
      this.push(T.NEWLINE, st, n, '');
      this.lineHasTokens = false;
    }
    // CPython's DEDENT/ENDMARKER at EOF: on the last line read (blank and
    // comment lines count), with no column; errors use the end of that line
    // (including its newline) as the tokenizer position.
    const endsWithNl = n > 0 && this.src.charCodeAt(n - 1) === 10;
    const lastLine = n === 0 ? this.firstLine - 1 : this.firstLine + this.si.lineStarts.length - 1 - (endsWithNl ? 1 : 0);
    const cur = endsWithNl || !this.implicitNewline ? n : n + 1;
    const mk = (kind: T): Token => ({
      kind, text: '', start: n, end: n, lineno: lastLine, col: -1, end_lineno: lastLine, end_col: -1, level: 0, cur,
    });
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.altindstack.pop();
      this.tokens.push(mk(T.DEDENT));
    }
    this.tokens.push(mk(T.ENDMARKER));
  }

  verifyIdentifier(i: number, j: number, text: string): string {
    // Check XID_Start / XID_Continue on the raw text, then NFKC-normalize.
    let first = true;
    for (let k = i; k < j; ) {
      const cp = this.src.codePointAt(k)!;
      const ch = String.fromCodePoint(cp);
      const ok = first ? ID_START_RE.test(ch) : ID_CONT_RE.test(ch);
      if (!ok) {
        // CPython: the check runs on the NFKC form for the first char too;
        // accept chars whose NFKC normalization is a valid identifier.
        const norm = ch.normalize('NFKC');
        let nok = norm.length > 0;
        let f = first;
        for (const nc of norm) {
          if (!(f ? ID_START_RE.test(nc) : ID_CONT_RE.test(nc))) nok = false;
          f = false;
        }
        if (!nok) {
          const end = k + ch.length;
          this.pos = end;
          if (isPrintable(ch)) this.fail(`invalid character '${ch}' (U+${hex4(cp)})`, end);
          else this.fail(`invalid non-printable character U+${hex4(cp)}`, end);
        }
      }
      first = false;
      k += ch.length;
    }
    return text.normalize('NFKC');
  }

  // ------------------------------------------------------------ numbers
  number(i: number): void {
    const src = this.src;
    const n = src.length;
    let p = i;
    const at = (k: number): number => (k < n ? src.charCodeAt(k) : -1);
    // decimal tail: digits with single underscores; p at first char after a digit
    const decimalTail = (k: number): number => {
      for (;;) {
        while (isDigit(at(k))) k++;
        if (at(k) !== 95) return k;
        k++;
        if (!isDigit(at(k))) {
          this.pos = k;
          this.fail('invalid decimal literal', k);
        }
      }
    };
    // keyword (and, else, for, or, not) right after the literal, not followed
    // by an identifier character (CPython's lookahead())
    const kwAt = (k: number, rest: string): boolean => src.startsWith(rest, k) && !(k + rest.length < n && isIdChar(src.charCodeAt(k + rest.length)));
    const verifyEnd = (k: number, kind: string): void => {
      const c = at(k);
      let r = false;
      if (c === 97) r = kwAt(k + 1, 'nd');
      else if (c === 101) r = kwAt(k + 1, 'lse');
      else if (c === 102) r = kwAt(k + 1, 'or');
      else if (c === 105) {
        const c2 = at(k + 1);
        r = c2 === 102 || c2 === 110 || c2 === 115;
      } else if (c === 111) r = kwAt(k + 1, 'r');
      else if (c === 110) r = kwAt(k + 1, 'ot');
      if (r) return; // CPython only warns here
      if (c >= 0 && isIdChar(c)) {
        this.pos = k;
        this.fail(`invalid ${kind} literal`, k);
      }
    };
    const radix = (k: number, ok: (c: number) => boolean, kind: string, digitErr: boolean): number => {
      // k is after the 0x/0o/0b prefix
      for (;;) {
        if (at(k) === 95) k++;
        const c = at(k);
        if (!ok(c)) {
          if (digitErr && isDigit(c)) {
            this.pos = k + 1;
            this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, k + 1);
          }
          this.pos = k;
          this.fail(`invalid ${kind} literal`, k);
        }
        while (ok(at(k))) k++;
        if (at(k) !== 95) break;
      }
      if (digitErr && isDigit(at(k))) {
        this.pos = k + 1;
        this.fail(`invalid digit '${String.fromCharCode(at(k))}' in ${kind} literal`, k + 1);
      }
      verifyEnd(k, kind);
      return k;
    };
    let c = at(p);
    let end: number;
    if (c === 48 /* 0 */ && (at(p + 1) | 0x20) === 120) {
      end = radix(p + 2, isHex, 'hexadecimal', false);
    } else if (c === 48 && (at(p + 1) | 0x20) === 111) {
      end = radix(p + 2, (d) => d >= 48 && d <= 55, 'octal', true);
    } else if (c === 48 && (at(p + 1) | 0x20) === 98) {
      end = radix(p + 2, (d) => d === 48 || d === 49, 'binary', true);
    } else {
      let isFloat = false;
      if (c === 48) {
        // maybe old-style octal
        let nonzero = false;
        p++;
        c = at(p);
        for (;;) {
          if (c === 95) {
            p++;
            c = at(p);
            if (!isDigit(c)) {
              this.pos = p;
              this.fail('invalid decimal literal', p);
            }
          }
          if (c !== 48) break;
          p++;
          c = at(p);
        }
        const zerosEnd = p;
        if (isDigit(c)) {
          nonzero = true;
          p = decimalTail(p);
          c = at(p);
        }
        if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) {
          // fall through to fraction / exponent / imaginary handling
        } else if (nonzero) {
          this.pos = p;
          const ln = this.lineno;
          const off = this.si.charCol(ln, i) + 1;
          const eoff = this.si.charCol(ln, zerosEnd) + 1;
          const err = this.si.error(
            'SyntaxError',
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            ln, off, ln, eoff, this.si.lineText(ln),
          );
          throw new TokErr({ error: err, overrides: true });
        }
      } else if (c !== 46) {
        p = decimalTail(p + 1);
        c = at(p);
      }
      // fraction
      if (c === 46) {
        isFloat = true;
        p++;
        c = at(p);
        if (isDigit(c)) {
          p = decimalTail(p);
          c = at(p);
        }
      }
      // exponent
      if (c === 101 || c === 69) {
        const ePos = p;
        p++;
        c = at(p);
        if (c === 43 || c === 45) {
          p++;
          c = at(p);
          if (!isDigit(c)) {
            this.pos = p;
            this.fail('invalid decimal literal', p);
          }
        } else if (!isDigit(c)) {
          // 'e' not followed by digits: the number ends before 'e'
          verifyEnd(ePos, 'decimal');
          this.pos = ePos;
          this.push(T.NUMBER, i, ePos);
          return;
        }
        isFloat = true;
        p = decimalTail(p);
        c = at(p);
      }
      void isFloat;
      if (c === 106 || c === 74) {
        p++;
        verifyEnd(p, 'imaginary');
      } else {
        verifyEnd(p, 'decimal');
      }
      end = p;
    }
    this.pos = end;
    this.push(T.NUMBER, i, end);
  }

  // ------------------------------------------------------------ strings
  /** i: token start (prefix), q: index of the opening quote */
  string(i: number, q: number): void {
    const src = this.src;
    const n = src.length;
    const quote = src.charCodeAt(q);
    const startLine = this.lineno;
    let p = q + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (p < n && src.charCodeAt(p) === quote) {
      if (p + 1 < n && src.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p += 1;
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = p < n ? src.charCodeAt(p) : -1;
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        // at EOF after a final newline CPython's line counter has not advanced
        const detected = c === -1 && n > 0 && src.charCodeAt(n - 1) === 10 && !this.crAtEnd ? this.lineno - 1 : this.lineno;
        const off = this.si.charCol(startLine, i) + 1;
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        this.pos = p;
        const err = this.si.error('SyntaxError', msg, startLine, off, startLine, off, this.si.lineText(startLine));
        throw new TokErr({ error: err, overrides: true });
      }
      p++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92 /* \ */) {
          if (p < n) {
            if (src.charCodeAt(p) === 10) this.newline(p + 1);
            p++;
          }
        } else if (c === 10) {
          this.newline(p);
        }
      }
    }
    this.pos = p;
    this.push(T.STRING, i, p);
  }

  // ------------------------------------------------------------ operators
  operator(i: number, c: number): void {
    const src = this.src;
    // brackets
    if (c === 40 || c === 91 || c === 123) {
      if (this.parens.length >= MAXLEVEL) {
        this.pos = i + 1;
        this.fail('too many nested parentheses', i + 1);
      }
      this.pos = i + 1;
      this.parens.push({ ch: c, lineno: this.lineno, idx: i });
      this.push(c === 40 ? T.LPAR : c === 91 ? T.LSQB : T.LBRACE, i, i + 1);
      return;
    }
    if (c === 41 || c === 93 || c === 125) {
      if (this.parens.length === 0) {
        this.pos = i + 1;
        this.fail(`unmatched '${String.fromCharCode(c)}'`, i + 1);
      }
      const open = this.parens.pop()!;
      const expected = open.ch === 40 ? 41 : open.ch === 91 ? 93 : 125;
      if (c !== expected) {
        this.pos = i + 1;
        if (open.lineno !== this.lineno) {
          this.fail(
            `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open.ch)}' on line ${open.lineno}`,
            i + 1,
          );
        }
        this.fail(
          `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open.ch)}'`,
          i + 1,
        );
      }
      this.pos = i + 1;
      this.push(c === 41 ? T.RPAR : c === 93 ? T.RSQB : T.RBRACE, i, i + 1);
      return;
    }
    // longest match among 3/2/1 char operators
    let len = 3;
    let k = i + 3 <= src.length ? OPS.get(src.substr(i, 3)) : undefined;
    if (k === undefined) {
      len = 2;
      k = i + 2 <= src.length ? OPS.get(src.substr(i, 2)) : undefined;
      if (k === undefined) {
        len = 1;
        k = OPS.get(src[i]);
      }
    }
    if (k === undefined) {
      // unknown character: CPython returns it as a one-char OP token
      const cp = src.codePointAt(i)!;
      const l = cp > 0xffff ? 2 : 1;
      this.pos = i + l;
      this.push(T.OP, i, i + l);
      return;
    }
    this.pos = i + len;
    this.push(k, i, i + len);
  }
}

/** Tokenize a source string. `src` must already be newline-normalized
 * (see normalizeNewlines) and BOM-stripped. */
export function tokenize(src: string, opts: TokenizeOptions = {}): TokenizeResult {
  const si = new SourceInfo(src, opts.filename ?? '<string>', opts.firstLine ?? 1, opts.firstLineColShift ?? 0);
  const tk = new Tokenizer(si);
  tk.crAtEnd = !!opts.crAtEnd;
  tk.implicitNewline = opts.implicitNewline ?? true;
  return tk.run();
}
