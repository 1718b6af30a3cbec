// Public entry point of the Python 3.11 parser.
//
//   parse(source, filename = '<string>', mode = 'exec'): Module
//
// Throws PySyntaxError (SyntaxError / IndentationError / TabError) with
// CPython-compatible msg, lineno, offset (1-based characters), text,
// end_lineno, end_offset. Never throws anything else.

import type { Expr, Expression, Interactive, Module, Stmt } from '../ast.js';
import { PySyntaxError } from '../errors.js';
import { normalizeNewlines, T, tokenize } from '../tokenizer.js';
import { isParseFail, Parser, TOKENIZER_ERROR, TOO_COMPLEX } from './core.js';
import { expression, starExpressions } from './expressions.js';
import { file, statement } from './statements.js';

export type ParseMode = 'exec' | 'eval' | 'single';

function isTokErr(e: unknown): boolean {
  return !!(e as Record<symbol, boolean>)[TOKENIZER_ERROR];
}

/** Parse an f-string replacement field: `text` is "(" + expr + ")". */
function parseFStringExpr(outer: Parser, text: string, line: number, col: number): Expr {
  if (outer.fstringDepth > 20) outer.tooComplex();
  const r = tokenize(text, { filename: outer.filename, firstLine: line, firstLineColShift: col });
  const p = new Parser(r.tokens, r.source, r.error, { startCol: col }, outer.fstringDepth + 1, parseFStringExpr);
  p.level = outer.level;
  try {
    // fstring: star_expressions
    return starExpressions(p);
  } catch (e) {
    if (isParseFail(e)) throw p.genericError();
    if (e instanceof PySyntaxError && isTokErr(e)) {
      // tokenizer errors inside the expression are reported as-is
      delete (e as unknown as Record<symbol, boolean>)[TOKENIZER_ERROR];
    }
    throw e;
  }
}

function run<R>(source: string, filename: string, body: (p: Parser) => R): R {
  if (source.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 1, 0, '', 1, 0);
  }
  let src = normalizeNewlines(source);
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const r = tokenize(src, { filename });
  const p = new Parser(r.tokens, r.source, r.error, null, 0, parseFStringExpr);
  try {
    return body(p);
  } catch (e) {
    let err: PySyntaxError;
    if (isParseFail(e)) err = p.genericError();
    else if (e instanceof PySyntaxError) {
      if (isTokErr(e)) {
        delete (e as unknown as Record<symbol, boolean>)[TOKENIZER_ERROR];
        throw e;
      }
      err = e;
    } else if (e instanceof RangeError) {
      // JS stack exhausted despite the depth limits: still a clean SyntaxError
      err = new PySyntaxError('SyntaxError', TOO_COMPLEX, filename, 1, 0, '', 1, 0);
    } else {
      throw e;
    }
    // CPython (_PyPegen_tokenize_full_source_to_check_for_errors): tokenizer
    // errors later in the file take precedence over parser errors; an
    // unclosed bracket only if it was opened before the error line.
    const te = r.error;
    if (te) {
      if (te.overrides) throw te.error;
      if (te.parenLine !== undefined) {
        const last = p.tokens[Math.max(0, p.fill - 1)];
        if (last.lineno > te.parenLine) throw te.error;
      }
    }
    throw err;
  }
}

/** Parse a module (mode 'exec'), an expression (mode 'eval') or an
 * interactive statement (mode 'single'). */
export function parse(source: string, filename?: string): Module;
export function parse(source: string, filename: string, mode: 'exec'): Module;
export function parse(source: string, filename: string, mode: 'eval'): Expression;
export function parse(source: string, filename: string, mode: 'single'): Interactive;
export function parse(source: string, filename = '<string>', mode: ParseMode = 'exec'): Module | Expression | Interactive {
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
        body = { _type: 'Tuple', elts, ctx: 'Load', ...p.loc(start) };
      }
      while (p.eat(T.NEWLINE));
      p.expect(T.ENDMARKER);
      return { _type: 'Expression', body } as Expression;
    });
  }
  if (mode === 'single') {
    return run(source, filename, (p) => {
      // statement_newline (one statement or compound statement)
      const body: Stmt[] = [];
      while (p.eat(T.NEWLINE));
      if (!p.at(T.ENDMARKER)) statement(p, body);
      while (p.eat(T.NEWLINE));
      p.expect(T.ENDMARKER);
      return { _type: 'Interactive', body } as Interactive;
    });
  }
  return run(source, filename, file);
}

export { PySyntaxError } from '../errors.js';
export { tokenize } from '../tokenizer.js';
