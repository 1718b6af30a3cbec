// Parser state, token access and CPython-compatible error reporting.
//
// The grammar functions live in expressions.ts / statements.ts / patterns.ts
// as plain functions taking the Parser. The parser is a hand-written
// recursive-descent parser following CPython 3.11's PEG grammar
// (Grammar/python.gram); where the PEG grammar backtracks we either look
// ahead or backtrack explicitly (see `speculate`).
//
// Error model (mirrors pegen, see index.ts `twoPass`):
//  * `ParseFail` = "no alternative matched" (PEG failure; callers backtrack).
//  * First pass: the invalid_* emulation is disabled (`noInvalid`), only
//    "first pass" errors are raised (forced tokens `&&':'`, string literal
//    decoding, tokenizer errors). If it fails, a second pass runs with the
//    invalid_* checks enabled; specific errors throw PySyntaxError directly
//    and abort the parse. If nothing specific is found: the generic
//    "invalid syntax" at the furthest token fetched by the first pass
//    (`fill`), or "unexpected indent"/"unexpected unindent".
//  * Fetching the tokenizer's ERRORTOKEN throws the tokenizer error.

import type { Expr, Pos } from '../ast.js';
import { PySyntaxError, type PySyntaxErrorType } from '../errors.js';
import { T, type SourceInfo, type TokError, type Token } from '../tokenizer.js';

/** "no alternative matched" (generic syntax error, located later) */
export class ParseFail {
  readonly isParseFail = true;
}
const FAIL = new ParseFail();

/** Marks a PySyntaxError thrown by fetching the tokenizer's ERRORTOKEN. */
export const TOKENIZER_ERROR = Symbol('tokenizerError');

/** Max recursion depth of the parser (CPython: MAXSTACK 6000 rule calls ->
 * MemoryError "Parser stack overflowed"). We raise a SyntaxError instead. */
export const MAX_DEPTH = 3000;
export const TOO_COMPLEX = 'too many nested expressions (Python source too complex to parse)';

export interface FStringMode {
  /** CPython's p->starting_col_offset */
  startCol: number;
}

export class Parser {
  tokens: Token[];
  pos = 0;
  /** number of tokens fetched so far (CPython's p->fill, first pass) */
  fill = 0;
  /** furthest token ever fetched, including second-pass style checks */
  maxFill = 0;
  /** second pass only: pegen-style memo for `expression`/`disjunction`
   * (shared between invalid-enabled and -disabled parses, like CPython's) */
  memo: Map<number, MemoEntry> | null = null;
  /** >0 inside `*_without_invalid` rules: second-pass errors become failures */
  noInvalid = 0;
  /** raising a first-pass error (never suppressed by noInvalid) */
  forceRaise = false;
  si: SourceInfo;
  tokErr: TokError | null;
  filename: string;
  /** recursion depth */
  level = 0;
  fstring: FStringMode | null;
  /** nesting of f-string sub-parsers */
  fstringDepth: number;
  /** hook to parse an f-string expression (set by index.ts) */
  parseFStringExprHook: (p: Parser, text: string, line: number, col: number) => Expr;
  constructor(
    tokens: Token[],
    si: SourceInfo,
    tokErr: TokError | null,
    fstring: FStringMode | null,
    fstringDepth: number,
    hook: (p: Parser, text: string, line: number, col: number) => Expr,
  ) {
    this.tokens = tokens;
    this.si = si;
    this.tokErr = tokErr;
    this.filename = si.filename;
    this.fstring = fstring;
    this.fstringDepth = fstringDepth;
    this.parseFStringExprHook = hook;
  }

  // ------------------------------------------------------------ tokens
  fetch(i: number): Token {
    const toks = this.tokens;
    if (i >= toks.length) i = toks.length - 1;
    if (i >= this.fill) {
      this.fill = i + 1;
      if (i >= this.maxFill) this.maxFill = i + 1;
      const t = toks[i];
      if (t.kind === T.ERRORTOKEN) {
        const e = this.tokErr!.error;
        (e as unknown as Record<symbol, boolean>)[TOKENIZER_ERROR] = true;
        throw e;
      }
    }
    return toks[i];
  }

  /** current token */
  peek(): Token {
    const i = this.pos;
    return i < this.fill ? this.tokens[i] : this.fetch(i);
  }

  peekKind(): T {
    const i = this.pos;
    return (i < this.fill ? this.tokens[i] : this.fetch(i)).kind;
  }

  peekAt(k: number): Token {
    return this.fetch(this.pos + k);
  }

  at(kind: T): boolean {
    return this.peekKind() === kind;
  }

  next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  eat(kind: T): Token | null {
    const t = this.peek();
    if (t.kind !== kind) return null;
    this.pos++;
    return t;
  }

  expect(kind: T): Token {
    const t = this.peek();
    if (t.kind !== kind) this.fail();
    this.pos++;
    return t;
  }

  /** `&&'x'` in the grammar: "expected 'x'" at the current token */
  expectForced(kind: T, text: string): Token {
    const t = this.peek();
    if (t.kind !== kind) this.firstPass(() => this.raiseAt(t, `expected '${text}'`));
    this.pos++;
    return t;
  }

  /** soft keyword check */
  atName(name: string): boolean {
    const t = this.peek();
    return t.kind === T.NAME && t.text === name;
  }

  prev(): Token {
    return this.tokens[this.pos - 1];
  }

  fail(): never {
    throw FAIL;
  }

  // ------------------------------------------------------------ positions
  /** position from a start token to the last consumed token */
  loc(start: Token | Pos): Pos {
    // CPython: _PyPegen_get_last_nonnwhitespace_token
    let m = this.pos - 1;
    let e = this.tokens[m];
    while (m > 0 && (e.kind === T.NEWLINE || e.kind === T.INDENT || e.kind === T.DEDENT || e.kind === T.ENDMARKER)) e = this.tokens[--m];
    if ('end_col' in start) {
      return { lineno: start.lineno, col_offset: start.col, end_lineno: e.end_lineno, end_col_offset: e.end_col };
    }
    return { lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col };
  }

  /** Add the position (start .. last consumed token) to a new node, in
   * place (cheaper than spreading `loc()`: no temporary object). */
  fin<const N extends object>(o: N, start: Token | Pos): N & Pos {
    let m = this.pos - 1;
    let e = this.tokens[m];
    while (m > 0 && (e.kind === T.NEWLINE || e.kind === T.INDENT || e.kind === T.DEDENT || e.kind === T.ENDMARKER)) e = this.tokens[--m];
    const r = o as N & Pos;
    if ('end_col' in start) {
      r.lineno = start.lineno;
      r.col_offset = start.col;
    } else {
      r.lineno = start.lineno;
      r.col_offset = start.col_offset;
    }
    r.end_lineno = e.end_lineno;
    r.end_col_offset = e.end_col;
    return r;
  }

  // ------------------------------------------------------------ depth
  enter(): void {
    if (++this.level > MAX_DEPTH) this.tooComplex();
  }

  leave(): void {
    this.level--;
  }

  tooComplex(): never {
    const t = this.tokens[Math.min(this.pos, this.tokens.length - 1)];
    const col = t.col < 0 ? 0 : t.col;
    throw this.mkError('SyntaxError', TOO_COMPLEX, t.lineno, this.offsetOf(t.lineno, col), t.lineno, this.offsetOf(t.lineno, col));
  }

  // ------------------------------------------------------------ errors
  /** CPython: byte col (0-based) -> 1-based character offset on that line */
  offsetOf(lineno: number, byteCol: number): number {
    // f-string sub-parsers: CPython's string tokenizer has no encoding set, so
    // offsets stay in bytes (relative to the "(...)" expression text)
    if (this.fstring) return byteCol + 1 - this.fstring.startCol;
    return this.si.byteToCharCol(lineno, byteCol + 1);
  }

  mkError(type: PySyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
    if (this.fstring) msg = 'f-string: ' + msg;
    return new PySyntaxError(type, msg, this.filename, lineno, offset, this.si.errorText(lineno), endLineno, endOffset);
  }

  /** Throw a specific error, or fail plainly inside `*_without_invalid` rules. */
  emit(e: PySyntaxError): never {
    if (this.noInvalid > 0 && !this.forceRaise) throw FAIL;
    throw e;
  }

  /** Raise a first-pass error (never turned into a failure). */
  firstPass(f: () => never): never {
    const saved = this.forceRaise;
    this.forceRaise = true;
    try {
      f();
    } finally {
      this.forceRaise = saved;
    }
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) */
  raiseAt(a: Token | Pos, msg: string, type: PySyntaxErrorType = 'SyntaxError'): never {
    let lineno: number, col: number, el: number, ec: number;
    if ('end_col' in a) {
      lineno = a.lineno;
      col = a.col;
      el = a.end_lineno;
      ec = a.end_col;
    } else {
      lineno = a.lineno;
      col = a.col_offset;
      el = a.end_lineno;
      ec = a.end_col_offset;
    }
    const off = col < 0 ? 0 : this.offsetOf(lineno, col);
    const eoff = ec < 0 ? 0 : this.offsetOf(el, ec);
    this.emit(this.mkError(type, msg, lineno, off, el, eoff));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  raiseRange(a: Token | Pos, b: Token | Pos, msg: string): never {
    const [l1, c1] = 'end_col' in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    const [l2, c2] = 'end_col' in b ? [b.end_lineno, b.end_col] : [b.end_lineno, b.end_col_offset];
    this.emit(this.mkError('SyntaxError', msg, l1, c1 < 0 ? 0 : this.offsetOf(l1, c1), l2, c2 < 0 ? -1 : this.offsetOf(l2, c2)));
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  raiseFrom(a: Token | Pos, msg: string): never {
    const [l1, c1] = 'end_col' in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    // CURRENT_POS: the tokenizer's position, after the furthest token fetched
    const t = this.tokens[Math.max(0, this.maxFill - 1)];
    this.emit(this.mkError('SyntaxError', msg, l1, this.offsetOf(l1, c1), t.end_lineno, t.end_col < 0 ? -1 : this.offsetOf(t.end_lineno, t.end_col - 1)));
  }

  /** RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR: at the last token fetched */
  raiseLast(msg: string, type: PySyntaxErrorType = 'SyntaxError'): never {
    const t = this.tokens[Math.max(0, this.fill - 1)];
    if (t.col < 0) {
      // INDENT/DEDENT/error tokens: CPython uses the tokenizer's current position
      const off = this.si.charCol(t.lineno, t.cur ?? t.start);
      this.emit(this.mkError(type, msg, t.lineno, off, t.lineno, -1));
    }
    this.emit(this.mkError(type, msg, t.lineno, this.offsetOf(t.lineno, t.col), t.end_lineno, this.offsetOf(t.end_lineno, t.end_col)));
  }

  /** Convert a ParseFail into CPython's generic error at the furthest token. */
  genericError(): PySyntaxError {
    const t = this.tokens[Math.max(0, this.fill - 1)];
    try {
      if (t.kind === T.INDENT) this.raiseLast('unexpected indent', 'IndentationError');
      if (t.kind === T.DEDENT) this.raiseLast('unexpected unindent', 'IndentationError');
      this.raiseAt(t, 'invalid syntax');
    } catch (e) {
      return e as PySyntaxError;
    }
  }

  // ------------------------------------------------------------ backtracking
  /**
   * Try alternative `f`; on ParseFail restore the position and return null
   * (specific errors propagate). `keepFill` false restores `fill` too.
   */
  /**
   * Run `f` as a pure check (CPython's second-pass invalid_* lookahead):
   * position, depth and `fill` are always restored; failures return null.
   */
  check<R>(f: () => R): R | null {
    const pos = this.pos;
    const fill = this.fill;
    const level = this.level;
    try {
      return f();
    } catch (e) {
      // like CPython's second pass, specific errors raised inside propagate
      if (e instanceof ParseFail) return null;
      throw e;
    } finally {
      this.pos = pos;
      this.fill = fill;
      this.level = level;
    }
  }

  /**
   * Like `check`, for rules named `*_without_invalid`: pegen disables all
   * invalid_* rules inside them, so second-pass errors become plain failures.
   */
  checkNoInvalid<R>(f: () => R): R | null {
    this.noInvalid++;
    try {
      return this.check(f);
    } finally {
      this.noInvalid--;
    }
  }

  /** PEG-style optional continuation: run `f`; on ParseFail restore the
   * position (not `fill`) and return null. */
  tryParse<R>(f: () => R): R | null {
    const pos = this.pos;
    const level = this.level;
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseFail) {
        this.pos = pos;
        this.level = level;
        return null;
      }
      throw e;
    }
  }

  speculate<R>(f: () => R, keepFill = true, errOut?: unknown[]): R | null {
    const pos = this.pos;
    const fill = this.fill;
    const level = this.level;
    try {
      return f();
    } catch (e) {
      // like pegen, a raised (specific) error aborts the whole parse
      if (e instanceof ParseFail) {
        this.pos = pos;
        this.level = level;
        if (!keepFill) this.fill = fill;
        if (errOut) errOut[0] = e;
        return null;
      }
      throw e;
    }
  }
}

export type MemoEntry = { node: Expr; end: number } | null;

/** Run rule `f` through the second-pass memo under key `key`. */
export function memoized(p: Parser, key: number, f: (p: Parser) => Expr): Expr {
  const memo = p.memo!;
  const k = p.pos * 4 + key;
  const m = memo.get(k);
  if (m !== undefined) {
    if (m === null) p.fail();
    p.pos = m.end;
    return m.node;
  }
  try {
    const r = f(p);
    memo.set(k, { node: r, end: p.pos });
    return r;
  } catch (e) {
    if (e instanceof ParseFail) memo.set(k, null);
    throw e;
  }
}

export function isParseFail(e: unknown): e is ParseFail {
  return e instanceof ParseFail;
}
