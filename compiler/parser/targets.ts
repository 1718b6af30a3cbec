// Assignment/deletion target helpers (CPython's _PyPegen_set_expr_context,
// _PyPegen_get_invalid_target, _PyPegen_get_expr_name).

import type { Expr, ExprContext } from '../ast.js';

/** Set the context of a (valid) target expression tree, in place. */
export function setContext(e: Expr, ctx: ExprContext): Expr {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      break;
    default:
      break;
  }
  return e;
}

export enum TargetsType {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

/** First sub-expression that is not a valid target, or null. */
export function getInvalidTarget(e: Expr | null, type: TargetsType): Expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = getInvalidTarget(x, type);
        if (c !== null) return c;
      }
      return null;
    case 'Starred':
      if (type === TargetsType.DEL_TARGETS) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      if (type === TargetsType.FOR_TARGETS) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

export function getExprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** Is `e` a valid star_target tree (Name/Attribute/Subscript/Starred/List/Tuple)? */
export function isValidStarTarget(e: Expr): boolean {
  return getInvalidTarget(e, TargetsType.STAR_TARGETS) === null;
}
