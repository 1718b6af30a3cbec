// Public entry point of the Python 3.11 parser.
//
//   parse(source, filename = '<string>', mode = 'exec'): Module
//
// Throws PySyntaxError (SyntaxError / IndentationError / TabError) with
// CPython-compatible msg, lineno, offset (1-based characters), text,
// end_lineno, end_offset. Never throws anything else.

import type { Expr, Expression, Interactive, Module, Stmt } from '../ast.js';
import { PySyntaxError } from '../errors.js';
import { normalizeNewlines, T, tokenize, type TokenizeResult } from '../tokenizer.js';
import { type FStringMode, isParseFail, Parser, TOKENIZER_ERROR, TOO_COMPLEX } from './core.js';
import { expression, starExpressions } from './expressions.js';
import { file, statement } from './statements.js';

export type ParseMode = 'exec' | 'eval' | 'single';

/** Parse an f-string replacement field: `text` is "(" + expr + ")".
 * Like CPython, this runs a complete (two-pass) sub-parser whose errors are
 * prefixed with "f-string: ". */
function parseFStringExpr(outer: Parser, text: string, line: number, col: number): Expr {
  if (outer.fstringDepth > 20) outer.tooComplex();
  const r = tokenize(text, { filename: outer.filename, firstLine: line, firstLineColShift: col });
  // fstring: star_expressions
  return twoPass(r, { startCol: col }, outer.fstringDepth + 1, outer.level, (p) => starExpressions(p));
}

function tokFlag(e: unknown, sym: symbol): boolean {
  return !!(e as Record<symbol, boolean>)[sym];
}

/** Apply CPython's _PyPegen_set_syntax_error / tokenize_full_source rules and throw. */
function finishError(e: unknown, p: Parser, r: TokenizeResult, allowOverride = true): never {
  try {
    finishError1(e, p, r, allowOverride);
  } catch (x) {
    if (x instanceof PySyntaxError && reachedEof(p, r)) x.atEof = true;
    throw x;
  }
}

/** Did the parser fetch a token that only exists because the input ended (the DEDENTs and
 *  ENDMARKER at EOF)? CPython's _is_end_of_source: such a failure may go away with more input. */
function reachedEof(p: Parser, r: TokenizeResult): boolean {
  const toks = r.tokens;
  if (toks.length === 0 || toks[toks.length - 1].kind !== T.ENDMARKER) return false;
  let eofStart = toks.length - 1;
  while (eofStart > 0 && toks[eofStart - 1].kind === T.DEDENT) eofStart--;
  return p.maxFill - 1 >= eofStart;
}

function finishError1(e: unknown, p: Parser, r: TokenizeResult, allowOverride: boolean): never {
  let err: PySyntaxError;
  if (e instanceof PySyntaxError) {
    if (tokFlag(e, TOKENIZER_ERROR)) {
      delete (e as unknown as Record<symbol, boolean>)[TOKENIZER_ERROR];
      throw e;
    }
    err = e;
  } else if (e instanceof RangeError) {
    // JS stack exhausted despite the depth limits: still a clean SyntaxError
    err = new PySyntaxError('SyntaxError', TOO_COMPLEX, p.filename, 1, 0, '', 1, 0);
  } else {
    throw e;
  }
  // CPython (_PyPegen_tokenize_full_source_to_check_for_errors): tokenizer
  // errors later in the file take precedence over parser errors; an
  // unclosed bracket only if it was opened before the line of the furthest
  // token fetched.
  const te = r.error;
  if (te && allowOverride) {
    if (te.overrides) throw te.error;
    if (te.parenLine !== undefined) {
      const last = p.tokens[Math.max(0, p.maxFill - 1)];
      if (last.lineno > te.parenLine) throw te.error;
    }
  }
  throw err;
}

/**
 * CPython's _PyPegen_run_parser: a first pass without the invalid_* rules;
 * if it fails, a second pass with them enabled to find a specific error; if
 * that finds nothing, a generic error at the furthest token of the first pass.
 */
function twoPass<R>(r: TokenizeResult, fstring: FStringMode | null, depth: number, level: number, body: (p: Parser) => R): R {
  const p1 = new Parser(r.tokens, r.source, r.error, fstring, depth, parseFStringExpr);
  p1.noInvalid = 1;
  p1.level = level;
  try {
    return body(p1);
  } catch (e) {
    if (!isParseFail(e)) finishError(e, p1, r);
  }
  const firstFill = p1.fill;
  const p2 = new Parser(r.tokens, r.source, r.error, fstring, depth, parseFStringExpr);
  p2.fill = firstFill;
  p2.maxFill = p1.maxFill;
  p2.memo = new Map();
  p2.level = level;
  try {
    body(p2);
  } catch (e) {
    if (!isParseFail(e)) finishError(e, p2, r);
  }
  // generic error at the last token of the first pass
  const last = r.tokens[Math.max(0, firstFill - 1)];
  let err: PySyntaxError;
  try {
    if (last.kind === T.INDENT || last.kind === T.DEDENT) {
      p2.fstring = null;
      p2.raiseLast(last.kind === T.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    }
    p2.raiseAt(last, 'invalid syntax');
  } catch (e) {
    err = e as PySyntaxError;
    if (last.kind === T.INDENT || last.kind === T.DEDENT) throw err;
  }
  finishError(err!, p2, r);
}

function run<R>(source: string, filename: string, body: (p: Parser) => R, exec = true): R {
  if (source.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 1, 0, '', 1, 0);
  }
  let src = normalizeNewlines(source);
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const r = tokenize(src, { filename, crAtEnd: source.endsWith('\r\n') || source.endsWith('\r'), implicitNewline: exec });
  return twoPass(r, null, 0, 0, body);
}

/** Parse a module (mode 'exec'), an expression (mode 'eval') or an
 * interactive statement (mode 'single'). */
export function parse(source: string, filename?: string): Module;
export function parse(source: string, filename: string, mode: 'exec'): Module;
export function parse(source: string, filename: string, mode: 'eval'): Expression;
export function parse(source: string, filename: string, mode: 'single', opts?: ParseOptions): Interactive;
export function parse(source: string, filename = '<string>', mode: ParseMode = 'exec', opts: ParseOptions = {}): Module | Expression | Interactive {
  if (mode === 'single' && opts.allowIncomplete) return parseInteractive(source, filename);
  if (mode === 'eval') {
    return run(source, filename, (p) => {
      // eval: expressions NEWLINE* ENDMARKER
      const start = p.peek();
      const first = expression(p);
      let body: Expr = first;
      if (p.at(T.COMMA)) {
        const elts = [first];
        while (p.eat(T.COMMA)) {
          const k = p.peekKind();
          if (k === T.NEWLINE || k === T.ENDMARKER) break;
          elts.push(expression(p));
        }
        body = p.fin({ _type: 'Tuple', elts, ctx: 'Load' }, start);
      }
      while (p.eat(T.NEWLINE));
      p.expect(T.ENDMARKER);
      return { _type: 'Expression', body } as Expression;
    }, false);
  }
  if (mode === 'single') {
    return run(source, filename, (p) => {
      // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
      // (CPython turns the first ENDMARKER into NEWLINE for single input, and
      // then rejects any further source text: bad_single_statement)
      const body: Stmt[] = [];
      if (p.at(T.ENDMARKER)) p.fail();
      statement(p, body);
      for (let k = p.peekKind(); k !== T.ENDMARKER; k = p.peekKind()) {
        if (k !== T.DEDENT) {
          const last = p.tokens[p.pos - 1];
          const compound = /^(Async)?(FunctionDef|ClassDef|If|For|While|With|Try|TryStar|Match)$/.test(body[0]._type);
          if (!compound && last.kind === T.NEWLINE) {
            p.firstPass(() => p.raiseAt(last, 'multiple statements found while compiling a single statement'));
          }
          p.fail();
        }
        p.next();
      }
      return { _type: 'Interactive', body } as Interactive;
    });
  }
  return run(source, filename, file);
}

export interface ParseOptions {
  /** 'single' only: input that more lines could complete raises SyntaxError('incomplete input')
   *  with `incomplete` set (CPython's PyCF_ALLOW_INCOMPLETE_INPUT, as codeop and REPLs use it). */
  allowIncomplete?: boolean;
}

/** Errors the tokenizer reports only because the input ended. */
const EOF_TOKEN_ERRORS = /^('.' was never closed|unterminated triple-quoted string literal|unexpected EOF while parsing)/;

function incompleteInput(filename: string, source: string): PySyntaxError {
  const lines = source.split('\n');
  const e = new PySyntaxError('SyntaxError', 'incomplete input', filename, lines.length, (lines[lines.length - 1] ?? '').length + 1, '');
  e.incomplete = true;
  return e;
}

function parseInteractive(source: string, filename: string): Interactive {
  let mod: Interactive;
  try {
    mod = parse(source, filename, 'single');
  } catch (e) {
    if (e instanceof PySyntaxError && (e.atEof || (e.pyType === 'SyntaxError' && EOF_TOKEN_ERRORS.test(e.msg)))) throw incompleteInput(filename, source);
    throw e;
  }
  // a compound statement goes on until an empty line, as at CPython's prompt (its tokenizer does
  // not end the last block before the input ends with a newline)
  const first = mod.body[0];
  const src = normalizeNewlines(source);
  if (first && /^(Async)?(FunctionDef|ClassDef|If|For|While|With|Try|TryStar|Match)$/.test(first._type) && !src.endsWith('\n')) {
    throw incompleteInput(filename, source);
  }
  return mod;
}

export { PySyntaxError } from '../errors.js';
export { tokenize } from '../tokenizer.js';
