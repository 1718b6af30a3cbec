// Pattern grammar for `match` statements (CPython 3.11 python.gram,
// "Pattern matching" section).

import type { Expr, Name, Pattern } from '../ast.js';
import { T, type Token } from '../tokenizer.js';
import { Parser } from './core.js';
import { expression, parseNumber, strings } from './expressions.js';
import { getExprName } from './targets.js';

/**
 * patterns:
 *     | open_sequence_pattern
 *     | pattern
 * open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
 */
export function patterns(p: Parser): Pattern {
  const start = p.peek();
  const first = maybeStarPattern(p);
  if (!p.at(T.COMMA)) {
    if (first._type === 'MatchStar') p.fail();
    return first;
  }
  const pats = [first];
  while (p.eat(T.COMMA)) {
    const k = p.peekKind();
    if (k === T.COLON || k === T.If) break;
    pats.push(maybeStarPattern(p));
  }
  return p.fin({ _type: 'MatchSequence', patterns: pats }, start);
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): Pattern {
  if (p.at(T.STAR)) return starPattern(p);
  return pattern(p);
}

/**
 * star_pattern:
 *     | '*' pattern_capture_target
 *     | '*' wildcard_pattern
 */
function starPattern(p: Parser): Pattern {
  const t = p.next();
  const n = p.expect(T.NAME);
  return p.fin({ _type: 'MatchStar', name: n.text === '_' ? null : n.text }, t);
}

/**
 * pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
 */
export function pattern(p: Parser): Pattern {
  const start = p.peek();
  p.enter();
  const a = orPattern(p);
  if (p.at(T.As)) {
    p.next();
    const n = p.peek();
    if (n.kind === T.NAME && n.text === '_') p.raiseAt(n, "cannot use '_' as a target");
    if (n.kind !== T.NAME) {
      // invalid_as_pattern: or_pattern 'as' !NAME a=expression
      const e = p.check(() => expression(p));
      if (e) p.raiseAt(e, 'invalid pattern target');
      p.fail();
    }
    const nk = p.peekAt(1).kind;
    if (nk === T.DOT || nk === T.LPAR || nk === T.EQUAL) {
      const e = p.check(() => expression(p));
      if (e) p.raiseAt(e, 'invalid pattern target');
      p.fail();
    }
    p.next();
    p.leave();
    return p.fin({ _type: 'MatchAs', pattern: a, name: n.text }, start);
  }
  p.leave();
  return a;
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): Pattern {
  const start = p.peek();
  const first = closedPattern(p);
  if (!p.at(T.VBAR)) return first;
  const pats = [first];
  while (p.eat(T.VBAR)) pats.push(closedPattern(p));
  return p.fin({ _type: 'MatchOr', patterns: pats }, start);
}

function nameExpr(t: Token, ctx: 'Load' | 'Store' = 'Load'): Name {
  return { _type: 'Name', id: t.text, ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
}

/**
 * closed_pattern:
 *     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
 */
function closedPattern(p: Parser): Pattern {
  const t = p.peek();
  switch (t.kind) {
    case T.NAME: {
      const nk = p.peekAt(1).kind;
      if (nk !== T.DOT && nk !== T.LPAR && nk !== T.EQUAL) {
        // capture_pattern / wildcard_pattern
        p.next();
        return p.fin({ _type: 'MatchAs', pattern: null, name: t.text === '_' ? null : t.text }, t);
      }
      // value_pattern (attr) or class_pattern
      const cls = nameOrAttr(p);
      if (p.at(T.LPAR)) return classPattern(p, cls, t);
      if (cls._type === 'Name') p.fail();
      if (p.at(T.EQUAL)) p.fail();
      return p.fin({ _type: 'MatchValue', value: cls }, t);
    }
    case T.None:
      p.next();
      return p.fin({ _type: 'MatchSingleton', value: { t: 'None' } }, t);
    case T.True:
    case T.False:
      p.next();
      return p.fin({ _type: 'MatchSingleton', value: { t: 'bool', v: t.kind === T.True } }, t);
    case T.STRING:
    case T.NUMBER:
    case T.MINUS: {
      const v = literalExpr(p);
      return p.fin({ _type: 'MatchValue', value: v }, t);
    }
    case T.LPAR: {
      // group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')'
      p.next();
      if (p.at(T.RPAR)) {
        p.next();
        return p.fin({ _type: 'MatchSequence', patterns: [] }, t);
      }
      p.enter();
      const first = maybeStarPattern(p);
      if (p.at(T.RPAR) && first._type !== 'MatchStar') {
        p.next();
        p.leave();
        return first;
      }
      const pats = [first];
      p.expect(T.COMMA);
      while (!p.at(T.RPAR)) {
        pats.push(maybeStarPattern(p));
        if (!p.eat(T.COMMA)) break;
      }
      p.expect(T.RPAR);
      p.leave();
      return p.fin({ _type: 'MatchSequence', patterns: pats }, t);
    }
    case T.LSQB: {
      // sequence_pattern: '[' maybe_sequence_pattern? ']'
      p.next();
      p.enter();
      const pats: Pattern[] = [];
      while (!p.at(T.RSQB)) {
        pats.push(maybeStarPattern(p));
        if (!p.eat(T.COMMA)) break;
      }
      p.expect(T.RSQB);
      p.leave();
      return p.fin({ _type: 'MatchSequence', patterns: pats }, t);
    }
    case T.LBRACE:
      return mappingPattern(p);
    default:
      p.fail();
  }
}

/** name_or_attr: attr | NAME ; attr: name_or_attr '.' NAME */
function nameOrAttr(p: Parser): Expr {
  const start = p.peek();
  let e: Expr = nameExpr(p.expect(T.NAME));
  while (p.eat(T.DOT)) {
    const n = p.expect(T.NAME);
    e = p.fin({ _type: 'Attribute', value: e, attr: n.text, ctx: 'Load' }, start);
  }
  return e;
}

/**
 * literal_expr / literal_pattern values:
 *     | signed_number !('+' | '-')
 *     | complex_number
 *     | strings
 * complex_number: signed_real_number ('+' | '-') imaginary_number
 * signed_number: NUMBER | '-' NUMBER
 */
function literalExpr(p: Parser): Expr {
  const t = p.peek();
  if (t.kind === T.STRING) return strings(p);
  if (t.kind === T.None || t.kind === T.True || t.kind === T.False) {
    p.next();
    const value = t.kind === T.None ? { t: 'None' as const } : { t: 'bool' as const, v: t.kind === T.True };
    return p.fin({ _type: 'Constant', value, kind: null }, t);
  }
  let real: Expr;
  if (t.kind === T.MINUS) {
    p.next();
    const n = p.expect(T.NUMBER);
    const c: Expr = p.fin({ _type: 'Constant', value: parseNumber(n.text), kind: null }, n);
    real = p.fin({ _type: 'UnaryOp', op: 'USub', operand: c }, t);
  } else {
    const n = p.expect(T.NUMBER);
    real = p.fin({ _type: 'Constant', value: parseNumber(n.text), kind: null }, n);
  }
  const k = p.peekKind();
  if (k !== T.PLUS && k !== T.MINUS) return real;
  // complex_number
  const realConst = real._type === 'UnaryOp' ? real.operand : real;
  if (realConst._type === 'Constant' && realConst.value.t === 'complex') p.raiseAt(realConst, 'real number required in complex literal');
  const op = p.next();
  const n = p.expect(T.NUMBER);
  const imag: Expr = p.fin({ _type: 'Constant', value: parseNumber(n.text), kind: null }, n);
  if ((imag as { value: { t: string } }).value.t !== 'complex') p.raiseAt(imag, 'imaginary number required in complex literal');
  return p.fin({ _type: 'BinOp', left: real, op: op.kind === T.PLUS ? 'Add' : 'Sub', right: imag }, t);
}

/**
 * mapping_pattern:
 *     | '{' '}'
 *     | '{' double_star_pattern ','? '}'
 *     | '{' items_pattern ',' double_star_pattern ','? '}'
 *     | '{' items_pattern ','? '}'
 * key_value_pattern: (literal_expr | attr) ':' pattern
 * double_star_pattern: '**' pattern_capture_target
 */
function mappingPattern(p: Parser): Pattern {
  const start = p.next();
  p.enter();
  const keys: Expr[] = [];
  const pats: Pattern[] = [];
  let rest: string | null = null;
  while (!p.at(T.RBRACE)) {
    if (p.at(T.DOUBLESTAR)) {
      p.next();
      const n = p.expect(T.NAME);
      if (n.text === '_') p.fail();
      rest = n.text;
      p.eat(T.COMMA);
      break;
    }
    const kt = p.peek();
    const key = kt.kind === T.NAME ? nameOrAttr(p) : literalExpr(p);
    if (key._type === 'Name') p.fail();
    p.expect(T.COLON);
    keys.push(key);
    pats.push(pattern(p));
    if (!p.eat(T.COMMA)) break;
  }
  p.expect(T.RBRACE);
  p.leave();
  return p.fin({ _type: 'MatchMapping', keys, patterns: pats, rest }, start);
}

/**
 * class_pattern:
 *     | name_or_attr '(' ')'
 *     | name_or_attr '(' positional_patterns ','? ')'
 *     | name_or_attr '(' keyword_patterns ','? ')'
 *     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
 *     | invalid_class_pattern
 * keyword_pattern: NAME '=' pattern
 */
function classPattern(p: Parser, cls: Expr, start: Token): Pattern {
  p.next(); // '('
  p.enter();
  const pats: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPats: Pattern[] = [];
  let badPositional: Pattern[] | null = null;
  while (!p.at(T.RPAR)) {
    const t = p.peek();
    if (t.kind === T.NAME && p.peekAt(1).kind === T.EQUAL) {
      p.next();
      p.next();
      kwdAttrs.push(t.text);
      kwdPats.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdAttrs.length) (badPositional ??= []).push(pat);
      else pats.push(pat);
    }
    if (!p.eat(T.COMMA)) break;
  }
  if (badPositional) {
    p.raiseRange(badPositional[0], badPositional[badPositional.length - 1], 'positional patterns follow keyword patterns');
  }
  p.expect(T.RPAR);
  p.leave();
  void getExprName;
  return p.fin({ _type: 'MatchClass', cls, patterns: pats, kwd_attrs: kwdAttrs, kwd_patterns: kwdPats }, start);
}
