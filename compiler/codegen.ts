// Code generation: AST + scopes → code objects (see docs/bytecode.md for the conventions).
// Follows CPython 3.11's compiler closely (compile.c): the frame-block stack (fblocks) drives
// unwinding for return/break/continue through loops, with, try/finally and except handlers;
// exception handlers are tracked as a stack (SETUP_* pushes, POP_BLOCK pops) and every emitted
// instruction is tagged with the innermost one. The static stack depth at statement level is the
// sum of the items the enclosing fblocks keep on the stack (iterators, __exit__, exc info…).
import type * as A from './ast.js';
import { Op } from './generated/opcodes.js';
import { SymbolTable, ScopeResult, CompileError, mangle, DEF_FREE_CLASS } from './scope.js';
import { Label, Instr, Handler, assemble } from './assemble.js';
import { MatchCompiler } from './codegen/match.js';
import { ConstPool, PoolConst, CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, HAS_DOCSTRING } from './image.js';

type FBType = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH' | 'HANDLER_CLEANUP'
  | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'POP_VALUE';
interface FBlock {
  type: FBType;
  items: number;            // value-stack items this block keeps while active
  start?: Label; exit?: Label;
  finalbody?: A.Stmt[];     // FINALLY_TRY
  name?: string | null;     // HANDLER_CLEANUP
  line?: number;            // WITH
}

type UnitKind = 'module' | 'class' | 'function';

class Unit {
  st: SymbolTable;
  kind: UnitKind;
  name: string;
  qualname: string;
  firstlineno: number;
  instrs: Instr[] = [];
  consts: number[] = [];
  constIndex = new Map<number, number>();
  names: string[] = [];
  nameIndex = new Map<string, number>();
  varnames: string[] = [];
  varIndex = new Map<string, number>();
  freevars: string[] = [];
  nlocals = 0;
  argcount = 0; posonly = 0; kwonly = 0; flags = 0;
  fblocks: FBlock[] = [];
  handlers: Handler[] = [];
  line: number;
  pos: A.Pos | null = null;
  privateName: string | null;
  constructor(st: SymbolTable, kind: UnitKind, name: string, qualname: string, firstlineno: number, privateName: string | null) {
    this.st = st; this.kind = kind; this.name = name; this.qualname = qualname; this.firstlineno = firstlineno;
    this.line = firstlineno; this.privateName = privateName;
  }
}

const BINOP: Record<A.OperatorKind, number> = {
  Add: 0, Sub: 1, Mult: 2, Div: 3, FloorDiv: 4, Mod: 5, Pow: 6, LShift: 7, RShift: 8, BitAnd: 9, BitOr: 10, BitXor: 11, MatMult: 12,
};
const CMPOP: Partial<Record<A.CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const SMALL_MIN = -(1n << 23n), SMALL_MAX = (1n << 23n) - 1n;

export interface CodegenResult { consts: PoolConst[]; codes: CodeObject[]; main: number }

export class Codegen {
  pool = new ConstPool();
  codes: CodeObject[] = [];
  u!: Unit;
  stack: Unit[] = [];
  scopes: ScopeResult;
  filename: string;
  interactive: boolean;
  futureAnnotations = false;
  source: string;

  constructor(scopes: ScopeResult, filename: string, source: string, interactive: boolean) {
    this.scopes = scopes; this.filename = filename; this.source = source; this.interactive = interactive;
  }

  err(msg: string, pos: A.Pos): never { throw new CompileError(msg, pos); }

  // ------------------------------------------------------------------ emission
  emit(op: Op, arg = 0): void {
    this.u.instrs.push({ op, arg, target: null, line: this.u.line, pos: this.instrPos(), handler: this.curHandler() });
  }
  jump(op: Op, target: Label): void {
    this.u.instrs.push({ op, arg: 0, target, line: this.u.line, pos: this.instrPos(), handler: this.curHandler() });
  }
  place(l: Label): void {
    this.u.instrs.push({ op: -1, arg: 0, target: null, line: 0, handler: null, label: l });
  }
  // Source positions (CPython 3.11's instruction locations, for traceback carets): the innermost
  // statement or expression being compiled, restored when its compilation ends.
  at(n: A.Pos): void { this.u.line = n.lineno; this.u.pos = n; }
  saveLoc(): [number, A.Pos | null] { return [this.u.line, this.u.pos]; }
  restoreLoc(l: [number, A.Pos | null]): void { this.u.line = l[0]; this.u.pos = l[1]; }
  /** An attribute load or method call: on another line than the attribute name, the location
   * starts at the name (CPython's update_start_location_to_match_attr). */
  atAttr(attr: A.Attribute, n: A.Pos): void {
    if (n.lineno === attr.end_lineno) { this.at(n); return; }
    const len = utf8Length(attr.attr);
    this.u.line = attr.end_lineno;
    this.u.pos = len <= attr.end_col_offset
      ? { lineno: attr.end_lineno, col_offset: attr.end_col_offset - len, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset }
      : null;
  }
  /** The position recorded for the next instruction: only when it starts on the current line. */
  instrPos(): A.Pos | null { const p = this.u.pos; return p && p.lineno === this.u.line ? p : null; }
  curHandler(): Handler | null {
    const h = this.u.handlers;
    return h.length ? h[h.length - 1] : null;
  }
  setupHandler(label: Label, depth: number): void { this.u.handlers.push({ label, depth }); }
  popBlock(): void {
    if (!this.u.handlers.length) throw new Error('POP_BLOCK with no handler');
    this.u.handlers.pop();
  }
  curDepth(): number { let d = 0; for (const f of this.u.fblocks) d += f.items; return d; }

  constIdx(pi: number): number {
    let i = this.u.constIndex.get(pi);
    if (i === undefined) { i = this.u.consts.length; this.u.consts.push(pi); this.u.constIndex.set(pi, i); }
    return i;
  }
  loadPool(pi: number): void { this.emit(Op.LOAD_CONST, this.constIdx(pi)); }
  loadNone(): void { this.loadPool(this.pool.add({ tag: 0 })); }
  loadStr(s: string): void { this.loadPool(this.pool.str(s)); }
  nameIdx(n: string): number {
    let i = this.u.nameIndex.get(n);
    if (i === undefined) { i = this.u.names.length; this.u.names.push(n); this.u.nameIndex.set(n, i); }
    return i;
  }
  mangle(n: string): string { return mangle(this.u.privateName, n); }

  /** Pool index for an AST constant value. */
  poolConst(v: A.ConstValue): number {
    switch (v.t) {
      case 'None': return this.pool.add({ tag: 0 });
      case 'Ellipsis': return this.pool.add({ tag: 3 });
      case 'bool': return this.pool.add({ tag: v.v ? 1 : 2 });
      case 'int': return this.pool.int(v.v);
      case 'float': return this.pool.add({ tag: 6, v: v.v });
      case 'complex': return this.pool.add({ tag: 11, v: v.v });
      case 'str': return this.pool.str(v.v);
      case 'bytes': return this.pool.add({ tag: 8, v: v.v });
    }
  }
  loadConst(v: A.ConstValue): void {
    if (v.t === 'int' && v.v >= SMALL_MIN && v.v <= SMALL_MAX) { this.emit(Op.LOAD_SMALL_INT, Number(v.v)); return; }
    this.loadPool(this.poolConst(v));
  }

  // ------------------------------------------------------------------ units
  enterUnit(st: SymbolTable, kind: UnitKind, name: string, firstlineno: number, privateName: string | null): void {
    const qualname = this.qualnameFor(name, kind);
    const u = new Unit(st, kind, name, qualname, firstlineno, privateName);
    if (this.u) this.stack.push(this.u);
    this.u = u;
    // slots: parameters first, then other locals (incl. cells), then free vars
    if (kind === 'function') {
      for (const p of st.params) this.addVar(p);
      for (const [n, s] of st.scopes) if ((s === 'local' || s === 'cell') && !u.varIndex.has(n)) this.addVar(n);
    } else {
      for (const [n, s] of st.scopes) if (s === 'cell') this.addVar(n);
    }
    u.nlocals = u.varnames.length;
    u.freevars = st.freeVars();
    for (const cell of st.cellVars()) this.emit(Op.MAKE_CELL, u.varIndex.get(cell)!);
  }
  addVar(n: string): void { this.u.varIndex.set(n, this.u.varnames.length); this.u.varnames.push(n); }

  qualnameFor(name: string, kind: UnitKind): string {
    const parent = this.u;
    if (!parent || parent.kind === 'module') return name;
    let forceGlobal = false;
    if (kind === 'function' || kind === 'class') {
      const mangled = mangle(parent.privateName, name);
      if (parent.st.scopes.get(mangled) === 'global_explicit') forceGlobal = true;
    }
    if (forceGlobal) return name;
    if (parent.kind === 'function') return parent.qualname + '.<locals>.' + name;
    return parent.qualname + '.' + name;
  }

  /** Finish the current unit: assemble it, register the code object, return its code index. */
  exitUnit(): number {
    const u = this.u;
    const asm = assemble(u.instrs, u.firstlineno);
    const co: CodeObject = {
      name: this.pool.str(u.name), qualname: this.pool.str(u.qualname), filename: this.pool.str(this.filename),
      firstlineno: u.firstlineno, argcount: u.argcount, posonlyargcount: u.posonly, kwonlyargcount: u.kwonly,
      flags: u.flags, nlocals: u.nlocals, nfree: u.freevars.length, stacksize: asm.stacksize,
      varnames: [...u.varnames, ...u.freevars].map((n) => this.pool.str(n)),
      names: u.names.map((n) => this.pool.str(n)),
      consts: u.consts, words: asm.words, lines: asm.lines, exc: asm.exc,
    };
    this.codes.push(co);
    this.u = this.stack.pop()!;
    return this.codes.length - 1;
  }

  // ------------------------------------------------------------------ module
  /** eval mode: the module is one expression statement whose value is returned (eval()). */
  evalMode = false;

  compileModule(mod: A.Module | A.Interactive): CodegenResult {
    const st = this.scopes.top;
    this.enterUnit(st, 'module', '<module>', 1, null);
    const body = mod.body;
    if (this.evalMode && body.length === 1 && body[0]._type === 'Expr') {
      this.at(body[0]);
      this.expr((body[0] as A.ExprStmt).value);
      this.emit(Op.RETURN_VALUE);
      const main = this.exitUnit();
      return { consts: this.pool.consts, codes: this.codes, main };
    }
    for (const s of body) {
      if (s._type === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations')) this.futureAnnotations = true;
    }
    if (body.length) this.at(body[0]);
    if (findAnn(body)) this.emit(Op.SETUP_ANNOTATIONS);
    let start = 0;
    if (!this.interactive && body.length && isDocstring(body[0])) {
      this.at(body[0]);
      this.loadConst(((body[0] as A.ExprStmt).value as A.Constant).value);
      this.storeName('__doc__');
      start = 1;
    }
    for (let i = start; i < body.length; i++) this.stmt(body[i]);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    const main = this.exitUnit();
    return { consts: this.pool.consts, codes: this.codes, main };
  }

  // ------------------------------------------------------------------ names
  scopeOf(name: string) { return this.u.st.scopes.get(name) ?? 'global_implicit'; }

  freeSlot(name: string): number {
    const i = this.u.freevars.indexOf(name);
    if (i < 0) throw new Error(`internal: ${name} is not a free variable of ${this.u.qualname}`);
    return this.u.nlocals + i;
  }

  nameOp(raw: string, ctx: A.ExprContext): void {
    const name = this.mangle(raw);
    const sc = this.scopeOf(name);
    const u = this.u;
    switch (sc) {
      case 'free': {
        const slot = this.freeSlot(name);
        if (ctx === 'Load') this.emit(u.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, slot);
        else this.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, slot);
        return;
      }
      case 'cell': {
        const slot = u.varIndex.get(name)!;
        if (u.kind === 'class' && name !== '__class__') break;
        this.emit(ctx === 'Load' ? Op.LOAD_DEREF : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, slot);
        return;
      }
      case 'local':
        if (u.kind === 'function') {
          const slot = u.varIndex.get(name)!;
          this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, slot);
          return;
        }
        break;
      case 'global_implicit':
        if (u.kind === 'function') {
          this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIdx(name));
          return;
        }
        break;
      case 'global_explicit':
        this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIdx(name));
        return;
    }
    this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, this.nameIdx(name));
  }
  storeName(n: string): void { this.nameOp(n, 'Store'); }

  // ------------------------------------------------------------------ statements
  stmts(b: A.Stmt[]): void { for (const s of b) this.stmt(s); }

  stmt(s: A.Stmt): void {
    const saved = this.saveLoc();
    this.at(s);
    this.stmtInner(s);
    this.restoreLoc(saved);
  }

  stmtInner(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'AsyncFunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete': for (const t of s.targets) this.delTarget(t); return;
      case 'Assign': {
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.storeTarget(t);
        });
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'AsyncFor': return this.asyncForStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': {
        const end = new Label('if_end');
        if (s.orelse.length) {
          const orelse = new Label('else');
          this.jumpIf(s.test, false, orelse);
          this.stmts(s.body);
          this.jump(Op.JUMP, end);
          this.place(orelse);
          this.stmts(s.orelse);
        } else {
          this.jumpIf(s.test, false, end);
          this.stmts(s.body);
        }
        this.place(end);
        return;
      }
      case 'With': return this.withStmt(s, 0);
      case 'AsyncWith': return this.withStmt(s, 0);
      case 'Match': return this.matchStmt(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) { this.expr(s.exc); n = 1; if (s.cause) { this.expr(s.cause); n = 2; } }
        this.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try': return s.finalbody.length ? this.tryFinally(s) : this.tryExcept(s);
      case 'TryStar': return s.finalbody.length ? this.tryFinally(s) : this.tryStarExcept(s);
      case 'Assert': {
        const end = new Label('assert_end');
        this.jumpIf(s.test, true, end);
        // CPython 3.11's compiler_jump_if leaves the location of the last comparison it tested
        // in place: the AssertionError is raised "at" that comparison (traceback carets)
        const cmp = lastJumpCompare(s.test);
        if (cmp) this.at(cmp);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) { this.expr(s.msg); this.emit(Op.CALL, 0); }
        this.emit(Op.RAISE_VARARGS, 1);
        this.place(end);
        return;
      }
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': case 'Pass': return;
      case 'Expr': {
        if (this.interactive && this.u.kind === 'module') {
          this.expr(s.value);
          this.emit(Op.PRINT_EXPR);
          return;
        }
        if (s.value._type === 'Constant') return;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      }
      case 'Break': {
        const savedH = this.u.handlers.slice();
        const loop = this.unwindStack(false, true, s);
        if (!loop) this.err("'break' outside loop", s);
        this.unwindBlock(loop, false);
        this.jump(Op.JUMP, loop.exit!);
        this.u.handlers = savedH;
        return;
      }
      case 'Continue': {
        const savedH = this.u.handlers.slice();
        const loop = this.unwindStack(false, true, s);
        if (!loop) this.err("'continue' not properly in loop", s);
        this.jump(Op.JUMP, loop.start!);
        this.u.handlers = savedH;
        return;
      }
    }
  }

  returnStmt(s: A.Return): void {
    if (this.u.kind !== 'function') this.err("'return' outside function", s);
    if (s.value && this.u.st.isCoroutine && this.u.st.isGenerator) this.err("'return' with value in async generator", s);
    const savedH = this.u.handlers.slice();
    if (s.value) {
      this.expr(s.value);
      this.unwindStack(true, false, s);
    } else {
      this.unwindStack(false, false, s);
      this.loadNone();
    }
    this.at(s);
    this.emit(Op.RETURN_VALUE);
    this.u.handlers = savedH;
  }

  // ------------------------------------------------------------------ unwinding
  /**
   * Emit the unwinding code for all fblocks (innermost first) up to a loop (when loop is true; the
   * loop itself is not unwound) or all of them. Returns the loop fblock found, or null.
   */
  curPos: A.Pos | null = null;
  unwindStack(preserveTos: boolean, loop: boolean, pos: A.Pos): FBlock | null {
    this.curPos = pos;
    const fbs = this.u.fblocks;
    if (!fbs.length) return null;
    const top = fbs[fbs.length - 1];
    if (loop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
    fbs.pop();
    this.unwindBlock(top, preserveTos);
    const r = this.unwindStack(preserveTos, loop, pos);
    fbs.push(top);
    return r;
  }

  unwindBlock(fb: FBlock, preserveTos: boolean): void {
    switch (fb.type) {
      case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': return;
      case 'EXCEPTION_GROUP_HANDLER': this.err("'break', 'continue' and 'return' cannot appear in an except* block", this.curPos!);
      case 'FOR_LOOP': case 'POP_VALUE':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'TRY_EXCEPT': this.popBlock(); return;
      case 'FINALLY_TRY': {
        this.popBlock();
        if (preserveTos) this.u.fblocks.push({ type: 'POP_VALUE', items: 1 });
        this.stmts(fb.finalbody!);
        if (preserveTos) this.u.fblocks.pop();
        return;
      }
      case 'FINALLY_END':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        return;
      case 'WITH': case 'ASYNC_WITH': {
        const saved = this.saveLoc();
        this.u.line = fb.line!;
        this.popBlock();
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (fb.type === 'ASYNC_WITH') { this.emit(Op.GET_AWAITABLE, 2); this.yieldFrom(); }
        this.emit(Op.POP_TOP);
        this.restoreLoc(saved);
        return;
      }
      case 'HANDLER_CLEANUP':
        if (fb.name) this.popBlock();
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        if (fb.name) { this.loadNone(); this.nameOp(fb.name, 'Store'); this.nameOp(fb.name, 'Del'); }
        return;
    }
  }

  callExitWithNones(): void {
    this.loadNone(); this.loadNone(); this.loadNone();
    this.emit(Op.CALL, 2);
  }

  // ------------------------------------------------------------------ loops
  whileStmt(s: A.While): void {
    // rotated like CPython 3.11: test once before the loop, then again at the bottom
    const body = new Label('while_body'), test = new Label('while_test'), end = new Label('while_end'), orelse = new Label('while_else');
    const infinite = s.test._type === 'Constant' && constTruthy(s.test.value) === true;
    if (!infinite) this.jumpIf(s.test, false, orelse);
    this.place(body);
    this.u.fblocks.push({ type: 'WHILE_LOOP', items: 0, start: infinite ? body : test, exit: end });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    if (infinite) this.jump(Op.JUMP, body);
    else {
      this.place(test);
      this.jumpIf(s.test, true, body);
    }
    this.place(orelse);
    this.stmts(s.orelse);
    this.place(end);
  }

  forStmt(s: A.For): void {
    const start = new Label('for_start'), cleanup = new Label('for_cleanup'), end = new Label('for_end');
    this.expr(s.iter);
    this.at(s);
    this.emit(Op.GET_ITER);
    this.place(start);
    this.at(s);
    this.jump(Op.FOR_ITER, cleanup);
    this.u.fblocks.push({ type: 'FOR_LOOP', items: 1, start, exit: end });
    this.storeTarget(s.target);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    this.jump(Op.JUMP, start);
    this.place(cleanup);
    this.stmts(s.orelse);
    this.place(end);
  }

  asyncForStmt(s: A.AsyncFor): void {
    if (!this.u.st.isCoroutine) this.err("'async for' outside async function", s);
    const start = new Label('afor_start'), except = new Label('afor_except'), end = new Label('afor_end');
    this.expr(s.iter);
    this.at(s);
    this.emit(Op.GET_AITER);
    const d = this.curDepth();
    this.place(start);
    this.u.fblocks.push({ type: 'FOR_LOOP', items: 1, start, exit: end });
    this.setupHandler(except, d + 1);
    this.emit(Op.GET_ANEXT);
    this.yieldFrom();
    this.popBlock();
    this.storeTarget(s.target);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    this.jump(Op.JUMP, start);
    this.place(except);
    this.at(s.iter);
    this.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    this.place(end);
  }

  /**
   * try/except* (CPython 3.11's layout without lasti). Stack in the handlers: prev_exc, orig,
   * list of raised/re-raised exceptions, the part not matched yet (rest).
   */
  tryStarExcept(s: A.TryStar): void {
    const end = new Label('trystar_end'), handler = new Label('except_star'), cleanup = new Label('except_star_cleanup');
    const reraise = new Label('except_star_reraise');
    const d = this.curDepth();
    this.setupHandler(handler, d);
    this.u.fblocks.push({ type: 'TRY_EXCEPT', items: 0 });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.popBlock();
    this.stmts(s.orelse);
    this.jump(Op.JUMP, end);
    this.place(handler);
    this.u.line = s.handlers.length ? s.handlers[0].lineno : s.lineno;
    this.setupHandler(cleanup, d + 1);
    this.emit(Op.PUSH_EXC_INFO);                       // prev, orig
    this.emit(Op.BUILD_LIST, 0);
    this.emit(Op.COPY, 2);                             // prev, orig, [], exc
    this.u.fblocks.push({ type: 'EXCEPTION_GROUP_HANDLER', items: 4 });
    s.handlers.forEach((h) => {
      this.at(h);
      const next = new Label('except_star_next'), noMatch = new Label('except_star_nomatch'), raised = new Label('except_star_raised');
      if (!h.type) this.err('expected one or more exception types', h);
      this.expr(h.type);
      this.emit(Op.CHECK_EG_MATCH);                    // … rest, match
      this.emit(Op.COPY, 1);
      this.jump(Op.POP_JUMP_IF_NONE, noMatch);
      if (h.name) this.nameOp(h.name, 'Store'); else this.emit(Op.POP_TOP);
      const savedH = this.u.handlers.slice();
      this.setupHandler(raised, d + 4);
      this.u.fblocks.push({ type: 'HANDLER_CLEANUP', items: 0, name: h.name });
      this.stmts(h.body);
      this.u.fblocks.pop();
      this.popBlock();
      this.at(h);
      if (h.name) { this.loadNone(); this.nameOp(h.name, 'Store'); this.nameOp(h.name, 'Del'); }
      this.jump(Op.JUMP, next);
      this.u.handlers = savedH;
      this.place(raised);                              // … rest, raised exception
      if (h.name) { this.loadNone(); this.nameOp(h.name, 'Store'); this.nameOp(h.name, 'Del'); }
      this.emit(Op.LIST_APPEND, 2);
      this.jump(Op.JUMP, next);
      this.place(noMatch);                             // … exc, None
      this.emit(Op.POP_TOP);
      this.place(next);
    });
    this.u.fblocks.pop();
    this.emit(Op.LIST_APPEND, 1);                      // prev, orig, list (+ the unmatched rest)
    this.emit(Op.PREP_RERAISE_STAR);                   // prev, exc-or-None
    this.emit(Op.COPY, 1);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    this.emit(Op.POP_TOP);
    this.popBlock();
    this.emit(Op.POP_EXCEPT);
    this.jump(Op.JUMP, end);
    this.place(reraise);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(end);
  }

  // ------------------------------------------------------------------ try
  tryFinally(s: A.Try | A.TryStar): void {
    const end = new Label('finally_end'), handler = new Label('finally_handler'), cleanup = new Label('finally_cleanup');
    const d = this.curDepth();
    this.setupHandler(handler, d);
    this.u.fblocks.push({ type: 'FINALLY_TRY', items: 0, finalbody: s.finalbody });
    if (s.handlers.length) { if (s._type === 'TryStar') this.tryStarExcept(s); else this.tryExcept(s); }
    else this.stmts(s.body);
    this.u.fblocks.pop();
    this.popBlock();
    this.stmts(s.finalbody);
    this.jump(Op.JUMP, end);
    // exceptional path
    this.place(handler);
    this.setupHandler(cleanup, d + 1);
    this.emit(Op.PUSH_EXC_INFO);
    this.u.fblocks.push({ type: 'FINALLY_END', items: 2 });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    this.emit(Op.RERAISE);
    this.popBlock();
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(end);
  }

  popExceptAndReraise(): void {
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
  }

  tryExcept(s: A.Try): void {
    const end = new Label('try_end'), handler = new Label('except'), cleanup = new Label('except_cleanup');
    const d = this.curDepth();
    this.setupHandler(handler, d);
    this.u.fblocks.push({ type: 'TRY_EXCEPT', items: 0 });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.popBlock();
    this.stmts(s.orelse);
    this.jump(Op.JUMP, end);
    this.place(handler);
    this.u.line = s.handlers.length ? s.handlers[0].lineno : s.lineno;
    this.setupHandler(cleanup, d + 1);
    this.emit(Op.PUSH_EXC_INFO);
    this.u.fblocks.push({ type: 'EXCEPTION_HANDLER', items: 1 });
    s.handlers.forEach((h, i) => {
      this.at(h);
      if (!h.type && i < s.handlers.length - 1) this.err("default 'except:' must be last", h);
      const next = new Label('except_next');
      const savedH = this.u.handlers.slice();
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = new Label('handler_cleanup');
        this.nameOp(h.name, 'Store');
        this.setupHandler(cleanupEnd, this.curDepth());
        this.u.fblocks.push({ type: 'HANDLER_CLEANUP', items: 0, name: h.name });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.at(h);
        this.popBlock();
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        this.loadNone(); this.nameOp(h.name, 'Store'); this.nameOp(h.name, 'Del');
        this.jump(Op.JUMP, end);
        this.u.handlers = savedH.slice();
        this.place(cleanupEnd);
        this.loadNone(); this.nameOp(h.name, 'Store'); this.nameOp(h.name, 'Del');
        this.emit(Op.RERAISE);
      } else {
        this.emit(Op.POP_TOP);
        this.u.fblocks.push({ type: 'HANDLER_CLEANUP', items: 0, name: null });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        this.jump(Op.JUMP, end);
      }
      this.u.handlers = savedH;
      this.place(next);
    });
    this.u.fblocks.pop();
    this.emit(Op.RERAISE);
    this.popBlock();
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(end);
  }

  // ------------------------------------------------------------------ with
  withStmt(s: A.With | A.AsyncWith, i: number): void {
    const item = s.items[i];
    const isAsync = s._type === 'AsyncWith';
    if (isAsync && !this.u.st.isCoroutine) this.err("'async with' outside async function", s);
    const end = new Label('with_end'), handler = new Label('with_handler'), cleanup = new Label('with_cleanup'), suppress = new Label('with_suppress');
    this.expr(item.context_expr);
    this.at(s);
    if (isAsync) {
      this.emit(Op.BEFORE_ASYNC_WITH);
      this.emit(Op.GET_AWAITABLE, 1);
      this.yieldFrom();
    } else this.emit(Op.BEFORE_WITH);
    const d = this.curDepth();
    this.setupHandler(handler, d + 1);
    this.u.fblocks.push({ type: isAsync ? 'ASYNC_WITH' : 'WITH', items: 1, line: s.lineno });
    if (item.optional_vars) this.storeTarget(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    this.popBlock();
    this.at(s);
    this.callExitWithNones();
    if (isAsync) { this.emit(Op.GET_AWAITABLE, 2); this.yieldFrom(); }
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    this.place(handler);
    this.setupHandler(cleanup, d + 2);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    if (isAsync) { this.emit(Op.GET_AWAITABLE, 2); this.yieldFrom(); }
    this.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE);
    this.popBlock();
    this.place(cleanup);
    this.popExceptAndReraise();
    this.place(suppress);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    this.place(end);
  }

  // ------------------------------------------------------------------ assignment
  storeTarget(t: A.Expr): void {
    const saved = this.saveLoc();
    this.at(t);
    switch (t._type) {
      case 'Name':
        if (t.id === '__debug__') this.err('cannot assign to __debug__', t);
        this.nameOp(t.id, 'Store');
        break;
      case 'Attribute': this.expr(t.value); this.at(t); this.emit(Op.STORE_ATTR, this.nameIdx(this.mangle(t.attr))); break;
      case 'Subscript': this.expr(t.value); this.expr(t.slice); this.at(t); this.emit(Op.STORE_SUBSCR); break;
      case 'Tuple': case 'List': this.unpackTo(t.elts, t); break;
      case 'Starred': this.err('starred assignment target must be in a list or tuple', t);
      default: this.err(`cannot assign to ${describe(t)}`, t);
    }
    this.restoreLoc(saved);
  }

  unpackTo(elts: A.Expr[], pos: A.Pos): void {
    let star = -1;
    elts.forEach((e, i) => {
      if (e._type === 'Starred') {
        if (star >= 0) this.err('multiple starred expressions in assignment', pos);
        star = i;
      }
    });
    if (star >= 0) {
      const after = elts.length - star - 1;
      if (star >= 256 || after > 0xfff) this.err('too many expressions in star-unpacking assignment', pos);
      this.emit(Op.UNPACK_EX, star | (after << 12));
    } else this.emit(Op.UNPACK_SEQUENCE, elts.length);
    for (const e of elts) this.storeTarget(e._type === 'Starred' ? e.value : e);
  }

  delTarget(t: A.Expr): void {
    const saved = this.saveLoc();
    this.at(t);
    switch (t._type) {
      case 'Name':
        if (t.id === '__debug__') this.err('cannot delete __debug__', t);
        this.nameOp(t.id, 'Del');
        break;
      case 'Attribute': this.expr(t.value); this.at(t); this.emit(Op.DELETE_ATTR, this.nameIdx(this.mangle(t.attr))); break;
      case 'Subscript': this.expr(t.value); this.expr(t.slice); this.at(t); this.emit(Op.DELETE_SUBSCR); break;
      case 'Tuple': case 'List': for (const e of t.elts) this.delTarget(e); break;
      default: this.err(`cannot delete ${describe(t)}`, t);
    }
    this.restoreLoc(saved);
  }

  augAssign(s: A.AugAssign): void {
    const t = s.target;
    const op = BINOP[s.op] + 16;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Load');
        this.expr(s.value);
        this.at(s);
        this.emit(Op.BINARY_OP, op);
        this.nameOp(t.id, 'Store');
        break;
      case 'Attribute': {
        const ni = this.nameIdx(this.mangle(t.attr));
        this.expr(t.value);
        this.emit(Op.COPY, 1);
        this.at(t);
        this.emit(Op.LOAD_ATTR, ni);
        this.expr(s.value);
        this.at(s);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_ATTR, ni);
        break;
      }
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.at(t);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        this.at(s);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        break;
      default: this.err(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
    }
  }

  annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) { this.expr(s.value); this.storeTarget(t); }
    const atTop = this.u.kind === 'module' || this.u.kind === 'class';
    if (t._type === 'Name') {
      if (s.simple && atTop) {
        this.annotation(s.annotation);
        this.nameOp('__annotations__', 'Load');
        this.loadStr(this.mangle(t.id));
        this.emit(Op.STORE_SUBSCR);
      }
    } else if (!s.value) {
      if (t._type === 'Attribute') { this.expr(t.value); this.emit(Op.POP_TOP); }
      else if (t._type === 'Subscript') { this.expr(t.value); this.emit(Op.POP_TOP); this.expr(t.slice); this.emit(Op.POP_TOP); }
    }
    // complex targets (including a parenthesized name): the annotation is evaluated, not stored
    if (!s.simple && atTop && !this.futureAnnotations) { this.expr(s.annotation); this.emit(Op.POP_TOP); }
  }

  /** Evaluate an annotation (or, under `from __future__ import annotations`, load its source text). */
  annotation(e: A.Expr): void {
    if (this.futureAnnotations) this.loadStr(this.sourceSegment(e));
    else if (e._type === 'Starred') {
      // `*args: *Ts` evaluates like `[ann] = [*Ts]`
      this.expr(e.value);
      this.emit(Op.UNPACK_SEQUENCE, 1);
    } else this.expr(e);
  }

  sourceSegment(e: A.Pos): string {
    // byte offsets → string (UTF-8 aware)
    const lines = this.source.split(/(?<=\n)/);
    const enc = new TextEncoder(), dec = new TextDecoder();
    if (e.lineno === e.end_lineno) {
      const b = enc.encode(lines[e.lineno - 1] ?? '');
      return dec.decode(b.slice(e.col_offset, e.end_col_offset));
    }
    let out = dec.decode(enc.encode(lines[e.lineno - 1] ?? '').slice(e.col_offset));
    for (let l = e.lineno; l < e.end_lineno - 1; l++) out += lines[l];
    out += dec.decode(enc.encode(lines[e.end_lineno - 1] ?? '').slice(0, e.end_col_offset));
    return out;
  }

  // ------------------------------------------------------------------ imports
  importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.loadPool(this.pool.int(0n));
      this.loadNone();
      this.emit(Op.IMPORT_NAME, this.nameIdx(a.name));
      if (a.asname) {
        const parts = a.name.split('.');
        for (let i = 1; i < parts.length; i++) {
          this.emit(Op.IMPORT_FROM, this.nameIdx(parts[i]));
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
        this.storeName(a.asname);
      } else {
        this.storeName(a.name.split('.')[0]);
      }
    }
  }

  importFrom(s: A.ImportFrom): void {
    this.loadPool(this.pool.int(BigInt(s.level)));
    const names = s.names.map((a) => this.pool.str(a.name));
    this.loadPool(this.pool.add({ tag: 9, items: names }));
    this.emit(Op.IMPORT_NAME, this.nameIdx(s.module ?? ''));
    if (s.names.length === 1 && s.names[0].name === '*') {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.emit(Op.IMPORT_FROM, this.nameIdx(a.name));
      this.storeName(a.asname ?? a.name);
    }
    this.emit(Op.POP_TOP);
  }

  // ------------------------------------------------------------------ functions and classes
  /** Push closure cells for child table `ct`; returns true if a closure tuple was built. */
  makeClosure(ct: SymbolTable): boolean {
    const free = ct.freeVars();
    if (!free.length) return false;
    for (const n of free) {
      const sc = this.u.st.scopes.get(n);
      let slot: number;
      if (sc === 'cell') slot = this.u.varIndex.get(n)!;
      else if (this.u.freevars.includes(n)) slot = this.freeSlot(n);
      else if (this.u.varIndex.has(n)) slot = this.u.varIndex.get(n)!;
      else throw new Error(`internal: no closure cell for ${n} in ${this.u.qualname}`);
      this.emit(Op.LOAD_CLOSURE, slot);
    }
    this.emit(Op.BUILD_TUPLE, free.length);
    return true;
  }

  /** Defaults/kwdefaults/annotations for a function; returns MAKE_FUNCTION flags. */
  functionPrelude(args: A.Arguments, returns: A.Expr | null, withAnnotations: boolean): number {
    let flags = 0;
    if (args.defaults.length) {
      if (args.defaults.every((d) => isConstExpr(d))) this.loadPool(this.constTuple(args.defaults));
      else { for (const d of args.defaults) this.expr(d); this.emit(Op.BUILD_TUPLE, args.defaults.length); }
      flags |= 1;
    }
    const kwNames: number[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) { this.expr(d); kwNames.push(this.pool.str(this.mangle(a.arg))); }
    });
    if (kwNames.length) {
      this.loadPool(this.pool.add({ tag: 9, items: kwNames }));
      this.emit(Op.BUILD_CONST_KEY_MAP, kwNames.length);
      flags |= 2;
    }
    if (withAnnotations) {
      const keys: number[] = [];
      const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
      for (const a of all) if (a.annotation) { this.annotation(a.annotation); keys.push(this.pool.str(this.mangle(a.arg))); }
      if (returns) { this.annotation(returns); keys.push(this.pool.str('return')); }
      if (keys.length) {
        this.loadPool(this.pool.add({ tag: 9, items: keys }));
        this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
        flags |= 4;
      }
    }
    return flags;
  }

  setArgCounts(args: A.Arguments): void {
    const u = this.u;
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonly = args.posonlyargs.length;
    u.kwonly = args.kwonlyargs.length;
    if (args.vararg) u.flags |= CO_VARARGS;
    if (args.kwarg) u.flags |= CO_VARKEYWORDS;
  }

  functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.at(s);
    let flags = this.functionPrelude(s.args, s.returns, true);
    const st = this.scopes.tables.get(s)!;
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enterUnit(st, 'function', s.name, firstline, this.u.privateName);
    this.setArgCounts(s.args);
    this.u.flags |= genFlags(st);
    let body = s.body;
    if (body.length && isDocstring(body[0])) {
      this.u.flags |= HAS_DOCSTRING;
      this.constIdx(this.poolConst(((body[0] as A.ExprStmt).value as A.Constant).value));
      body = body.slice(1);
    }
    this.u.line = body.length ? body[0].lineno : s.lineno;
    this.stmts(body);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit();
    this.at(s);
    if (this.makeClosure(st)) flags |= 8;
    this.loadPool(this.pool.add({ tag: 10, code }));
    this.emit(Op.MAKE_FUNCTION, flags);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 0);
    this.storeName(s.name);
  }

  lambda(e: A.Lambda): void {
    let flags = this.functionPrelude(e.args, null, false);
    const st = this.scopes.tables.get(e)!;
    this.enterUnit(st, 'function', '<lambda>', e.lineno, this.u.privateName);
    this.setArgCounts(e.args);
    this.at(e.body);
    this.expr(e.body);
    if (st.isGenerator) {
      this.u.flags |= genFlags(st);
      this.emit(Op.POP_TOP);
      this.loadNone();
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit();
    if (this.makeClosure(st)) flags |= 8;
    this.loadPool(this.pool.add({ tag: 10, code }));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.at(s);
    const st = this.scopes.tables.get(s)!;
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enterUnit(st, 'class', s.name, firstline, s.name);
    this.at(s);
    this.nameOp('__name__', 'Load');
    this.storeName('__module__');
    this.loadStr(this.u.qualname);
    this.storeName('__qualname__');
    let body = s.body;
    if (body.length && isDocstring(body[0])) {
      this.at(body[0]);
      this.loadConst(((body[0] as A.ExprStmt).value as A.Constant).value);
      this.storeName('__doc__');
      body = body.slice(1);
    }
    if (findAnn(body)) this.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    if (st.needsClassCell) {
      this.emit(Op.LOAD_CLOSURE, this.u.varIndex.get('__class__')!);
      this.emit(Op.COPY, 1);
      this.storeName('__classcell__');
    } else this.loadNone();
    this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit();
    this.at(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    let flags = 0;
    if (this.makeClosure(st)) flags |= 8;
    this.loadPool(this.pool.add({ tag: 10, code }));
    this.emit(Op.MAKE_FUNCTION, flags);
    this.loadStr(s.name);
    this.callHelper(2, s.bases, s.keywords, s);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 0);
    this.storeName(s.name);
  }

  // ------------------------------------------------------------------ match (codegen/match.ts)
  matchStmt(s: A.Match): void {
    new MatchCompiler(this).compileMatch(s);
  }

  // ------------------------------------------------------------------ expressions
  expr(e: A.Expr): void {
    const saved = this.saveLoc();
    this.at(e);
    this.exprInner(e);
    this.restoreLoc(saved);
  }

  exprInner(e: A.Expr): void {
    switch (e._type) {
      case 'Constant': return this.loadConst(e.value);
      case 'Name':
        if (e.ctx !== 'Load') this.err('internal: name not in load context', e);
        if (e.id === '__debug__') return this.loadPool(this.pool.add({ tag: 1 }));
        return this.nameOp(e.id, 'Load');
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp': {
        if (e.op === 'USub' && e.operand._type === 'Constant') {
          const v = e.operand.value;
          if (v.t === 'int') return this.loadConst({ t: 'int', v: -v.v });
          if (v.t === 'float') return this.loadConst({ t: 'float', v: -v.v });
        }
        this.expr(e.operand);
        this.emit(e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : e.op === 'Invert' ? Op.UNARY_INVERT : Op.UNARY_NOT);
        return;
      }
      case 'BoolOp': {
        const end = new Label('boolop_end');
        const jop = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) this.jump(jop, end);
        });
        this.place(end);
        return;
      }
      case 'Compare': return this.compare(e);
      case 'IfExp': {
        const orelse = new Label('ifexp_else'), end = new Label('ifexp_end');
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.place(orelse);
        this.expr(e.orelse);
        this.place(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.storeTarget(e.target);
        return;
      case 'Attribute':
        if (e.ctx !== 'Load') this.err('internal: attribute not in load context', e);
        this.expr(e.value);
        this.atAttr(e, e);
        this.emit(Op.LOAD_ATTR, this.nameIdx(this.mangle(e.attr)));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case 'Slice': {
        let n = 2;
        if (e.lower) this.expr(e.lower); else this.loadNone();
        if (e.upper) this.expr(e.upper); else this.loadNone();
        if (e.step) { this.expr(e.step); n = 3; }
        this.emit(Op.BUILD_SLICE, n);
        return;
      }
      case 'Call': return this.call(e);
      case 'Tuple':
        if (e.elts.length && e.elts.every((x) => isConstExpr(x))) return this.loadPool(this.constTuple(e.elts));
        return this.starunpack(e.elts, 0, 'tuple');
      case 'List': return this.starunpack(e.elts, 0, 'list');
      case 'Set': return this.starunpack(e.elts, 0, 'set');
      case 'Dict': return this.dict(e);
      case 'Starred': this.err("can't use starred expression here", e);
      case 'Lambda': return this.lambda(e);
      case 'ListComp': return this.comprehension(e, '<listcomp>', e.generators, 'list');
      case 'SetComp': return this.comprehension(e, '<setcomp>', e.generators, 'set');
      case 'DictComp': return this.comprehension(e, '<dictcomp>', e.generators, 'dict');
      case 'GeneratorExp': return this.comprehension(e, '<genexpr>', e.generators, 'gen');
      case 'Yield':
        if (e.value) this.expr(e.value); else this.loadNone();
        if (this.u.st.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
        this.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom': {
        if (this.u.st.isCoroutine) this.err("'yield from' inside async function", e);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.yieldFrom();
        return;
      }
      case 'Await':
        this.expr(e.value);
        this.at(e);
        this.emit(Op.GET_AWAITABLE, 0);
        this.yieldFrom();
        return;
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formattedValue(e);
    }
  }

  compare(e: A.Compare): void {
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.expr(e.comparators[0]);
      this.at(e);
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = new Label('cmp_cleanup'), end = new Label('cmp_end');
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.cmpOp(e.ops[i]);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n - 1]);
    this.cmpOp(e.ops[n - 1]);
    this.jump(Op.JUMP, end);
    this.place(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.place(end);
  }

  cmpOp(op: A.CmpOpKind): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); break;
      case 'IsNot': this.emit(Op.IS_OP, 1); break;
      case 'In': this.emit(Op.CONTAINS_OP, 0); break;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); break;
      default: this.emit(Op.COMPARE_OP, CMPOP[op]!);
    }
  }

  /** Jump to `label` if bool(e) == cond (e is consumed either way). */
  jumpIf(e: A.Expr, cond: boolean, label: Label): void {
    const saved = this.saveLoc();
    this.at(e);
    if (e._type === 'UnaryOp' && e.op === 'Not') {
      this.jumpIf(e.operand, !cond, label);
    } else if (e._type === 'BoolOp') {
      const isOr = e.op === 'Or';
      if (isOr === cond) {
        // or/true, and/false: any value deciding jumps to label
        for (const v of e.values) this.jumpIf(v, cond, label);
      } else {
        const next = new Label('bool_next');
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], !cond, next);
        this.jumpIf(e.values[e.values.length - 1], cond, label);
        this.place(next);
      }
    } else {
      this.expr(e);
      this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
    }
    this.restoreLoc(saved);
  }

  constTuple(elts: A.Expr[]): number {
    const items = elts.map((x) => x._type === 'Tuple' ? this.constTuple(x.elts) : this.poolConst(constOf(x)!));
    return this.pool.add({ tag: 9, items });
  }

  /** Build a list/tuple/set from elts (Starred allowed); `pushed` items already on the stack join in front. */
  starunpack(elts: A.Expr[], pushed: number, kind: 'list' | 'tuple' | 'set'): void {
    const hasStar = elts.some((x) => x._type === 'Starred');
    if (kind === 'set' && !hasStar && pushed === 0 && elts.length > 2 && elts.every((x) => isConstExpr(x))) {
      // CPython: BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1 (this decides the set's table layout)
      this.emit(Op.BUILD_SET, 0);
      const items = elts.map((x) => x._type === 'Tuple' ? this.constTuple(x.elts) : this.poolConst(constOf(x)!));
      this.loadPool(this.pool.add({ tag: 12, items }));
      this.emit(Op.SET_UPDATE, 1);
      return;
    }
    if (!hasStar) {
      for (const x of elts) this.expr(x);
      const n = elts.length + pushed;
      this.emit(kind === 'list' ? Op.BUILD_LIST : kind === 'tuple' ? Op.BUILD_TUPLE : Op.BUILD_SET, n);
      return;
    }
    const isSet = kind === 'set';
    let i = 0;
    let n = pushed;
    while (i < elts.length && elts[i]._type !== 'Starred') { this.expr(elts[i]); i++; n++; }
    this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, n);
    for (; i < elts.length; i++) {
      const x = elts[i];
      if (x._type === 'Starred') { this.expr(x.value); this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1); }
      else { this.expr(x); this.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1); }
    }
    if (kind === 'tuple') this.emit(Op.LIST_TO_TUPLE);
  }

  dict(e: A.Dict): void {
    const n = e.keys.length;
    let have = false;      // a dict is on the stack
    let pending = 0;
    const flush = () => {
      if (pending || !have) {
        this.emit(Op.BUILD_MAP, pending);
        if (have) this.emit(Op.DICT_UPDATE, 1);
        have = true;
        pending = 0;
      }
    };
    if (!e.keys.includes(null) && n > 1 && e.keys.every((k) => k && isConstExpr(k))) {
      for (const v of e.values) this.expr(v);
      this.loadPool(this.constTuple(e.keys as A.Expr[]));
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null) {
        if (pending || !have) flush();
        this.expr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        pending++;
      }
    }
    if (pending || !have) flush();
  }

  // ------------------------------------------------------------------ calls
  call(e: A.Call): void {
    const f = e.func;
    const simple = !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
    this.checkKeywords(e.keywords);
    if (f._type === 'Attribute' && f.ctx === 'Load' && simple) {
      this.expr(f.value);
      this.atAttr(f, f);
      this.emit(Op.LOAD_METHOD, this.nameIdx(this.mangle(f.attr)));
      for (const a of e.args) this.expr(a);
      for (const k of e.keywords) this.expr(k.value);
      this.atAttr(f, e);
      this.finishCall(e.args.length, e.keywords);
      return;
    }
    this.emit(Op.PUSH_NULL);
    this.expr(f);
    this.callHelper(0, e.args, e.keywords, e);
  }

  checkKeywords(kws: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const k of kws) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) this.err(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
  }

  finishCall(nargs: number, kws: A.Keyword[]): void {
    if (kws.length) {
      this.loadPool(this.pool.add({ tag: 9, items: kws.map((k) => this.pool.str(k.arg!)) }));
      this.emit(Op.CALL_KW, nargs + kws.length);
    } else this.emit(Op.CALL, nargs);
  }

  /** Arguments and the call, with `pushed` positional arguments already on the stack. */
  callHelper(pushed: number, args: A.Expr[], kws: A.Keyword[], pos: A.Pos): void {
    this.checkKeywords(kws);
    const ex = args.some((a) => a._type === 'Starred') || kws.some((k) => k.arg === null);
    if (!ex) {
      for (const a of args) this.expr(a);
      for (const k of kws) this.expr(k.value);
      this.at(pos);
      this.finishCall(pushed + args.length, kws);
      return;
    }
    // positional part: a tuple (or any iterable for a lone *x)
    if (pushed === 0 && args.length === 1 && args[0]._type === 'Starred') this.expr(args[0].value);
    else this.starunpack(args, pushed, 'tuple');
    if (kws.length) {
      let have = false, pending = 0;
      for (const k of kws) {
        if (k.arg === null) {
          if (pending || !have) { this.emit(Op.BUILD_MAP, pending); if (have) this.emit(Op.DICT_MERGE, 1); have = true; pending = 0; }
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadStr(k.arg);
          this.expr(k.value);
          pending++;
        }
      }
      if (pending) { this.emit(Op.BUILD_MAP, pending); if (have) this.emit(Op.DICT_MERGE, 1); }
    }
    this.at(pos);
    this.emit(Op.CALL_FUNCTION_EX, kws.length ? 1 : 0);
  }

  // ------------------------------------------------------------------ comprehensions
  comprehension(e: A.Expr, name: string, gens: A.Comprehension[], kind: 'list' | 'set' | 'dict' | 'gen'): void {
    const st = this.scopes.tables.get(e)!;
    this.enterUnit(st, 'function', name, e.lineno, this.u.privateName);
    this.u.argcount = 1;
    const isAsync = st.isCoroutine;
    if (kind === 'gen') this.u.flags |= isAsync ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (isAsync) this.u.flags |= CO_COROUTINE;
    if (kind === 'list') this.emit(Op.BUILD_LIST, 0);
    else if (kind === 'set') this.emit(Op.BUILD_SET, 0);
    else if (kind === 'dict') this.emit(Op.BUILD_MAP, 0);
    this.compGenerator(e, gens, 0, kind);
    if (kind === 'gen') this.loadNone();
    this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit();
    let flags = 0;
    if (this.makeClosure(st)) flags |= 8;
    this.loadPool(this.pool.add({ tag: 10, code }));
    this.emit(Op.MAKE_FUNCTION, flags);
    this.expr(gens[0].iter);
    this.at(e);
    this.emit(gens[0].is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 0);
    if (isAsync && kind !== 'gen') { this.emit(Op.GET_AWAITABLE, 0); this.yieldFrom(); }
  }

  /** The `yield from`/`await` loop: receiver (and the value to send: None) → result. */
  yieldFrom(): void {
    this.loadNone();
    const loop = new Label('send'), end = new Label('send_end');
    this.place(loop);
    this.jump(Op.SEND, end);
    this.emit(Op.YIELD_VALUE);
    this.jump(Op.JUMP, loop);
    this.place(end);
  }

  compGenerator(e: A.Expr, gens: A.Comprehension[], i: number, kind: 'list' | 'set' | 'dict' | 'gen'): void {
    const g = gens[i];
    const start = new Label('comp_start'), anchor = new Label('comp_end');
    if (i === 0) this.emit(Op.LOAD_FAST, 0);
    else { this.expr(g.iter); this.emit(g.is_async ? Op.GET_AITER : Op.GET_ITER); }
    this.place(start);
    this.at(e);
    if (g.is_async) {
      // the iterator (and the accumulator of list/set/dict comprehensions) stays on the stack
      this.setupHandler(anchor, (kind === 'gen' ? 0 : 1) + i + 1);
      this.emit(Op.GET_ANEXT);
      this.yieldFrom();
      this.popBlock();
    } else this.jump(Op.FOR_ITER, anchor);
    this.storeTarget(g.target);
    for (const c of g.ifs) this.jumpIf(c, false, start);
    if (i + 1 < gens.length) this.compGenerator(e, gens, i + 1, kind);
    else {
      const depth = gens.length + 1;
      switch (kind) {
        case 'list': this.expr((e as A.ListComp).elt); this.emit(Op.LIST_APPEND, depth); break;
        case 'set': this.expr((e as A.SetComp).elt); this.emit(Op.SET_ADD, depth); break;
        case 'dict': this.expr((e as A.DictComp).key); this.expr((e as A.DictComp).value); this.emit(Op.MAP_ADD, depth); break;
        case 'gen':
          this.expr((e as A.GeneratorExp).elt);
          if (this.u.st.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
          this.emit(Op.YIELD_VALUE); this.emit(Op.POP_TOP);
          break;
      }
    }
    this.jump(Op.JUMP, start);
    this.place(anchor);
    if (g.is_async) this.emit(Op.END_ASYNC_FOR);
  }

  // ------------------------------------------------------------------ f-strings
  joinedStr(e: A.JoinedStr): void {
    const vals = e.values;
    if (vals.length === 0) { this.loadStr(''); return; }
    for (const v of vals) this.expr(v);
    if (vals.length > 1) this.emit(Op.BUILD_STRING, vals.length);
    else if (vals[0]._type === 'Constant') { /* single literal */ }
  }

  formattedValue(e: A.FormattedValue): void {
    this.expr(e.value);
    let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
    if (e.format_spec) { this.expr(e.format_spec); flags |= 4; }
    this.at(e);
    this.emit(Op.FORMAT_VALUE, flags);
  }
}

// -------------------------------------------------------------------- helpers
/** CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR for a function's symbol table. */
function genFlags(st: SymbolTable): number {
  if (st.isCoroutine) return st.isGenerator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
  return st.isGenerator ? CO_GENERATOR : 0;
}

function isDocstring(s: A.Stmt): boolean {
  return s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.t === 'str';
}

function constOf(e: A.Expr): A.ConstValue | null {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' || e._type === 'BinOp') return foldConst(e);
  return null;
}

function isConstExpr(e: A.Expr): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'UnaryOp' || e._type === 'BinOp') return foldConst(e) !== null;
  if (e._type === 'Tuple') return e.elts.every(isConstExpr);
  return false;
}

// ---- constant folding (CPython's ast_opt for numbers and strs) ----------------------------------------
// CPython folds `-1`, `2**10`, `'a' + 'b'` before compiling, so `{-5, 3, 8}` is a constant set display
// (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE) and its table layout -- the printed order --
// depends on it. The folds and their size limits mirror ast_opt.c (MAX_INT_SIZE 128 bits,
// MAX_STR_SIZE 4096); whatever could differ from the runtime operation by a rounding (float **,
// int/float mixes beyond 2**53, negative powers) is left unfolded.
const MAX_INT_BITS = 128n;
const MAX_STR = 4096;
function bitLen(v: bigint): bigint { if (v < 0n) v = -v; return v === 0n ? 0n : BigInt(v.toString(2).length); }
function asInt(v: A.ConstValue): bigint | null { return v.t === 'int' ? v.v : v.t === 'bool' ? (v.v ? 1n : 0n) : null; }
const EXACT = 2 ** 53;
function asFloat(v: A.ConstValue): number | null {
  if (v.t === 'float') return v.v;
  const i = asInt(v);
  if (i === null) return null;
  return i >= -BigInt(EXACT) && i <= BigInt(EXACT) ? Number(i) : null;
}
function floorDiv(a: bigint, b: bigint): bigint { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; }
function pyFloatMod(x: number, y: number): number {
  let m = x % y;
  if (m) { if ((y < 0) !== (m < 0)) m += y; } else m = y < 0 ? -0 : 0;
  return m;
}
function pyFloatFloorDiv(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod && (y < 0) !== (mod < 0)) div -= 1;
  if (!div) return (x / y) < 0 ? -0 : 0;
  let fl = Math.floor(div);
  if (div - fl > 0.5) fl += 1;
  return fl;
}
export function foldConst(e: A.Expr): A.ConstValue | null {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp') {
    const v = foldConst(e.operand);
    if (!v) return null;
    const i = asInt(v);
    if (e.op === 'USub') return i !== null ? { t: 'int', v: -i } : v.t === 'float' ? { t: 'float', v: -v.v } : null;
    if (e.op === 'UAdd') return i !== null ? { t: 'int', v: i } : v.t === 'float' ? v : null;
    if (e.op === 'Invert') return i !== null ? { t: 'int', v: -i - 1n } : null;
    return null;
  }
  if (e._type !== 'BinOp') return null;
  const l = foldConst(e.left), r = foldConst(e.right);
  if (!l || !r) return null;
  const a = asInt(l), b = asInt(r);
  if (a !== null && b !== null) {
    if (l.t === 'bool' && r.t === 'bool' && (e.op === 'BitAnd' || e.op === 'BitOr' || e.op === 'BitXor')) return null;  // bool result
    switch (e.op) {
      case 'Add': return { t: 'int', v: a + b };
      case 'Sub': return { t: 'int', v: a - b };
      case 'Mult': return a !== 0n && b !== 0n && bitLen(a) + bitLen(b) > MAX_INT_BITS ? null : { t: 'int', v: a * b };
      case 'FloorDiv': return b === 0n ? null : { t: 'int', v: floorDiv(a, b) };
      case 'Mod': return b === 0n ? null : { t: 'int', v: a - floorDiv(a, b) * b };
      case 'Pow': return b < 0n || (a !== 0n && bitLen(a) * b > MAX_INT_BITS) ? null : { t: 'int', v: a ** b };
      case 'LShift': return b < 0n || (a !== 0n && b !== 0n && (b > MAX_INT_BITS || bitLen(a) + b > MAX_INT_BITS)) ? null : { t: 'int', v: a << b };
      case 'RShift': return b < 0n ? null : { t: 'int', v: a >> b };
      case 'BitAnd': return { t: 'int', v: a & b };
      case 'BitOr': return { t: 'int', v: a | b };
      case 'BitXor': return { t: 'int', v: a ^ b };
      case 'Div': {
        const x = asFloat(l), y = asFloat(r);
        return x === null || y === null || y === 0 ? null : { t: 'float', v: x / y };
      }
    }
    return null;
  }
  if (l.t === 'str' && r.t === 'str' && e.op === 'Add') return l.v.length + r.v.length > MAX_STR ? null : { t: 'str', v: l.v + r.v };
  if (e.op === 'Mult' && ((l.t === 'str' && b !== null) || (r.t === 'str' && a !== null))) {
    const str = l.t === 'str' ? l.v : (r as { v: string }).v, n = l.t === 'str' ? b! : a!;
    if (n < 0n || (str.length && n > BigInt(Math.floor(MAX_STR / str.length)))) return null;
    return { t: 'str', v: str.repeat(Number(n)) };
  }
  if ((l.t === 'float' || r.t === 'float') && l.t !== 'str' && r.t !== 'str') {
    const x = asFloat(l), y = asFloat(r);
    if (x === null || y === null) return null;
    switch (e.op) {
      case 'Add': return { t: 'float', v: x + y };
      case 'Sub': return { t: 'float', v: x - y };
      case 'Mult': return { t: 'float', v: x * y };
      case 'Div': return y === 0 ? null : { t: 'float', v: x / y };
      case 'Mod': return y === 0 ? null : { t: 'float', v: pyFloatMod(x, y) };
      case 'FloorDiv': return y === 0 ? null : { t: 'float', v: pyFloatFloorDiv(x, y) };
    }
  }
  return null;
}

function constTruthy(v: A.ConstValue): boolean | null {
  switch (v.t) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': case 'complex': return v.v !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
  }
}

/** Does a module/class body contain annotated assignments (outside nested scopes)? */
function findAnn(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith': if (findAnn(s.body)) return true; break;
      case 'Try': case 'TryStar':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody) || s.handlers.some((h) => findAnn(h.body))) return true;
        break;
      case 'Match': if (s.cases.some((c) => findAnn(c.body))) return true; break;
    }
  }
  return false;
}

export function describe(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
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

void DEF_FREE_CLASS;

function utf8Length(s: string): number { return new TextEncoder().encode(s).length; }

/** The last Compare that compiler_jump_if visits (through not/and/or/if-else) in a condition. */
function lastJumpCompare(e: A.Expr): A.Expr | null {
  switch (e._type) {
    case 'Compare': return e;
    case 'UnaryOp': return e.op === 'Not' ? lastJumpCompare(e.operand) : null;
    case 'BoolOp': { let r: A.Expr | null = null; for (const v of e.values) r = lastJumpCompare(v) ?? r; return r; }
    case 'IfExp': return lastJumpCompare(e.orelse) ?? lastJumpCompare(e.body) ?? lastJumpCompare(e.test);
    default: return null;
  }
}
