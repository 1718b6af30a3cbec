// Expression grammar (CPython 3.11 Grammar/python.gram, "EXPRESSIONS" and
// "ATOMS" sections). One function per production; the rule is quoted above
// each function. Binary operators use a precedence table instead of one
// function per level (bitwise_or ... term).

import type {
  Arg, Arguments, CmpOpKind, Comprehension, ConstValue, Expr, Keyword, Name, OperatorKind, Pos, Starred, UnaryOpKind,
} from '../ast.js';
import { T, type Token } from '../tokenizer.js';
import { memoized, ParseFail, Parser } from './core.js';
import { concatenateStrings, type StringHost } from './strings.js';
import { getExprName, getInvalidTarget, setContext, TargetsType } from './targets.js';

// ---------------------------------------------------------------- tables

/** binary operator token -> [precedence, operator] (bitwise_or=1 ... term=6) */
const BINOPS = new Map<T, [number, OperatorKind]>([
  [T.VBAR, [1, 'BitOr']],
  [T.CIRCUMFLEX, [2, 'BitXor']],
  [T.AMPER, [3, 'BitAnd']],
  [T.LEFTSHIFT, [4, 'LShift']],
  [T.RIGHTSHIFT, [4, 'RShift']],
  [T.PLUS, [5, 'Add']],
  [T.MINUS, [5, 'Sub']],
  [T.STAR, [6, 'Mult']],
  [T.SLASH, [6, 'Div']],
  [T.DOUBLESLASH, [6, 'FloorDiv']],
  [T.PERCENT, [6, 'Mod']],
  [T.AT, [6, 'MatMult']],
]);

const UNARY = new Map<T, UnaryOpKind>([
  [T.PLUS, 'UAdd'],
  [T.MINUS, 'USub'],
  [T.TILDE, 'Invert'],
]);

const CMPOPS = new Map<T, CmpOpKind>([
  [T.EQEQUAL, 'Eq'],
  [T.NOTEQUAL, 'NotEq'],
  [T.LESS, 'Lt'],
  [T.LESSEQUAL, 'LtE'],
  [T.GREATER, 'Gt'],
  [T.GREATEREQUAL, 'GtE'],
  [T.In, 'In'],
  [T.Is, 'Is'],
]);

export const AUGASSIGN = new Map<T, OperatorKind>([
  [T.PLUSEQUAL, 'Add'],
  [T.MINEQUAL, 'Sub'],
  [T.STAREQUAL, 'Mult'],
  [T.ATEQUAL, 'MatMult'],
  [T.SLASHEQUAL, 'Div'],
  [T.PERCENTEQUAL, 'Mod'],
  [T.AMPEREQUAL, 'BitAnd'],
  [T.VBAREQUAL, 'BitOr'],
  [T.CIRCUMFLEXEQUAL, 'BitXor'],
  [T.LEFTSHIFTEQUAL, 'LShift'],
  [T.RIGHTSHIFTEQUAL, 'RShift'],
  [T.DOUBLESTAREQUAL, 'Pow'],
  [T.DOUBLESLASHEQUAL, 'FloorDiv'],
]);

/** Max length of left-recursive chains (a+b+c..., a.b.c..., f()()...): the
 * resulting AST would be too deep for later recursive passes. CPython raises
 * RecursionError during compilation for such inputs. */
const MAX_CHAIN = 5000;

/** tokens that can start an expression (used by the invalid_* checks) */
function startsExpression(k: T): boolean {
  switch (k) {
    case T.NAME: case T.NUMBER: case T.STRING: case T.LPAR: case T.LSQB: case T.LBRACE:
    case T.MINUS: case T.PLUS: case T.TILDE: case T.Not: case T.Lambda: case T.Await:
    case T.None: case T.True: case T.False: case T.ELLIPSIS:
      return true;
    default:
      return false;
  }
}

/** SOFT_KEYWORD token check. CPython 3.11's _PyPegen_soft_keyword_token
 * compares with strncmp(keyword, token, len(token)), so any non-empty prefix of
 * "match", "case" or "_" (e.g. `c`, `ma`) counts as a soft keyword. */
function isSoftKeyword(t: Token): boolean {
  if (t.kind !== T.NAME) return false;
  const s = t.text;
  return s.length > 0 && ('match'.startsWith(s) || 'case'.startsWith(s) || '_'.startsWith(s));
}

export function posOf(e: Pos): Pos {
  return { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

function span(a: Pos, b: Pos): Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

/** was `e` wrapped in parentheses? (its start differs from its first token) */
export function startsAt(e: Pos, t: Token): boolean {
  return e.lineno === t.lineno && e.col_offset === t.col;
}

// ---------------------------------------------------------------- top level

/**
 * star_expressions:
 *     | star_expression (',' star_expression )+ [',']
 *     | star_expression ','
 *     | star_expression
 */
export function starExpressions(p: Parser): Expr {
  const start = p.peek();
  const first = starExpression(p);
  if (!p.at(T.COMMA)) return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (!startsStarExpression(p.peekKind())) break;
    elts.push(starExpression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: 'Load' }, start);
}

function startsStarExpression(k: T): boolean {
  return k === T.STAR || k === T.Yield ? k === T.STAR : startsExpression(k);
}

/**
 * star_expression:
 *     | '*' bitwise_or
 *     | expression
 */
export function starExpression(p: Parser): Expr {
  if (p.at(T.STAR)) {
    const t = p.next();
    const v = bitwiseOr(p);
    return p.fin({ _type: 'Starred', value: v, ctx: 'Load' }, t);
  }
  return expression(p);
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser, closer: T): Expr[] {
  const elts = [starNamedExpression(p)];
  while (p.eat(T.COMMA)) {
    if (p.at(closer)) break;
    elts.push(starNamedExpression(p));
  }
  return elts;
}

/**
 * star_named_expression:
 *     | '*' bitwise_or
 *     | named_expression
 */
export function starNamedExpression(p: Parser): Expr {
  if (p.at(T.STAR)) {
    const t = p.next();
    const v = bitwiseOr(p);
    return p.fin({ _type: 'Starred', value: v, ctx: 'Load' }, t);
  }
  return namedExpression(p);
}

/**
 * assignment_expression: NAME ':=' ~ expression
 * named_expression:
 *     | assignment_expression
 *     | invalid_named_expression
 *     | expression !':='
 */
export function namedExpression(p: Parser): Expr {
  const t = p.peek();
  if (t.kind === T.NAME && p.peekAt(1).kind === T.COLONEQUAL) {
    p.next();
    p.next();
    const value = expression(p);
    const target: Name = { _type: 'Name', id: t.text, ctx: 'Store', lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
    return p.fin({ _type: 'NamedExpr', target, value }, t);
  }
  const e = expression(p);
  const k = p.peekKind();
  if (k === T.COLONEQUAL) {
    // invalid_named_expression: a=expression ':=' expression
    const r = p.check(() => {
      p.next();
      expression(p);
      return true;
    });
    if (r) p.raiseAt(e, `cannot use assignment expressions with ${getExprName(e)}`);
    p.fail();
  }
  if (k === T.EQUAL) invalidNamedExpressionEq(p, e, t);
  return e;
}

/** Is `e` (which started at token `start`) a bitwise_or-level expression? */
function isBitwiseOr(e: Expr, start: Token): boolean {
  if (!startsAt(e, start)) return true; // parenthesized: an atom
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

/** does `e` start with a list / tuple / genexp / True / None / False atom? */
function startsWithExcludedAtom(e: Expr, start: Token): boolean {
  if (start.kind === T.True || start.kind === T.None || start.kind === T.False) return true;
  if (start.kind !== T.LSQB && start.kind !== T.LPAR) return false;
  // find the leftmost atom starting at `start`
  let x: Expr = e;
  for (;;) {
    if (startsAt(x, start) && (x._type === 'List' || x._type === 'Tuple' || x._type === 'GeneratorExp')) return true;
    switch (x._type) {
      case 'BinOp': x = x.left; continue;
      case 'Attribute': case 'Subscript': x = x.value; continue;
      case 'Call': x = x.func; continue;
      case 'Await': x = x.value; continue;
      default: return false;
    }
  }
}

/**
 * invalid_named_expression (the '=' alternatives):
 *     | a=NAME '=' b=bitwise_or !('='|':=')
 *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
 * Called with the current token '='. Raises or returns.
 */
export function invalidNamedExpressionEq(p: Parser, e: Expr, start: Token): void {
  if (p.noInvalid) return;
  const isName = e._type === 'Name' && startsAt(e, start) && e.end_col_offset === start.end_col && e.end_lineno === start.end_lineno;
  const alt3 = !isName && isBitwiseOr(e, start) && !startsWithExcludedAtom(e, start);
  if (!isName && !alt3) return;
  const b = p.check(() => {
    p.next();
    const b = bitwiseOr(p);
    const k = p.peekKind();
    if (k === T.EQUAL || k === T.COLONEQUAL) p.fail();
    return b;
  });
  if (b === null) return;
  if (isName) p.raiseRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  p.raiseAt(e, `cannot assign to ${getExprName(e)} here. Maybe you meant '==' instead of '='?`);
}

/**
 * expression:
 *     | invalid_expression
 *     | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef
 */
export function expression(p: Parser): Expr {
  return p.memo === null ? expressionRule(p) : memoized(p, 0, expressionRule);
}

function expressionRule(p: Parser): Expr {
  const start = p.peek();
  if (start.kind === T.Lambda) return lambdef(p);
  p.enter();
  const startPos = p.pos;
  const a = disjunction(p);
  const k = p.peekKind();
  if (k === T.If) {
    const r = p.tryParse((): Expr => {
      p.next();
      const b = disjunction(p);
      if (!p.at(T.Else)) {
        // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
        if (!p.at(T.COLON)) p.raiseRange(a, b, "expected 'else' after 'if' expression");
        p.fail();
      }
      p.next();
      const c = expression(p);
      return p.fin({ _type: 'IfExp', test: b, body: a, orelse: c }, start);
    });
    p.leave();
    return r ?? a;
  }
  if (startsExpression(k)) invalidExpression(p, a, start, startPos);
  p.leave();
  return a;
}

function isLegacyName(a: Expr, start: Token): boolean {
  return a._type === 'Name' && (a.id === 'print' || a.id === 'exec') && startsAt(a, start) && a.end_col_offset === start.end_col;
}

/**
 * invalid_expression:
 *    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid  (inside brackets)
 * invalid_legacy_expression:
 *    | a=NAME !'(' b=star_expressions  (print / exec)
 */
function invalidExpression(p: Parser, a: Expr, start: Token, startPos: number): void {
  if (p.noInvalid) return;
  const legacy = isLegacyName(a, start);
  if (!isSoftKeyword(start) && !(start.kind === T.NAME && p.tokens[startPos + 1]?.kind === T.STRING)) {
    let endPos = 0;
    const b = p.checkNoInvalid(() => {
      const b = expressionWithoutInvalid(p);
      endPos = p.pos;
      return b;
    });
    if (b && !legacy && p.tokens[endPos - 1].level !== 0) p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
  }
  // invalid_legacy_expression: a=NAME !'(' b=star_expressions (b is parsed
  // with the invalid_* rules enabled, so errors inside it surface here)
  const isName = a._type === 'Name' && startsAt(a, start) && a.end_col_offset === start.end_col && a.end_lineno === start.end_lineno;
  if (isName && !p.at(T.LPAR)) {
    const b = p.check(() => starExpressions(p));
    if (b && legacy) p.raiseRange(a, b, `Missing parentheses in call to '${(a as Name).id}'. Did you mean ${(a as Name).id}(...)?`);
  }
}

/** expression_without_invalid: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
function expressionWithoutInvalid(p: Parser): Expr {
  const start = p.peek();
  if (start.kind === T.Lambda) return lambdef(p);
  p.enter();
  const a = disjunction(p);
  if (p.at(T.If)) {
    const r = p.tryParse((): Expr => {
      p.next();
      const b = disjunction(p);
      p.expect(T.Else);
      const c = expressionWithoutInvalid(p);
      return p.fin({ _type: 'IfExp', test: b, body: a, orelse: c }, start);
    });
    p.leave();
    return r ?? a;
  }
  p.leave();
  return a;
}

/**
 * yield_expr:
 *     | 'yield' 'from' expression
 *     | 'yield' [star_expressions]
 */
export function yieldExpr(p: Parser): Expr {
  const t = p.expect(T.Yield);
  if (p.eat(T.From)) {
    const v = expression(p);
    return p.fin({ _type: 'YieldFrom', value: v }, t);
  }
  const k = p.peekKind();
  const v = startsExpression(k) || k === T.STAR ? starExpressions(p) : null;
  return p.fin({ _type: 'Yield', value: v }, t);
}

/** disjunction: conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): Expr {
  return p.memo === null ? disjunctionRule(p) : memoized(p, 1, disjunctionRule);
}

function disjunctionRule(p: Parser): Expr {
  const start = p.peek();
  const a = conjunction(p);
  if (!p.at(T.Or)) return a;
  const values = [a];
  while (p.at(T.Or)) {
    const save = p.pos;
    const lvl = p.level;
    p.next();
    let v: Expr;
    try {
      v = conjunction(p);
    } catch (x) {
      if (!(x instanceof ParseFail)) throw x;
      p.pos = save;
      p.level = lvl;
      break;
    }
    values.push(v);
    if (values.length > MAX_CHAIN) p.tooComplex();
  }
  if (values.length === 1) return a;
  return p.fin({ _type: 'BoolOp', op: 'Or', values }, start);
}

/** conjunction: inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): Expr {
  const start = p.peek();
  const a = inversion(p);
  if (!p.at(T.And)) return a;
  const values = [a];
  while (p.at(T.And)) {
    const save = p.pos;
    const lvl = p.level;
    p.next();
    let v: Expr;
    try {
      v = inversion(p);
    } catch (x) {
      if (!(x instanceof ParseFail)) throw x;
      p.pos = save;
      p.level = lvl;
      break;
    }
    values.push(v);
    if (values.length > MAX_CHAIN) p.tooComplex();
  }
  if (values.length === 1) return a;
  return p.fin({ _type: 'BoolOp', op: 'And', values }, start);
}

/** inversion: 'not' inversion | comparison   (iterative) */
export function inversion(p: Parser): Expr {
  if (!p.at(T.Not)) return comparison(p);
  const nots: Token[] = [];
  while (p.at(T.Not)) {
    nots.push(p.next());
    p.enter();
  }
  let e = comparison(p);
  for (let i = nots.length - 1; i >= 0; i--) {
    e = p.fin({ _type: 'UnaryOp', op: 'Not', operand: e }, nots[i]);
    p.leave();
  }
  return e;
}

/**
 * comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
 * compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'  (each followed by bitwise_or)
 */
export function comparison(p: Parser): Expr {
  const start = p.peek();
  const left = bitwiseOr(p);
  let ops: CmpOpKind[] | null = null;
  let comparators: Expr[] | null = null;
  for (;;) {
    const t = p.peek();
    let op = CMPOPS.get(t.kind);
    let two = false;
    if (op === undefined) {
      if (t.kind === T.Not && p.peekAt(1).kind === T.In) {
        op = 'NotIn';
        two = true;
      } else break;
    } else if (t.kind === T.NOTEQUAL && t.text !== '!=') {
      // '<>' (only valid with barry_as_FLUFL)
      break;
    } else if (t.kind === T.Is && p.peekAt(1).kind === T.Not) {
      op = 'IsNot';
      two = true;
    }
    const save = p.pos;
    const lvl = p.level;
    p.next();
    if (two) p.next();
    let right: Expr;
    try {
      right = bitwiseOr(p);
    } catch (x) {
      if (!(x instanceof ParseFail)) throw x;
      p.pos = save;
      p.level = lvl;
      break;
    }
    (ops ??= []).push(op);
    (comparators ??= []).push(right);
    if (ops.length > MAX_CHAIN) p.tooComplex();
  }
  if (ops === null) return left;
  return p.fin({ _type: 'Compare', left, ops, comparators: comparators! }, start);
}

/** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor  (and all the binary levels below) */
export function bitwiseOr(p: Parser): Expr {
  return binary(p, 1);
}

/**
 * Precedence climbing over:
 *   bitwise_or '|', bitwise_xor '^', bitwise_and '&', shift_expr '<<' '>>',
 *   sum '+' '-', term '*' '/' '//' '%' '@'  (all left-associative)
 */
function binary(p: Parser, minPrec: number): Expr {
  const start = p.peek();
  let left = factor(p);
  let n = 0;
  for (;;) {
    const e = BINOPS.get(p.peekKind());
    if (e === undefined || e[0] < minPrec) return left;
    const save = p.pos;
    const lvl = p.level;
    p.next();
    let right: Expr;
    try {
      right = e[0] === 6 ? factor(p) : binary(p, e[0] + 1);
    } catch (x) {
      if (!(x instanceof ParseFail)) throw x;
      p.pos = save;
      p.level = lvl;
      return left;
    }
    left = p.fin({ _type: 'BinOp', left, op: e[1], right }, start);
    if (++n > MAX_CHAIN) p.tooComplex();
  }
}

/**
 * factor:
 *     | '+' factor
 *     | '-' factor
 *     | '~' factor
 *     | power
 * (iterative over the unary prefix operators)
 */
export function factor(p: Parser): Expr {
  const op0 = UNARY.get(p.peekKind());
  if (op0 === undefined) return power(p);
  const ops: [Token, UnaryOpKind][] = [];
  for (;;) {
    const op = UNARY.get(p.peekKind());
    if (op === undefined) break;
    ops.push([p.next(), op]);
    p.enter();
  }
  let e = power(p);
  for (let i = ops.length - 1; i >= 0; i--) {
    e = p.fin({ _type: 'UnaryOp', op: ops[i][1], operand: e }, ops[i][0]);
    p.leave();
  }
  return e;
}

/** power: await_primary '**' factor | await_primary */
export function power(p: Parser): Expr {
  const start = p.peek();
  const a = awaitPrimary(p);
  if (!p.at(T.DOUBLESTAR)) return a;
  const b = p.tryParse(() => {
    p.next();
    p.enter();
    const b = factor(p);
    p.leave();
    return b;
  });
  if (b === null) return a;
  return p.fin({ _type: 'BinOp', left: a, op: 'Pow', right: b }, start);
}

/** await_primary: AWAIT primary | primary */
export function awaitPrimary(p: Parser): Expr {
  if (p.at(T.Await)) {
    const t = p.next();
    const v = primary(p);
    return p.fin({ _type: 'Await', value: v }, t);
  }
  return primary(p);
}

/**
 * primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom
 */
export function primary(p: Parser): Expr {
  const start = p.peek();
  let e = atom(p);
  let n = 0;
  for (;;) {
    const k = p.peekKind();
    if (k !== T.DOT && k !== T.LPAR && k !== T.LSQB) return e;
    // PEG: a trailer that fails to parse leaves `primary` as it was
    const save = p.pos;
    const lvl = p.level;
    try {
      if (k === T.DOT) {
        p.next();
        const name = p.expect(T.NAME);
        e = p.fin({ _type: 'Attribute', value: e, attr: name.text, ctx: 'Load' }, start);
      } else if (k === T.LPAR) {
        e = callTrailer(p, e, start);
      } else {
        p.next();
        const s = slices(p);
        p.expect(T.RSQB);
        e = p.fin({ _type: 'Subscript', value: e, slice: s, ctx: 'Load' }, start);
      }
    } catch (x) {
      if (!(x instanceof ParseFail)) throw x;
      p.pos = save;
      p.level = lvl;
      return e;
    }
    if (++n > MAX_CHAIN) p.tooComplex();
  }
}

/**
 * slices:
 *     | slice !','
 *     | ','.(slice | starred_expression)+ [',']
 */
export function slices(p: Parser): Expr {
  const start = p.peek();
  const first = sliceItem(p);
  if (!p.at(T.COMMA) && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (p.at(T.RSQB)) break;
    elts.push(sliceItem(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: 'Load' }, start);
}

/**
 * slice:
 *     | [expression] ':' [expression] [':' [expression] ]
 *     | named_expression
 * starred_expression: '*' expression
 */
function sliceItem(p: Parser): Expr {
  const start = p.peek();
  if (start.kind === T.STAR) {
    p.next();
    const v = expression(p);
    return p.fin({ _type: 'Starred', value: v, ctx: 'Load' }, start);
  }
  let lower: Expr | null = null;
  if (start.kind !== T.COLON) {
    lower = namedExpression(p);
    if (!p.at(T.COLON)) return lower;
    if (lower._type === 'NamedExpr' && startsAt(lower, start)) p.fail();
  }
  p.next(); // ':'
  let k = p.peekKind();
  const upper = k === T.COLON || k === T.RSQB || k === T.COMMA ? null : expression(p);
  let step: Expr | null = null;
  if (p.eat(T.COLON)) {
    k = p.peekKind();
    step = k === T.RSQB || k === T.COMMA ? null : expression(p);
  }
  return p.fin({ _type: 'Slice', lower, upper, step }, start);
}

// ---------------------------------------------------------------- atoms

/**
 * atom:
 *     | NAME
 *     | 'True' | 'False' | 'None'
 *     | &STRING strings
 *     | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...'
 */
export function atom(p: Parser): Expr {
  const t = p.peek();
  switch (t.kind) {
    case T.NAME:
      p.next();
      return { _type: 'Name', id: t.text, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
    case T.True:
    case T.False:
      p.next();
      return constant({ t: 'bool', v: t.kind === T.True }, t);
    case T.None:
      p.next();
      return constant({ t: 'None' }, t);
    case T.ELLIPSIS:
      p.next();
      return constant({ t: 'Ellipsis' }, t);
    case T.NUMBER:
      p.next();
      return constant(parseNumber(t.text), t);
    case T.STRING:
      return strings(p);
    case T.LPAR:
      return parenAtom(p);
    case T.LSQB:
      return listAtom(p);
    case T.LBRACE:
      return braceAtom(p);
    default:
      p.fail();
  }
}

function constant(value: ConstValue, t: Token): Expr {
  return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
}

/** Value of a NUMBER token. */
export function parseNumber(text: string): ConstValue {
  let s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106 /* j */) return { t: 'complex', v: Number(s.slice(0, -1)) };
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return { t: 'int', v: BigInt(s.slice(0, 2).toLowerCase() + s.slice(2)) };
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { t: 'float', v: Number(s) };
  }
  // decimal integer (leading zeros allowed only for 0)
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  s = s.slice(i);
  return { t: 'int', v: BigInt(s) };
}

/** strings: STRING+ */
export function strings(p: Parser): Expr {
  const toks: Token[] = [];
  while (p.at(T.STRING)) toks.push(p.next());
  // string / f-string errors are raised by CPython's first pass (actions)
  return concatenateStrings(stringHost(p), toks);
}

function stringHost(p: Parser): StringHost {
  return {
    si: p.si,
    // (inside an f-string sub-parser CPython prefixes these messages with
    // "f-string: " once more, e.g. "f-string: f-string: empty expression ...")
    errorAtLast: (msg: string) => p.firstPass(() => p.raiseLast(msg)),
    errorAtToken: (tok: Token, msg: string) => p.firstPass(() => p.raiseAt(tok, msg)),
    parseFStringExpr: (text: string, line: number, col: number) => p.parseFStringExprHook(p, text, line, col),
  };
}

/**
 * tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
 * group: '(' (yield_expr | named_expression) ')' | invalid_group
 * genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
 */
function parenAtom(p: Parser): Expr {
  const start = p.next();
  const k = p.peekKind();
  if (k === T.RPAR) {
    p.next();
    return p.fin({ _type: 'Tuple', elts: [], ctx: 'Load' }, start);
  }
  if (k === T.Yield) {
    const y = yieldExpr(p);
    p.expect(T.RPAR);
    return y;
  }
  if (k === T.DOUBLESTAR) {
    // invalid_group: '(' a='**' expression ')'
    const a = p.next();
    const ok = p.check(() => {
      expression(p);
      return p.at(T.RPAR);
    });
    if (ok) p.raiseAt(a, 'cannot use double starred expression here');
    p.fail();
  }
  p.enter();
  const first = starNamedExpression(p);
  let r: Expr;
  const k2 = p.peekKind();
  if (k2 === T.For || k2 === T.Async) {
    if (first._type === 'Starred') invalidStarredComprehension(p, first);
    const gens = forIfClauses(p);
    p.expect(T.RPAR);
    r = p.fin({ _type: 'GeneratorExp', elt: first, generators: gens }, start);
  } else if (k2 === T.COMMA) {
    const elts = [first];
    while (p.eat(T.COMMA)) {
      if (p.at(T.RPAR)) break;
      elts.push(starNamedExpression(p));
    }
    p.expect(T.RPAR);
    r = p.fin({ _type: 'Tuple', elts, ctx: 'Load' }, start);
  } else if (k2 === T.RPAR) {
    if (first._type === 'Starred') p.raiseAt(first, 'cannot use starred expression here');
    p.next();
    r = first;
  } else {
    p.fail();
  }
  p.leave();
  return r;
}

/** invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses */
function invalidStarredComprehension(p: Parser, a: Starred): never {
  const ok = p.check(() => forIfClauses(p));
  if (ok) p.raiseAt(a, 'iterable unpacking cannot be used in comprehension');
  p.fail();
}

/**
 * invalid_comprehension:
 *     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
 */
function checkUnparenthesizedCompTarget(p: Parser, elts: Expr[], trailingComma: Token | null): void {
  const k = p.peekKind();
  if (k !== T.For && k !== T.Async) return;
  const ok = p.check(() => forIfClauses(p));
  if (!ok) return;
  if (elts.length > 1) p.raiseRange(elts[0], elts[elts.length - 1], 'did you forget parentheses around the comprehension target?');
  if (trailingComma) p.raiseRange(elts[0], trailingComma, 'did you forget parentheses around the comprehension target?');
}

/**
 * list: '[' [star_named_expressions] ']'
 * listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 */
function listAtom(p: Parser): Expr {
  const start = p.next();
  if (p.at(T.RSQB)) {
    p.next();
    return p.fin({ _type: 'List', elts: [], ctx: 'Load' }, start);
  }
  p.enter();
  const first = starNamedExpression(p);
  const k = p.peekKind();
  let r: Expr;
  if (k === T.For || k === T.Async) {
    if (first._type === 'Starred') invalidStarredComprehension(p, first);
    const gens = forIfClauses(p);
    p.expect(T.RSQB);
    r = p.fin({ _type: 'ListComp', elt: first, generators: gens }, start);
  } else {
    const elts = [first];
    let comma: Token | null = null;
    while ((comma = p.eat(T.COMMA))) {
      if (!startsStarExpression(p.peekKind())) break;
      elts.push(starNamedExpression(p));
      comma = null;
    }
    if (!p.at(T.RSQB)) checkUnparenthesizedCompTarget(p, elts, comma);
    p.expect(T.RSQB);
    r = p.fin({ _type: 'List', elts, ctx: 'Load' }, start);
  }
  p.leave();
  return r;
}

/**
 * dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
 * set: '{' star_named_expressions '}'
 * dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
 * setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
 */
function braceAtom(p: Parser): Expr {
  const start = p.next();
  const k = p.peekKind();
  if (k === T.RBRACE) {
    p.next();
    return p.fin({ _type: 'Dict', keys: [], values: [] }, start);
  }
  p.enter();
  let r: Expr;
  if (k === T.DOUBLESTAR) {
    r = dictRest(p, start, null);
  } else {
    const firstTok = p.peek();
    const first = starNamedExpression(p);
    if (p.at(T.COLON) && first._type !== 'Starred' && !(first._type === 'NamedExpr' && startsAt(first, firstTok))) {
      r = dictRest(p, start, first);
    } else {
      const k2 = p.peekKind();
      if (k2 === T.For || k2 === T.Async) {
        if (first._type === 'Starred') invalidStarredComprehension(p, first);
        const gens = forIfClauses(p);
        p.expect(T.RBRACE);
        r = p.fin({ _type: 'SetComp', elt: first, generators: gens }, start);
      } else {
        const elts = [first];
        let comma: Token | null = null;
        while ((comma = p.eat(T.COMMA))) {
          if (!startsStarExpression(p.peekKind())) break;
          elts.push(starNamedExpression(p));
          comma = null;
        }
        if (!p.at(T.RBRACE)) checkUnparenthesizedCompTarget(p, elts, comma);
        p.expect(T.RBRACE);
        r = p.fin({ _type: 'Set', elts }, start);
      }
    }
  }
  p.leave();
  return r;
}

/**
 * double_starred_kvpairs: ','.double_starred_kvpair+ [',']
 * double_starred_kvpair: '**' bitwise_or | kvpair
 * kvpair: expression ':' expression
 */
function dictRest(p: Parser, start: Token, firstKey: Expr | null): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  let first = true;
  let key = firstKey;
  for (;;) {
    if (key === null && p.at(T.DOUBLESTAR)) {
      const st = p.next();
      const v = bitwiseOr(p);
      if (first && (p.at(T.For) || p.at(T.Async))) {
        const ok = p.check(() => {
          forIfClauses(p);
          return p.at(T.RBRACE);
        });
        if (ok) p.raiseAt(st, 'dict unpacking cannot be used in dict comprehension');
        p.fail();
      }
      keys.push(null);
      values.push(v);
    } else {
      if (key === null) {
        // invalid_double_starred_kvpairs / invalid_kvpair take precedence
        // over the comma check for keys after the first entry
        const k0 = p.checkNoInvalid(() => {
          const k = expressionWithoutInvalid(p);
          return p.at(T.COLON) ? null : k;
        });
        if (k0 !== null) {
          const off = p.offsetOf(k0.lineno, k0.end_col_offset - 1);
          p.emit(p.mkError('SyntaxError', "':' expected after dictionary key", k0.lineno, off, k0.end_lineno, 0));
        }
        key = expression(p);
      }
      if (!p.at(T.COLON)) {
        // invalid_kvpair: a=expression !(':')
        if (!first) {
          const off = p.offsetOf(key.lineno, key.end_col_offset - 1);
          p.emit(p.mkError('SyntaxError', "':' expected after dictionary key", key.lineno, off, key.end_lineno, 0));
        }
        p.fail();
      }
      const colon = p.next();
      const k = p.peekKind();
      if (k === T.STAR) {
        const st = p.peek();
        const ok = p.check(() => {
          p.next();
          bitwiseOr(p);
          return true;
        });
        if (ok) p.raiseFrom(st, 'cannot use a starred expression in a dictionary value');
        p.fail();
      }
      if (k === T.RBRACE || k === T.COMMA) p.raiseAt(colon, "expression expected after dictionary key and ':'");
      const v = expression(p);
      if (first && (p.at(T.For) || p.at(T.Async))) {
        const gens = forIfClauses(p);
        p.expect(T.RBRACE);
        return p.fin({ _type: 'DictComp', key, value: v, generators: gens }, start);
      }
      keys.push(key);
      values.push(v);
    }
    first = false;
    key = null;
    if (!p.eat(T.COMMA)) break;
    if (p.at(T.RBRACE)) break;
  }
  p.expect(T.RBRACE);
  return p.fin({ _type: 'Dict', keys, values }, start);
}

/**
 * for_if_clauses: for_if_clause+
 * for_if_clause:
 *     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
 *     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
 *     | invalid_for_target
 */
export function forIfClauses(p: Parser): Comprehension[] {
  const gens: Comprehension[] = [];
  for (;;) {
    const k = p.peekKind();
    let isAsync = 0;
    if (k === T.Async) {
      if (p.peekAt(1).kind !== T.For) break;
      p.next();
      isAsync = 1;
    } else if (k !== T.For) break;
    const forTok = p.next();
    const target = forTarget(p, forTok);
    p.expect(T.In);
    const iter = disjunction(p);
    const ifs: Expr[] = [];
    while (p.eat(T.If)) ifs.push(disjunction(p));
    gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  if (gens.length === 0) p.fail();
  return gens;
}

/** star_targets followed by 'in', with invalid_for_target error reporting */
export function forTarget(p: Parser, forTok: Token): Expr {
  const afterFor = p.pos;
  const t = p.speculate(() => {
    const t = starTargets(p);
    if (!p.at(T.In)) p.fail();
    return t;
  });
  if (t !== null) return t;
  // invalid_for_target: ASYNC? 'for' a=star_expressions
  p.pos = afterFor;
  const e = p.check(() => starExpressions(p));
  if (e) {
    const bad = getInvalidTarget(e, TargetsType.FOR_TARGETS);
    if (bad) p.raiseAt(bad, `cannot assign to ${getExprName(bad)}`);
  }
  p.pos = afterFor;
  void forTok;
  starTargets(p);
  p.expect(T.In);
  p.fail();
}

// ---------------------------------------------------------------- targets

/**
 * star_targets:
 *     | star_target !','
 *     | star_target (',' star_target )* [',']
 */
export function starTargets(p: Parser): Expr {
  const start = p.peek();
  const first = starTarget(p);
  if (!p.at(T.COMMA)) return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    const e = p.speculate(() => starTarget(p));
    if (e === null) break;
    elts.push(e);
  }
  return p.fin({ _type: 'Tuple', elts, ctx: 'Store' }, start);
}

/**
 * star_target:
 *     | '*' (!'*' star_target)
 *     | target_with_star_atom
 * target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
 * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
 */
export function starTarget(p: Parser): Expr {
  if (p.at(T.STAR)) {
    const t = p.next();
    if (p.at(T.STAR)) p.fail();
    p.enter();
    const v = starTarget(p);
    p.leave();
    return p.fin({ _type: 'Starred', value: v, ctx: 'Store' }, t);
  }
  const e = primary(p);
  if (getInvalidTarget(e, TargetsType.STAR_TARGETS) !== null) p.fail();
  return setContext(e, 'Store');
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function isSingleTarget(e: Expr): boolean {
  return e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript';
}

// ---------------------------------------------------------------- calls

/**
 * primary '(' [arguments] ')' | primary genexp
 * arguments: args [','] &')' | invalid_arguments
 * args:
 *     | ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs ]
 *     | kwargs
 * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
 * kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
 */
function callTrailer(p: Parser, func: Expr, start: Token): Expr {
  const lpar = p.next();
  p.enter();
  const { args, keywords } = callArguments(p, lpar);
  p.expect(T.RPAR);
  p.leave();
  return p.fin({ _type: 'Call', func, args, keywords }, start);
}

export function callArguments(p: Parser, lpar: Token, isCall = true): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  if (p.at(T.RPAR)) return { args, keywords };
  let sawKeyword = false;
  let sawDoubleStar = false;
  let pendingError: string | null = null;
  let firstArg: Pos | null = null;
  for (;;) {
    const t = p.peek();
    const k = t.kind;
    if (k === T.STAR) {
      // invalid_arguments: kwargs ',' a='*'  (a '*' that kwargs could not take)
      if (sawDoubleStar) p.raiseAt(t, 'iterable argument unpacking follows keyword argument unpacking');
      const v = p.tryParse(() => {
        p.next();
        return expression(p);
      });
      if (v === null) {
        if (sawKeyword) p.raiseAt(t, 'iterable argument unpacking follows keyword argument unpacking');
        p.fail();
      }
      const st: Starred = p.fin({ _type: 'Starred', value: v, ctx: 'Load' }, t);
      args.push(st);
    } else if (k === T.DOUBLESTAR) {
      p.next();
      const v = expression(p);
      keywords.push(p.fin({ _type: 'keyword', arg: null, value: v }, t));
      sawDoubleStar = true;
    } else if ((k === T.NAME || k === T.True || k === T.False || k === T.None) && p.peekAt(1).kind === T.EQUAL) {
      p.next();
      const eq = p.next();
      if (k !== T.NAME) p.raiseRange(t, eq, `cannot assign to ${t.text}`);
      const v = expression(p);
      if (p.at(T.For) || p.at(T.Async)) {
        const ok = p.check(() => forIfClauses(p));
        if (ok) p.raiseRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      keywords.push(p.fin({ _type: 'keyword', arg: t.text, value: v }, t));
      sawKeyword = true;
    } else {
      const startTok = t;
      // not in the grammar (first pass): positional argument after keywords
      if ((sawKeyword || sawDoubleStar) && p.noInvalid) p.fail();
      const e = namedExpressionArg(p);
      if (p.at(T.EQUAL)) {
        // invalid_kwarg: !(NAME '=') a=expression b='='
        p.raiseRange(e, p.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
      }
      const k2 = p.peekKind();
      if (k2 === T.For || k2 === T.Async) {
        // class bases use `arguments` without the `primary genexp` form
        if (!isCall && p.noInvalid) p.fail();
        const gens = forIfClauses(p);
        const lastGen = gens[gens.length - 1];
        const lastItem = lastGen.ifs.length ? lastGen.ifs[lastGen.ifs.length - 1] : lastGen.iter;
        if (isCall && args.length === 0 && keywords.length === 0 && p.at(T.RPAR)) {
          // primary genexp: the generator's parentheses are the call's
          const r = p.peek();
          args.push({
            _type: 'GeneratorExp', elt: e, generators: gens,
            lineno: lpar.lineno, col_offset: lpar.col, end_lineno: r.end_lineno, end_col_offset: r.end_col,
          });
          return { args, keywords };
        }
        // invalid_arguments:
        //   a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        //   a=args b=for_if_clauses  (with more than one positional argument)
        //   args ',' a=expression b=for_if_clauses
        if (p.at(T.COMMA) || args.length > 0) p.raiseRange(e, lastItem, 'Generator expression must be parenthesized');
        p.fail();
      }
      void startTok;
      if ((sawKeyword || sawDoubleStar) && pendingError === null) {
        pendingError = sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
      }
      args.push(e);
    }
    firstArg ??= args.length ? args[0] : keywords[0];
    if (!p.eat(T.COMMA)) break;
    if (p.at(T.RPAR)) break;
  }
  if (pendingError !== null) {
    p.peek();
    p.raiseLast(pendingError);
  }
  return { args, keywords };
}

/** assignment_expression | expression !':=' */
function namedExpressionArg(p: Parser): Expr {
  const t = p.peek();
  if (t.kind === T.NAME && p.peekAt(1).kind === T.COLONEQUAL) return namedExpression(p);
  const e = expression(p);
  if (p.at(T.COLONEQUAL)) p.fail();
  return e;
}

// ---------------------------------------------------------------- lambda / parameters

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): Expr {
  const t = p.expect(T.Lambda);
  p.enter();
  const args = parameters(p, true);
  p.expect(T.COLON);
  const body = expression(p);
  p.leave();
  return p.fin({ _type: 'Lambda', args, body }, t);
}

export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/**
 * params / lambda_params (parameters, slash_no_default, slash_with_default,
 * star_etc, kwds, param_no_default, param_with_default, param_maybe_default
 * and the invalid_parameters / invalid_star_etc / invalid_kwds rules).
 * Stops before ')' (def) or ':' (lambda).
 */
export function parameters(p: Parser, lambda: boolean): Arguments {
  const close = lambda ? T.COLON : T.RPAR;
  const a = emptyArguments();
  let args: Arg[] = [];
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  let starOrSlashSeen = false;
  let slashBeforeDefault = false;
  let paramsAfterSlash = false;
  while (!p.at(close)) {
    const t = p.peek();
    if (t.kind === T.SLASH) {
      if (sawStar) p.raiseAt(t, '/ must be ahead of *');
      if (sawSlash) p.raiseAt(t, '/ may appear only once');
      if (args.length === 0) {
        if (p.peekAt(1).kind === T.COMMA) p.raiseAt(t, 'at least one argument must precede /');
        p.fail();
      }
      p.next();
      a.posonlyargs = args;
      args = [];
      sawSlash = true;
      slashBeforeDefault = !sawDefault;
      if (!p.eat(T.COMMA)) {
        if (p.at(T.STAR)) p.raiseAt(p.peek(), 'expected comma between / and *');
        if (!p.at(close)) p.fail();
      }
      continue;
    }
    if (t.kind === T.STAR) {
      if (sawStar) {
        const nk = p.peekAt(1).kind;
        if (nk === T.NAME || nk === T.COMMA) p.raiseAt(t, '* argument may appear only once');
        p.fail();
      }
      p.next();
      sawStar = true;
      starOrSlashSeen = true;
      if (p.at(T.COMMA)) {
        p.next();
        if (p.at(close) || p.at(T.DOUBLESTAR)) {
          if (lambda) p.raiseLast('named arguments must follow bare *');
          p.raiseAt(t, 'named arguments must follow bare *');
        }
      } else if (p.at(close)) {
        if (lambda) p.raiseLast('named arguments must follow bare *');
        p.raiseAt(t, 'named arguments must follow bare *');
      } else {
        a.vararg = param(p, lambda, true);
        if (p.at(T.EQUAL)) p.raiseAt(p.peek(), 'var-positional argument cannot have default value');
        if (!p.eat(T.COMMA) && !p.at(close)) p.fail();
      }
      continue;
    }
    if (t.kind === T.DOUBLESTAR) {
      p.next();
      a.kwarg = param(p, lambda, false);
      if (p.at(T.EQUAL)) p.raiseAt(p.peek(), 'var-keyword argument cannot have default value');
      if (p.eat(T.COMMA)) {
        const n = p.peek();
        if (n.kind === T.NAME) {
          const bad = param(p, lambda, false);
          p.raiseAt(bad, 'arguments cannot follow var-keyword argument');
        }
        if (n.kind === T.STAR || n.kind === T.DOUBLESTAR || n.kind === T.SLASH) p.raiseAt(n, 'arguments cannot follow var-keyword argument');
      }
      if (!p.at(close)) p.fail();
      break;
    }
    if (t.kind === T.LPAR && !sawStar) {
      // invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
      const rpar = p.check(() => {
        p.next();
        p.expect(T.NAME);
        if (!lambda && p.eat(T.COLON)) expression(p);
        while (p.eat(T.COMMA)) {
          if (p.at(T.RPAR)) break;
          p.expect(T.NAME);
          if (!lambda && p.eat(T.COLON)) expression(p);
        }
        return p.expect(T.RPAR);
      });
      if (rpar) p.raiseRange(t, rpar, lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
      p.fail();
    }
    if (t.kind !== T.NAME) p.fail();
    const arg = param(p, lambda, false);
    let d: Expr | null = null;
    if (p.at(T.EQUAL)) {
      const eq = p.next();
      const k = p.peekKind();
      if (k === T.COMMA || k === T.RPAR) p.raiseAt(eq, 'expected default value expression');
      d = expression(p);
    }
    if (sawStar) {
      a.kwonlyargs.push(arg);
      a.kw_defaults.push(d);
    } else if (d !== null) {
      a.defaults.push(d);
      args.push(arg);
      sawDefault = true;
    } else {
      // invalid_parameters: param_no_default* invalid_parameters_helper a=param_no_default
      // (helper: slash_with_default | param_with_default+) -- the defaults run must
      // not contain the '/' and may only be followed by it
      if (sawDefault) {
        const nk = p.peekKind();
        if (!slashBeforeDefault && !paramsAfterSlash && (nk === T.COMMA || nk === close)) {
          p.raiseAt(arg, 'non-default argument follows default argument');
        }
        p.fail();
      }
      args.push(arg);
    }
    if (sawSlash) paramsAfterSlash = true;
    if (!p.eat(T.COMMA)) {
      if (!p.at(close)) {
        if (p.at(T.SLASH) && !sawStar) {
          // '/' must be preceded by a comma-separated list; `a /` is fine only as `a, /`
        }
        p.fail();
      }
      break;
    }
  }
  void starOrSlashSeen;
  a.args = args;
  return a;
}

/** param: NAME annotation? ; param_star_annotation: NAME star_annotation ; lambda_param: NAME */
function param(p: Parser, lambda: boolean, star: boolean): Arg {
  const t = p.expect(T.NAME);
  let annotation: Expr | null = null;
  if (!lambda && p.eat(T.COLON)) annotation = star ? starExpression(p) : expression(p);
  return p.fin({ _type: 'arg', arg: t.text, annotation, type_comment: null }, t);
}

export { span };
