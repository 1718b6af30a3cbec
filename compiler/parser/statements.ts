// Statement grammar (CPython 3.11 Grammar/python.gram, "STATEMENTS",
// "SIMPLE STATEMENTS" and "COMPOUND STATEMENTS" sections). One function per
// production with the rule quoted above it.

import type {
  Alias, ExceptHandler, Expr, Keyword, MatchCase, Module, Pos, Stmt, WithItem,
} from '../ast.js';
import { T, type Token } from '../tokenizer.js';
import { Parser } from './core.js';
import {
  AUGASSIGN, callArguments, emptyArguments, expression, forTarget, invalidNamedExpressionEq, isSingleTarget,
  namedExpression, parameters, primary, starExpressions, starNamedExpression, starTarget, startsAt, yieldExpr,
} from './expressions.js';
import { patterns } from './patterns.js';
import { getExprName, getInvalidTarget, setContext, TargetsType } from './targets.js';

// ---------------------------------------------------------------- file

/** file: [statements] ENDMARKER */
export function file(p: Parser): Module {
  const body: Stmt[] = [];
  while (!p.at(T.ENDMARKER)) statement(p, body);
  return { _type: 'Module', body, type_ignores: [] };
}

/** statements: statement+  (up to a DEDENT) */
function statementsUntilDedent(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  do statement(p, body);
  while (!p.at(T.DEDENT));
  return body;
}

/**
 * statement: compound_stmt | simple_stmts
 * compound_stmt:
 *     | &('def' | '@' | ASYNC) function_def
 *     | &'if' if_stmt
 *     | &('class' | '@') class_def
 *     | &('with' | ASYNC) with_stmt
 *     | &('for' | ASYNC) for_stmt
 *     | &'try' try_stmt
 *     | &'while' while_stmt
 *     | match_stmt
 */
export function statement(p: Parser, out: Stmt[]): void {
  const t = p.peek();
  switch (t.kind) {
    case T.Def:
      out.push(functionDef(p, [], null));
      return;
    case T.AT:
      out.push(decorated(p));
      return;
    case T.Async: {
      const k = p.peekAt(1).kind;
      if (k === T.Def) out.push(functionDef(p, [], null));
      else if (k === T.With) out.push(withStmt(p));
      else if (k === T.For) out.push(forStmt(p));
      else break;
      return;
    }
    case T.If:
      out.push(ifStmt(p));
      return;
    case T.Class:
      out.push(classDef(p, [], null));
      return;
    case T.With:
      out.push(withStmt(p));
      return;
    case T.For:
      out.push(forStmt(p));
      return;
    case T.Try:
      out.push(tryStmt(p));
      return;
    case T.While:
      out.push(whileStmt(p));
      return;
    case T.NAME:
      if (t.text === 'match') {
        const m = matchStmt(p);
        if (m !== null) {
          out.push(m);
          return;
        }
      }
      break;
    default:
      break;
  }
  simpleStmts(p, out);
}

/**
 * simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE
 */
export function simpleStmts(p: Parser, out: Stmt[]): void {
  out.push(simpleStmt(p));
  while (p.eat(T.SEMI)) {
    if (p.at(T.NEWLINE)) break;
    out.push(simpleStmt(p));
  }
  p.expect(T.NEWLINE);
}

/**
 * simple_stmt:
 *     | assignment
 *     | star_expressions
 *     | &'return' return_stmt
 *     | &('import' | 'from') import_stmt
 *     | &'raise' raise_stmt
 *     | 'pass'
 *     | &'del' del_stmt
 *     | &'yield' yield_stmt
 *     | &'assert' assert_stmt
 *     | 'break'
 *     | 'continue'
 *     | &'global' global_stmt
 *     | &'nonlocal' nonlocal_stmt
 */
function simpleStmt(p: Parser): Stmt {
  const t = p.peek();
  switch (t.kind) {
    case T.Return: return returnStmt(p);
    case T.Import: return importName(p);
    case T.From: return importFrom(p);
    case T.Raise: return raiseStmt(p);
    case T.Pass:
      p.next();
      return p.fin({ _type: 'Pass' }, t);
    case T.Break:
      p.next();
      return p.fin({ _type: 'Break' }, t);
    case T.Continue:
      p.next();
      return p.fin({ _type: 'Continue' }, t);
    case T.Del: return delStmt(p);
    case T.Assert: return assertStmt(p);
    case T.Global:
    case T.Nonlocal: return globalStmt(p);
    default: return assignmentOrExpr(p);
  }
}

// ---------------------------------------------------------------- assignment

/**
 * assignment:
 *     | NAME ':' expression ['=' annotated_rhs ]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
 *     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ (yield_expr | star_expressions)
 *     | invalid_assignment
 * (parsed expression-first; the left-hand side is then validated as a target)
 */
function assignmentOrExpr(p: Parser): Stmt {
  const start = p.peek();
  const startIdx = p.pos;
  const first = p.at(T.Yield) ? yieldExpr(p) : starExpressions(p);
  const t = p.peek();
  if (t.kind === T.EQUAL) return assign(p, start, first, startIdx);
  const aug = AUGASSIGN.get(t.kind);
  if (aug !== undefined) {
    if (!isSingleTarget(first)) {
      // invalid_assignment: a=star_expressions augassign (yield_expr | star_expressions)
      const ok = p.check(() => {
        p.next();
        annotatedRhs(p);
        return true;
      });
      if (ok) p.raiseAt(first, `'${getExprName(first)}' is an illegal expression for augmented assignment`);
      p.fail();
    }
    p.next();
    const value = annotatedRhs(p);
    setContext(first, 'Store');
    return p.fin({ _type: 'AugAssign', target: first, op: aug, value }, start);
  }
  if (t.kind === T.COLON) return annAssign(p, start, first);
  return p.fin({ _type: 'Expr', value: first }, start);
}

/** annotated_rhs: yield_expr | star_expressions */
function annotatedRhs(p: Parser): Expr {
  return p.at(T.Yield) ? yieldExpr(p) : starExpressions(p);
}

function annAssign(p: Parser, start: Token, target: Expr): Stmt {
  const parenthesized = !startsAt(target, start);
  let simple = 0;
  let bad: string | null = null;
  let badNode: Expr = target;
  switch (target._type) {
    case 'Name':
      simple = parenthesized ? 0 : 1;
      break;
    case 'Attribute':
    case 'Subscript':
      break;
    case 'Tuple':
      // invalid_ann_assign_target (parenthesized) vs `a, b: int`
      bad = 'only single target (not tuple) can be annotated';
      if (!parenthesized && start.kind !== T.LPAR) badNode = target.elts[0];
      break;
    case 'List':
      bad = 'only single target (not list) can be annotated';
      break;
    default:
      bad = 'illegal target for annotation';
  }
  if (bad !== null) {
    // invalid_assignment: ... ':' expression
    const ok = p.check(() => {
      p.next();
      expression(p);
      return true;
    });
    if (ok) p.raiseAt(badNode, bad);
    p.fail();
  }
  p.next(); // ':'
  const annotation = expression(p);
  let value: Expr | null = null;
  if (p.eat(T.EQUAL)) value = annotatedRhs(p);
  setContext(target, 'Store');
  return p.fin({ _type: 'AnnAssign', target, annotation, value, simple }, start);
}

/** index of the first token of the last element of the unparenthesized
 * tuple that ends just before token index `eq` */
function lastElementStart(p: Parser, eq: number, stmtStart: number): number {
  const level = p.tokens[eq].level;
  for (let i = eq - 1; i > stmtStart; i--) {
    const t = p.tokens[i];
    if (t.kind === T.COMMA && t.level === level) return i + 1;
  }
  return stmtStart;
}

function isBadTarget(e: Expr): boolean {
  return e._type === 'Yield' || e._type === 'YieldFrom' || getInvalidTarget(e, TargetsType.STAR_TARGETS) !== null;
}

/**
 * (star_targets '=')+ (yield_expr | star_expressions), with the error
 * alternatives of invalid_assignment / invalid_named_expression:
 *   - on the element next to the first '=':
 *       a=NAME '=' b=bitwise_or !('='|':=')          -> "Maybe you meant '==' or ':='"
 *       a=bitwise_or '=' bitwise_or !('='|':=')      -> "cannot assign to X here. Maybe ..."
 *   - (star_targets '=')* a=star_expressions '='     -> "cannot assign to X"
 *   - (star_targets '=')* a=yield_expr '='           -> "assignment to yield expression not possible"
 */
function assign(p: Parser, start: Token, first: Expr, stmtStart: number): Stmt {
  const targets = [first];
  const firstEq = p.pos;
  let value: Expr | null = null;
  let failed = isBadTarget(first);
  while (!failed) {
    p.next(); // '='
    const rhs = p.tryParse(() => annotatedRhs(p));
    if (rhs === null) {
      failed = true;
      break;
    }
    if (p.at(T.EQUAL)) {
      targets.push(rhs);
      if (isBadTarget(rhs)) failed = true;
      continue;
    }
    value = rhs;
    break;
  }
  if (failed) {
    const endPos = p.pos;
    const isTuple = first._type === 'Tuple' && startsAt(first, start) && start.kind !== T.LPAR;
    const e = isTuple ? first.elts[first.elts.length - 1] : first;
    if (e._type !== 'Starred' && e._type !== 'Yield' && e._type !== 'YieldFrom') {
      const idx = isTuple ? lastElementStart(p, firstEq, stmtStart) : stmtStart;
      p.pos = firstEq;
      invalidNamedExpressionEq(p, e, p.tokens[idx]);
      p.pos = endPos;
    }
    for (const tg of targets) {
      if (tg._type === 'Yield' || tg._type === 'YieldFrom') p.raiseAt(tg, 'assignment to yield expression not possible');
      const bad = getInvalidTarget(tg, TargetsType.STAR_TARGETS);
      if (bad !== null) p.raiseAt(bad, `cannot assign to ${getExprName(bad)}`);
    }
    p.fail();
  }
  for (const tg of targets) setContext(tg, 'Store');
  return p.fin({ _type: 'Assign', targets, value: value!, type_comment: null }, start);
}

// ---------------------------------------------------------------- simple statements

/** return_stmt: 'return' [star_expressions] */
function returnStmt(p: Parser): Stmt {
  const t = p.next();
  const k = p.peekKind();
  const value = k === T.NEWLINE || k === T.SEMI ? null : starExpressions(p);
  return p.fin({ _type: 'Return', value }, t);
}

/**
 * raise_stmt:
 *     | 'raise' expression ['from' expression ]
 *     | 'raise'
 */
function raiseStmt(p: Parser): Stmt {
  const t = p.next();
  const k = p.peekKind();
  if (k === T.NEWLINE || k === T.SEMI) return p.fin({ _type: 'Raise', exc: null, cause: null }, t);
  const exc = expression(p);
  const cause = p.eat(T.From) ? expression(p) : null;
  return p.fin({ _type: 'Raise', exc, cause }, t);
}

/**
 * global_stmt: 'global' ','.NAME+
 * nonlocal_stmt: 'nonlocal' ','.NAME+
 */
function globalStmt(p: Parser): Stmt {
  const t = p.next();
  const names = [p.expect(T.NAME).text];
  while (p.eat(T.COMMA)) names.push(p.expect(T.NAME).text);
  return p.fin({ _type: t.kind === T.Global ? 'Global' : 'Nonlocal', names }, t);
}

/** assert_stmt: 'assert' expression [',' expression ] */
function assertStmt(p: Parser): Stmt {
  const t = p.next();
  const test = expression(p);
  const msg = p.eat(T.COMMA) ? expression(p) : null;
  return p.fin({ _type: 'Assert', test, msg }, t);
}

/**
 * del_stmt:
 *     | 'del' del_targets &(';' | NEWLINE)
 *     | invalid_del_stmt
 * del_targets: ','.del_target+ [',']
 */
function delStmt(p: Parser): Stmt {
  const t = p.next();
  const afterDel = p.pos;
  const targets = p.speculate(() => {
    const ts = [delTarget(p)];
    while (p.eat(T.COMMA)) {
      const k = p.peekKind();
      if (k === T.SEMI || k === T.NEWLINE) break;
      ts.push(delTarget(p));
    }
    const k = p.peekKind();
    if (k !== T.SEMI && k !== T.NEWLINE) p.fail();
    return ts;
  });
  if (targets !== null) return p.fin({ _type: 'Delete', targets }, t);
  // invalid_del_stmt: 'del' a=star_expressions
  p.pos = afterDel;
  const e = p.check(() => starExpressions(p));
  if (e) {
    const bad = getInvalidTarget(e, TargetsType.DEL_TARGETS);
    if (bad) p.raiseAt(bad, `cannot delete ${getExprName(bad)}`);
  }
  p.pos = afterDel;
  delTarget(p);
  p.fail();
}

/**
 * del_target:
 *     | t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead
 *     | del_t_atom
 */
function delTarget(p: Parser): Expr {
  const e = primary(p);
  if (getInvalidTarget(e, TargetsType.DEL_TARGETS) !== null) p.fail();
  return setContext(e, 'Del');
}

/** import_name: 'import' dotted_as_names */
function importName(p: Parser): Stmt {
  const t = p.next();
  const names = [dottedAsName(p)];
  while (p.eat(T.COMMA)) names.push(dottedAsName(p));
  return p.fin({ _type: 'Import', names }, t);
}

/** dotted_as_name: dotted_name ['as' NAME ] */
function dottedAsName(p: Parser): Alias {
  const start = p.peek();
  const name = dottedName(p);
  const asname = p.eat(T.As) ? p.expect(T.NAME).text : null;
  return p.fin({ _type: 'alias', name, asname }, start);
}

/** dotted_name: dotted_name '.' NAME | NAME */
function dottedName(p: Parser): string {
  let s = p.expect(T.NAME).text;
  while (p.at(T.DOT)) {
    p.next();
    s += '.' + p.expect(T.NAME).text;
  }
  return s;
}

/**
 * import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets
 */
function importFrom(p: Parser): Stmt {
  const t = p.next();
  let level = 0;
  for (;;) {
    if (p.eat(T.DOT)) level += 1;
    else if (p.eat(T.ELLIPSIS)) level += 3;
    else break;
  }
  let module: string | null = null;
  if (level === 0 || p.at(T.NAME)) module = dottedName(p);
  p.expect(T.Import);
  const names: Alias[] = [];
  if (p.at(T.STAR)) {
    const s = p.next();
    names.push(p.fin({ _type: 'alias', name: '*', asname: null }, s));
  } else if (p.eat(T.LPAR)) {
    names.push(importFromAsName(p));
    while (p.eat(T.COMMA)) {
      if (p.at(T.RPAR)) break;
      names.push(importFromAsName(p));
    }
    p.expect(T.RPAR);
  } else {
    names.push(importFromAsName(p));
    while (p.eat(T.COMMA)) {
      if (p.at(T.NEWLINE)) p.raiseLast('trailing comma not allowed without surrounding parentheses');
      names.push(importFromAsName(p));
    }
  }
  return p.fin({ _type: 'ImportFrom', module, names, level }, t);
}

/** import_from_as_name: NAME ['as' NAME ] */
function importFromAsName(p: Parser): Alias {
  const t = p.expect(T.NAME);
  const asname = p.eat(T.As) ? p.expect(T.NAME).text : null;
  return p.fin({ _type: 'alias', name: t.text, asname }, t);
}

// ---------------------------------------------------------------- blocks

/**
 * block:
 *     | NEWLINE INDENT statements DEDENT
 *     | simple_stmts
 *     | invalid_block
 * `what`/`line` give the "expected an indented block after ..." message.
 */
function block(p: Parser, what: string | null, line: number): Stmt[] {
  if (p.at(T.NEWLINE)) {
    p.next();
    if (!p.at(T.INDENT)) {
      p.raiseLast(what ? `expected an indented block after ${what} on line ${line}` : 'expected an indented block', 'IndentationError');
    }
    p.next();
    p.enter();
    const body = statementsUntilDedent(p);
    p.expect(T.DEDENT);
    p.leave();
    return body;
  }
  const out: Stmt[] = [];
  simpleStmts(p, out);
  return out;
}

/** ':' with invalid_*_stmt "expected ':'" when the line ends instead */
function colonOrExpected(p: Parser): void {
  if (p.at(T.COLON)) {
    p.next();
    return;
  }
  if (p.at(T.NEWLINE)) p.raiseLast("expected ':'");
  p.fail();
}

// ---------------------------------------------------------------- compound statements

/** decorators: ('@' named_expression NEWLINE )+ */
function decorated(p: Parser): Stmt {
  const decos: Expr[] = [];
  while (p.at(T.AT)) {
    p.next();
    decos.push(namedExpression(p));
    p.expect(T.NEWLINE);
  }
  const k = p.peekKind();
  if (k === T.Class) return classDef(p, decos, null);
  if (k === T.Def || (k === T.Async && p.peekAt(1).kind === T.Def)) return functionDef(p, decos, null);
  p.fail();
}

/**
 * class_def_raw:
 *     | invalid_class_def_raw
 *     | 'class' NAME ['(' [arguments] ')' ] ':' block
 */
function classDef(p: Parser, decos: Expr[], _unused: null): Stmt {
  const t = p.next();
  const name = p.expect(T.NAME).text;
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (p.at(T.LPAR)) {
    const lpar = p.next();
    const r = callArguments(p, lpar, false);
    p.expect(T.RPAR);
    bases = r.args;
    keywords = r.keywords;
  }
  colonOrExpected(p);
  const body = block(p, 'class definition', t.lineno);
  return p.fin({ _type: 'ClassDef', name, bases, keywords, body, decorator_list: decos }, t);
}

/**
 * function_def_raw:
 *     | invalid_def_raw
 *     | 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
 *     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
 */
function functionDef(p: Parser, decos: Expr[], _unused: null): Stmt {
  const start = p.peek();
  const isAsync = p.eat(T.Async) !== null;
  const defTok = p.expect(T.Def);
  const name = p.expect(T.NAME).text;
  p.expectForced(T.LPAR, '(');
  const args = p.at(T.RPAR) ? emptyArguments() : parameters(p, false);
  p.expect(T.RPAR);
  // ['->' expression ] &&':'
  let returns: Expr | null = null;
  if (p.at(T.RARROW)) {
    returns = p.tryParse(() => {
      p.next();
      return expression(p);
    });
  }
  p.expectForced(T.COLON, ':');
  const body = block(p, 'function definition', defTok.lineno);
  return p.fin({
    _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
    name, args, body, decorator_list: decos, returns, type_comment: null
  }, start);
}

/**
 * if_stmt:
 *     | invalid_if_stmt
 *     | 'if' named_expression ':' block elif_stmt
 *     | 'if' named_expression ':' block [else_block]
 * elif_stmt: (same with 'elif')
 */
function ifStmt(p: Parser): Stmt {
  const t = p.next();
  const test = namedExpression(p);
  colonOrExpected(p);
  const body = block(p, t.kind === T.If ? "'if' statement" : "'elif' statement", test.lineno);
  let orelse: Stmt[] = [];
  if (p.at(T.Elif)) orelse = [ifStmt(p)];
  else if (p.at(T.Else)) orelse = elseBlock(p);
  return p.fin({ _type: 'If', test, body, orelse }, t);
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function elseBlock(p: Parser): Stmt[] {
  const t = p.next();
  p.expectForced(T.COLON, ':');
  return block(p, "'else' statement", t.lineno);
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): Stmt {
  const t = p.next();
  const test = namedExpression(p);
  colonOrExpected(p);
  const body = block(p, "'while' statement", t.lineno);
  const orelse = p.at(T.Else) ? elseBlock(p) : [];
  return p.fin({ _type: 'While', test, body, orelse }, t);
}

/**
 * for_stmt:
 *     | invalid_for_stmt
 *     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target
 */
function forStmt(p: Parser): Stmt {
  const start = p.peek();
  const isAsync = p.eat(T.Async) !== null;
  const forTok = p.expect(T.For);
  const target = forTarget(p, forTok);
  p.expect(T.In);
  const iter = starExpressions(p);
  colonOrExpected(p);
  const body = block(p, "'for' statement", forTok.lineno);
  const orelse = p.at(T.Else) ? elseBlock(p) : [];
  return p.fin({ _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null }, start);
}

/**
 * with_stmt:
 *     | invalid_with_stmt_indent
 *     | 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | invalid_with_stmt
 */
function withStmt(p: Parser): Stmt {
  const start = p.peek();
  const isAsync = p.eat(T.Async) !== null;
  const w = p.expect(T.With);
  let items: WithItem[] | null = null;
  if (p.at(T.LPAR)) {
    items = p.speculate(() => {
      p.next();
      const its = [withItem(p)];
      while (p.eat(T.COMMA)) {
        if (p.at(T.RPAR)) break;
        its.push(withItem(p));
      }
      p.expect(T.RPAR);
      if (!p.at(T.COLON) && !p.at(T.NEWLINE)) p.fail();
      return its;
    });
  }
  if (items === null) {
    items = [withItem(p)];
    while (p.eat(T.COMMA)) items.push(withItem(p));
  }
  colonOrExpected(p);
  const body = block(p, "'with' statement", w.lineno);
  return p.fin({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null }, start);
}

/**
 * with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item
 *     | expression
 */
function withItem(p: Parser): WithItem {
  const e = expression(p);
  if (!p.eat(T.As)) return { _type: 'withitem', context_expr: e, optional_vars: null };
  const isEnd = (k: T) => k === T.COMMA || k === T.RPAR || k === T.COLON;
  const target = p.speculate(() => {
    const t = starTarget(p);
    const k = p.peekKind();
    // NEWLINE: invalid_with_stmt reports "expected ':'"
    if (!isEnd(k) && k !== T.NEWLINE) p.fail();
    return t;
  });
  if (target) return { _type: 'withitem', context_expr: e, optional_vars: target };
  // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
  const a = p.check(() => {
    const a = expression(p);
    if (!isEnd(p.peekKind())) p.fail();
    return a;
  });
  if (a) {
    const bad = getInvalidTarget(a, TargetsType.STAR_TARGETS);
    if (bad) p.raiseAt(bad, `cannot assign to ${getExprName(bad)}`);
  }
  starTarget(p);
  p.fail();
}

/**
 * try_stmt:
 *     | invalid_try_stmt
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 */
function tryStmt(p: Parser): Stmt {
  const t = p.next();
  p.expectForced(T.COLON, ':');
  const body = block(p, "'try' statement", t.lineno);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.at(T.Except)) {
    const ex = p.peek();
    const isStar = p.peekAt(1).kind === T.STAR;
    if (star !== null && isStar !== star) {
      // invalid_try_stmt: cannot mix except and except* (needs a complete header)
      const ok = p.check(() => {
        p.next();
        if (isStar) {
          p.next();
          expression(p);
        } else if (!p.at(T.COLON)) expression(p);
        if (p.eat(T.As)) p.expect(T.NAME);
        return p.at(T.COLON);
      });
      if (ok) {
        if (isStar) p.raiseRange(ex, p.peekAt(1), "cannot have both 'except' and 'except*' on the same 'try'");
        p.raiseAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
    star = isStar;
    handlers.push(exceptBlock(p));
  }
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  if (handlers.length === 0) {
    if (!p.at(T.Finally)) p.raiseLast("expected 'except' or 'finally' block");
  } else if (p.at(T.Else)) {
    orelse = elseBlock(p);
  }
  if (p.at(T.Finally)) {
    const f = p.next();
    p.expectForced(T.COLON, ':');
    finalbody = block(p, "'finally' statement", f.lineno);
  }
  return p.fin({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody }, t);
}

/**
 * except_block:
 *     | invalid_except_stmt_indent
 *     | 'except' expression ['as' NAME ] ':' block
 *     | 'except' ':' block
 *     | invalid_except_stmt
 * except_star_block:
 *     | invalid_except_star_stmt_indent
 *     | 'except' '*' expression ['as' NAME ] ':' block
 *     | invalid_except_stmt
 */
function exceptBlock(p: Parser): ExceptHandler {
  const t = p.next();
  const star = p.eat(T.STAR) !== null;
  let type: Expr | null = null;
  let name: string | null = null;
  if (star && (p.at(T.NEWLINE) || p.at(T.COLON))) p.raiseLast('expected one or more exception types');
  if (!p.at(T.COLON)) {
    if (p.at(T.NEWLINE)) p.raiseLast("expected ':'");
    type = expression(p);
    if (p.at(T.COMMA)) {
      // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
      const ok = p.check(() => {
        while (p.eat(T.COMMA)) expression(p);
        if (p.eat(T.As)) p.expect(T.NAME);
        p.expect(T.COLON);
        return true;
      });
      if (ok) p.raiseFrom(type, 'multiple exception types must be parenthesized');
      p.fail();
    }
    if (p.eat(T.As)) name = p.expect(T.NAME).text;
  }
  colonOrExpected(p);
  const body = block(p, star ? "'except*' statement" : "'except' statement", t.lineno);
  return p.fin({ _type: 'ExceptHandler', type, name, body }, t);
}

// ---------------------------------------------------------------- match

/**
 * match_stmt:
 *     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *     | invalid_match_stmt
 * Returns null (position restored) when this is not a match statement.
 */
function matchStmt(p: Parser): Stmt | null {
  const save = p.pos;
  const m = p.next();
  const subject = p.speculate(() => subjectExpr(p));
  if (subject === null || !(p.at(T.COLON) || p.at(T.NEWLINE))) {
    p.pos = save;
    return null;
  }
  if (p.at(T.NEWLINE)) {
    // invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'".
    // CPython tries this (second pass) before simple statements, so even a
    // valid statement like `match(x)` reports it when the file has an error.
    if (p.noInvalid) {
      p.pos = save;
      return null;
    }
    p.raiseLast("expected ':'");
  }
  p.next(); // ':'
  if (!p.at(T.NEWLINE)) {
    p.pos = save;
    return null;
  }
  p.next();
  if (!p.at(T.INDENT)) p.raiseLast(`expected an indented block after 'match' statement on line ${m.lineno}`, 'IndentationError');
  p.next();
  const cases: MatchCase[] = [];
  do cases.push(caseBlock(p));
  while (!p.at(T.DEDENT));
  p.next();
  return p.fin({ _type: 'Match', subject, cases }, m);
}

/**
 * subject_expr:
 *     | star_named_expression ',' star_named_expressions?
 *     | named_expression
 */
function subjectExpr(p: Parser): Expr {
  const start = p.peek();
  const first = starNamedExpression(p);
  if (!p.at(T.COMMA)) {
    if (first._type === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (p.at(T.COLON) || p.at(T.NEWLINE)) break;
    elts.push(starNamedExpression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: 'Load' }, start);
}

/**
 * case_block:
 *     | invalid_case_block
 *     | "case" patterns guard? ':' block
 * guard: 'if' named_expression
 */
function caseBlock(p: Parser): MatchCase {
  const t = p.peek();
  if (!(t.kind === T.NAME && t.text === 'case')) p.fail();
  p.next();
  const pattern = patterns(p);
  const guard = p.eat(T.If) ? namedExpression(p) : null;
  colonOrExpected(p);
  const body = block(p, "'case' statement", t.lineno);
  return { _type: 'match_case', pattern, guard, body };
}
