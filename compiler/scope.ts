// Scope analysis (CPython's symtable): which names are local, global, free or cell in each scope.
//
// Pass 1 walks the AST and records, per scope, how each name is used (bound, used, declared
// global/nonlocal, parameter). Pass 2 (analyze) resolves each name to a Scope kind, computes the
// cell variables (locals captured by inner functions) and free variables, following CPython's
// analyze_block/update_symbols. Class bodies do not make their names visible to nested functions;
// a method that uses `super` or `__class__` makes `__class__` a cell of the class body.
import type * as A from './ast.js';

/** A compile-time syntax error at an AST position; index.ts converts it to PySyntaxError. */
export class CompileError extends Error {
  pos: A.Pos;
  constructor(msg: string, pos: A.Pos) { super(msg); this.pos = pos; }
}

export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 32,
  DEF_IMPORT = 64, DEF_ANNOT = 128, DEF_COMP_ITER = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type ScopeKind = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
export type BlockType = 'module' | 'class' | 'function';

export class SymbolTable {
  type: BlockType;
  name: string;
  node: A.Node | null;
  parent: SymbolTable | null;
  children: SymbolTable[] = [];
  flags = new Map<string, number>();
  scopes = new Map<string, ScopeKind>();
  params: string[] = [];
  isGenerator = false;
  isLambda = false;
  isComprehension = false;
  /** > 0 while visiting a comprehension's iterable expression (no walrus there) */
  compIterExpr = 0;
  isCoroutine = false;
  hasStarImport = false;
  needsClassCell = false;   // class: a method uses __class__ / super
  hasAnnotations = false;
  lineno: number;
  /** positions of the first use of each name (for error messages) */
  firstUse = new Map<string, A.Pos>();
  constructor(type: BlockType, name: string, node: A.Node | null, parent: SymbolTable | null, lineno: number) {
    this.type = type; this.name = name; this.node = node; this.parent = parent; this.lineno = lineno;
  }
  scopeOf(name: string): ScopeKind {
    return this.scopes.get(name) ?? (this.type === 'module' ? 'global_implicit' : 'global_implicit');
  }
  /** Free variable names in slot order. */
  freeVars(): string[] {
    const r: string[] = [];
    for (const [n, s] of this.scopes) if (s === 'free' || (this.type === 'class' && s !== 'cell' && ((this.flags.get(n) ?? 0) & DEF_FREE_CLASS))) r.push(n);
    return r;
  }
  cellVars(): string[] {
    const r: string[] = [];
    for (const [n, s] of this.scopes) if (s === 'cell') r.push(n);
    return r;
  }
}

export interface ScopeResult {
  top: SymbolTable;
  /** AST node (FunctionDef, Lambda, ClassDef, comprehension expr) → its symbol table */
  tables: Map<A.Node, SymbolTable>;
}

function mangle(privateName: string | null, name: string): string {
  if (!privateName || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const cls = privateName.replace(/^_+/, '');
  if (cls === '') return name;
  return '_' + cls + name;
}
export { mangle };

class Builder {
  tables = new Map<A.Node, SymbolTable>();
  cur!: SymbolTable;
  top!: SymbolTable;
  privateName: string | null = null;
  filename: string;
  source: string;
  constructor(filename: string, source: string) { this.filename = filename; this.source = source; }

  err(msg: string, pos: A.Pos): never { throw new CompileError(msg, pos); }

  enter(type: BlockType, name: string, node: A.Node | null, lineno: number): SymbolTable {
    const t = new SymbolTable(type, name, node, this.cur ?? null, lineno);
    if (this.cur) this.cur.children.push(t);
    if (node) this.tables.set(node, t);
    this.cur = t;
    return t;
  }
  leave(): void { this.cur = this.cur.parent!; }

  addDef(name: string, flag: number, pos: A.Pos | null): void {
    name = mangle(this.privateName, name);
    const t = this.cur;
    const old = t.flags.get(name) ?? 0;
    if ((flag & DEF_PARAM) && (old & DEF_PARAM)) this.err(`duplicate argument '${name}' in function definition`, pos!);
    t.flags.set(name, old | flag);
    if (pos && !t.firstUse.has(name)) t.firstUse.set(name, pos);
    if (flag & DEF_PARAM) t.params.push(name);
  }

  // ------------------------------------------------------------------ statements
  stmts(b: A.Stmt[]): void { for (const s of b) this.stmt(s); }

  stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.argDefaults(s.args);
        this.exprs(s.decorator_list);
        this.argAnnotations(s.args);
        if (s.returns) this.expr(s.returns);
        const t = this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') t.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter('class', s.name, s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.leave();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const name = mangle(this.privateName, s.target.id);
          const cur = this.cur.flags.get(name) ?? 0;
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.flags.has(name) && s.simple) {
            this.err(cur & DEF_GLOBAL ? `annotated name '${name}' can't be global` : `annotated name '${name}' can't be nonlocal`, s.target);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else this.expr(s.target);
        if (this.cur.type !== 'function') { this.expr(s.annotation); this.cur.hasAnnotations = true; }
        else this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'For': case 'AsyncFor':
        if (s._type === 'AsyncFor' && !(this.cur.type === 'function' && this.cur.isCoroutine)) this.err("'async for' outside async function", s);
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'While': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) { this.pattern(c.pattern); if (c.guard) this.expr(c.guard); this.stmts(c.body); }
        break;
      case 'Raise': if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body); this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') this.err('import * only allowed at module level', a);
            this.cur.hasStarImport = true;
            continue;
          }
          const store = a.asname ?? a.name.split('.')[0];
          this.addDef(store, DEF_IMPORT, a);
        }
        break;
      case 'Global': case 'Nonlocal': {
        const isG = s._type === 'Global';
        for (const raw of s.names) {
          const name = mangle(this.privateName, raw);
          const cur = this.cur.flags.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${isG ? 'global' : 'nonlocal'}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${isG ? 'global' : 'nonlocal'} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${isG ? 'global' : 'nonlocal'}`;
            else msg = `name '${name}' is assigned to before ${isG ? 'global' : 'nonlocal'} declaration`;
            this.err(msg, s);
          }
          // CPython reports a directive conflict at the name's first global/nonlocal statement
          const first = this.nonlocalPos.get(this.cur)?.get(name) ?? s;
          if (!isG) {
            if (this.cur.type === 'module') this.err('nonlocal declaration not allowed at module level', s);
            if ((cur & DEF_GLOBAL)) this.err(`name '${name}' is nonlocal and global`, first);
          } else if (cur & DEF_NONLOCAL) this.err(`name '${name}' is nonlocal and global`, first);
          this.addDef(raw, isG ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!this.nonlocalPos.has(this.cur)) this.nonlocalPos.set(this.cur, new Map());
          if (!this.nonlocalPos.get(this.cur)!.has(name)) this.nonlocalPos.get(this.cur)!.set(name, s);
        }
        break;
      }
      case 'Expr': this.expr(s.value); break;
      case 'With': case 'AsyncWith':
        if (s._type === 'AsyncWith' && !(this.cur.type === 'function' && this.cur.isCoroutine)) this.err("'async with' outside async function", s);
        for (const it of s.items) { this.expr(it.context_expr); if (it.optional_vars) this.expr(it.optional_vars); }
        this.stmts(s.body);
        break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }
  nonlocalPos = new Map<SymbolTable, Map<string, A.Pos>>();

  pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping':
        this.exprs(p.keys); for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls); for (const q of p.patterns) this.pattern(q); for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchAs': if (p.pattern) this.pattern(p.pattern); if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
    }
  }

  argDefaults(a: A.Arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }
  argAnnotations(a: A.Arguments): void {
    for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (x.annotation) this.expr(x.annotation);
    }
  }
  params(a: A.Arguments): void {
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg) this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  // ------------------------------------------------------------------ expressions
  exprs(es: (A.Expr | null)[]): void { for (const e of es) if (e) this.expr(e); }

  /** the scope a walrus inside comprehensions binds in */
  walrusTarget(e: A.NamedExpr): void {
    const name = (e.target as A.Name).id;
    // find the enclosing non-comprehension scope
    let t: SymbolTable = this.cur;
    while (t.isComprehension) {
      const f = t.flags.get(name) ?? 0;
      if (f & DEF_COMP_ITER) this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
      t = t.parent!;
    }
    if (t.type === 'class') this.err('assignment expression within a comprehension cannot be used in a class body', e.target);
    // mark in each comprehension scope as nonlocal/global, and bind in t
    const tflags = t.flags.get(name) ?? 0;
    let u: SymbolTable = this.cur;
    while (u !== t) {
      const old = u.flags.get(name) ?? 0;
      if (t.type === 'module' || (tflags & DEF_GLOBAL)) u.flags.set(name, old | DEF_GLOBAL);
      else u.flags.set(name, old | DEF_NONLOCAL);
      u = u.parent!;
    }
    const saved = this.cur;
    this.cur = t;
    this.addDef(name, DEF_LOCAL, e.target);
    this.cur = saved;
  }

  expr(e: A.Expr): void {
    switch (e._type) {
      case 'Name': {
        const flag = e.ctx === 'Load' ? USE : DEF_LOCAL;
        this.addDef(e.id, flag, e);
        if (e.ctx === 'Load' && e.id === 'super' && this.cur.type === 'function') this.useClassCell(e);
        if (e.ctx === 'Load' && e.id === '__class__' && this.cur.type === 'function') this.useClassCell(e);
        break;
      }
      case 'BoolOp': this.exprs(e.values); break;
      case 'NamedExpr':
        if (this.cur.compIterExpr > 0) this.err('assignment expression cannot be used in a comprehension iterable expression', e);
        this.expr(e.value);
        if (this.cur.isComprehension && e.target._type === 'Name') this.walrusTarget(e);
        else this.expr(e.target);
        break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.argDefaults(e.args);
        const t = this.enter('function', '<lambda>', e, e.lineno);
        t.isLambda = true;
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'ListComp': this.comprehension(e, '<listcomp>', e.generators, [e.elt]); break;
      case 'SetComp': this.comprehension(e, '<setcomp>', e.generators, [e.elt]); break;
      case 'DictComp': this.comprehension(e, '<dictcomp>', e.generators, [e.key, e.value]); break;
      case 'GeneratorExp': this.comprehension(e, '<genexpr>', e.generators, [e.elt]); break;
      case 'Await': {
        if (this.cur.isComprehension) {
          // makes the comprehension asynchronous (checked when the comprehension is left)
          this.cur.isCoroutine = true;
        } else if (this.cur.type !== 'function' || !this.cur.isCoroutine) {
          if (this.cur.type !== 'function') this.err("'await' outside function", e);
          this.err("'await' outside async function", e);
        }
        this.expr(e.value);
        break;
      }
      case 'Yield': case 'YieldFrom':
        if (this.cur.type !== 'function') this.err("'yield' outside function", e);
        if (this.cur.isComprehension) this.err(`'yield' inside ${this.compKind(this.cur)}`, e);
        if (e._type === 'YieldFrom' && this.cur.isCoroutine) this.err("'yield from' inside async function", e);
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call': this.expr(e.func); this.exprs(e.args); for (const k of e.keywords) this.expr(k.value); break;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'List': case 'Tuple': this.exprs(e.elts); break;
      case 'Slice': if (e.lower) this.expr(e.lower); if (e.upper) this.expr(e.upper); if (e.step) this.expr(e.step); break;
    }
  }

  compKind(t: SymbolTable): string {
    switch (t.name) {
      case '<listcomp>': return 'list comprehension';
      case '<setcomp>': return 'set comprehension';
      case '<dictcomp>': return 'dict comprehension';
      default: return 'generator expression';
    }
  }

  useClassCell(pos: A.Pos): void {
    // `super` / `__class__` inside a function: mark __class__ used (resolved as free if a class encloses it)
    const t = this.cur;
    const old = t.flags.get('__class__') ?? 0;
    t.flags.set('__class__', old | USE);
    if (!t.firstUse.has('__class__')) t.firstUse.set('__class__', pos);
  }

  comprehension(e: A.Expr, name: string, gens: A.Comprehension[], elts: A.Expr[]): void {
    // the first iterator is evaluated in the enclosing scope
    this.cur.compIterExpr++;
    this.expr(gens[0].iter);
    this.cur.compIterExpr--;
    const t = this.enter('function', name, e, e.lineno);
    t.isComprehension = true;
    if (name === '<genexpr>') t.isGenerator = true;
    this.addDef('.0', DEF_PARAM, null);
    gens.forEach((g, i) => {
      if (g.is_async) t.isCoroutine = true;
      if (i > 0) { t.compIterExpr++; this.expr(g.iter); t.compIterExpr--; }
      this.markIter(g.target);
      this.expr(g.target);
      this.exprs(g.ifs);
    });
    this.exprs(elts);
    this.leave();
    // an asynchronous list/set/dict comprehension is awaited where it is built
    if (t.isCoroutine && name !== '<genexpr>') {
      const p = this.cur;
      if (p.isComprehension) p.isCoroutine = true;
      else if (!(p.type === 'function' && p.isCoroutine)) this.err('asynchronous comprehension outside of an asynchronous function', e);
    }
  }
  inCoroutine(t: SymbolTable): boolean {
    let fn: SymbolTable | null = t;
    while (fn && fn.isComprehension) fn = fn.parent;
    return !!fn && fn.type === 'function' && fn.isCoroutine;
  }
  markIter(t: A.Expr): void {
    if (t._type === 'Name') {
      const old = this.cur.flags.get(t.id) ?? 0;
      // a walrus earlier in this comprehension made the name global/nonlocal here
      if (old & (DEF_GLOBAL | DEF_NONLOCAL)) this.err(`comprehension inner loop cannot rebind assignment expression target '${t.id}'`, t);
      this.cur.flags.set(t.id, old | DEF_COMP_ITER);
    }
    else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach((x) => this.markIter(x));
    else if (t._type === 'Starred') this.markIter(t.value);
  }
}

// -------------------------------------------------------------------- analysis
function analyze(t: SymbolTable, bound: Set<string> | null, b: Builder): Set<string> {
  const local = new Set<string>();
  const scopes = new Map<string, ScopeKind>();
  const free = new Set<string>();
  const newBound = new Set<string>();
  // class namespaces are invisible to nested functions: children see the enclosing bound set
  if (t.type === 'class' && bound) for (const n of bound) newBound.add(n);
  const myBound = bound ? new Set(bound) : null;
  for (const [name, flags] of t.flags) {
    let sc: ScopeKind;
    if (flags & DEF_GLOBAL) {
      sc = 'global_explicit';
      if (myBound) myBound.delete(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!myBound || !myBound.has(name)) {
        const pos = b.nonlocalPos.get(t)?.get(name) ?? t.firstUse.get(name);
        throw new CompileError(`no binding for nonlocal '${name}' found`, pos!);
      }
      sc = 'free';
      free.add(name);
    } else if (flags & DEF_BOUND) {
      sc = 'local';
      local.add(name);
    } else if (myBound && myBound.has(name)) {
      sc = 'free';
      free.add(name);
    } else sc = 'global_implicit';
    scopes.set(name, sc);
  }
  if (t.type !== 'class') {
    if (t.type === 'function') for (const n of local) newBound.add(n);
    if (myBound) for (const n of myBound) newBound.add(n);
  } else newBound.add('__class__');
  const newFree = new Set<string>();
  for (const c of t.children) {
    const childFree = analyze(c, t.type === 'module' ? null : new Set(newBound), b);
    for (const n of childFree) newFree.add(n);
  }
  if (t.type === 'function') {
    for (const n of [...newFree]) if (scopes.get(n) === 'local') { scopes.set(n, 'cell'); newFree.delete(n); }
  } else if (t.type === 'class' && newFree.has('__class__')) {
    t.needsClassCell = true;
    newFree.delete('__class__');
    scopes.set('__class__', 'cell');
    if (!t.flags.has('__class__')) t.flags.set('__class__', 0);
  }
  for (const n of newFree) {
    const f = t.flags.get(n);
    if (f !== undefined) {
      if (t.type === 'class' && (f & (DEF_BOUND | DEF_GLOBAL))) t.flags.set(n, f | DEF_FREE_CLASS);
      continue;
    }
    if (!myBound || !myBound.has(n)) continue;
    scopes.set(n, 'free');
    t.flags.set(n, 0);
  }
  t.scopes = scopes;
  for (const n of newFree) free.add(n);
  return free;
}

export function buildScopes(mod: A.Module | A.Interactive, filename: string, source: string): ScopeResult {
  const b = new Builder(filename, source);
  b.top = b.enter('module', '<module>', mod as A.Node, 1);
  b.stmts(mod.body);
  analyze(b.top, null, b);
  return { top: b.top, tables: b.tables };
}
