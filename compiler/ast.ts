// Python 3.11 abstract syntax tree, mirroring CPython's `ast` module exactly:
// same node names (`_type`), same field names, same field order. Optional
// fields are `null` when absent (never undefined). Nodes that carry positions in
// CPython (stmt, expr, excepthandler, arg, keyword, alias, pattern) carry
// `lineno`/`col_offset`/`end_lineno`/`end_col_offset`; like CPython, columns are
// UTF-8 *byte* offsets (0-based) and line numbers are 1-based. Nodes without
// attributes in CPython (comprehension, arguments, withitem, match_case,
// TypeIgnore has lineno only) have none here either.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// Python constant values. Python `str` values are JS strings (UTF-16; astral
// characters are surrogate pairs; lone surrogates from '\ud800' escapes are
// kept as lone surrogates). `complex` holds the imaginary part of an imaginary
// literal such as `3j` (real part is always 0 for literals).
export type ConstValue =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'bool'; v: boolean }
  | { t: 'None' }
  | { t: 'Ellipsis' };

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------- modules
export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: Stmt[] }
export interface Expression { _type: 'Expression'; body: Expr }
export type Mod = Module | Interactive | Expression;
export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }

// ---------------------------------------------------------------- statements
export interface FunctionDef extends Pos {
  _type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Pos {
  _type: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Pos {
  _type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { _type: 'Return'; value: Expr | null }
export interface Delete extends Pos { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Pos { _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number }
export interface For extends Pos {
  _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Pos {
  _type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Pos { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Pos { _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Pos { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Pos {
  _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Pos { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { _type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { _type: 'Expr'; value: Expr }
export interface Pass extends Pos { _type: 'Pass' }
export interface Break extends Pos { _type: 'Break' }
export interface Continue extends Pos { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions
export interface BoolOp extends Pos { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Pos { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Pos { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { _type: 'Await'; value: Expr }
export interface Yield extends Pos { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Pos { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 (none), 115 ('s'), 114 ('r'), 97 ('a'). */
export interface FormattedValue extends Pos {
  _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: Expr[] }
/** kind is 'u' for u-prefixed string literals, else null. */
export interface Constant extends Pos { _type: 'Constant'; value: ConstValue; kind: string | null }
export interface Attribute extends Pos { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- misc
export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Pos { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
/** kw_defaults[i] is null when kwonlyargs[i] has no default. */
export interface Arguments {
  _type: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Pos { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** arg is null for `**kwargs` in a call. */
export interface Keyword extends Pos { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- patterns
export interface MatchValue extends Pos { _type: 'MatchValue'; value: Expr }
/** value is a Constant value: None, True or False. */
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: Pattern[] }
export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Mod | Stmt | Expr | Pattern | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | TypeIgnore;
