// `match` statements, ported from CPython 3.11's compiler (compiler_match, compiler_pattern_*).
// A pattern consumes the subject on top of the stack; captured values stay on the stack (rotated
// below `onTop` items and earlier captures) until the whole case matched, then are stored in order.
// Failure jumps to failPop[k], which pops the k items then accumulated.
import type * as A from '../ast.js';
import { Op } from '../generated/opcodes.js';
import { Label } from '../assemble.js';
import type { Codegen } from '../codegen.js';

interface PC {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

function isWildcard(p: A.Pattern): boolean { return p._type === 'MatchAs' && !p.pattern && !p.name; }
function isStarWildcard(p: A.Pattern): boolean { return p._type === 'MatchStar' && !p.name; }

export class MatchCompiler {
  cg: Codegen;
  constructor(cg: Codegen) { this.cg = cg; }

  ensureFailPop(pc: PC, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(new Label('fail_pop'));
  }
  jumpToFailPop(pc: PC, op: Op): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.cg.jump(op, pc.failPop[pops]);
  }
  emitAndResetFailPop(pc: PC): void {
    if (!pc.failPop.length) return;
    for (let k = pc.failPop.length - 1; k > 0; k--) {
      this.cg.place(pc.failPop[k]);
      this.cg.emit(Op.POP_TOP);
    }
    this.cg.place(pc.failPop[0]);
    pc.failPop = [];
  }
  rotate(count: number): void {
    while (count > 1) this.cg.emit(Op.SWAP, count--);
  }
  storeName(name: string | null, pc: PC, pos: A.Pos): void {
    if (name === null) { this.cg.emit(Op.POP_TOP); return; }
    if (pc.stores.includes(name)) this.cg.err(`multiple assignments to name '${name}' in pattern`, pos);
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  compileMatch(s: A.Match): void {
    const cg = this.cg;
    cg.expr(s.subject);
    const end = new Label('match_end');
    const cases = s.cases.length;
    const last = s.cases[cases - 1];
    const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i];
      cg.u.line = m.pattern.lineno;
      const notLast = i !== cases - hasDefault - 1;
      if (notLast) cg.emit(Op.COPY, 1);
      const pc: PC = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const n of pc.stores) cg.nameOp(n, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        cg.jumpIf(m.guard, false, pc.failPop[0]);
      }
      if (notLast) cg.emit(Op.POP_TOP);
      cg.stmts(m.body);
      cg.jump(Op.JUMP, end);
      cg.u.line = m.pattern.lineno;
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      cg.u.line = last.pattern.lineno;
      if (last.guard) cg.jumpIf(last.guard, false, end);
      cg.stmts(last.body);
    }
    cg.place(end);
  }

  subpattern(p: A.Pattern, pc: PC): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  pattern(p: A.Pattern, pc: PC): void {
    const cg = this.cg;
    const savedLine = cg.u.line;
    cg.u.line = p.lineno;
    switch (p._type) {
      case 'MatchValue':
        cg.expr(p.value);
        cg.emit(Op.COMPARE_OP, 2);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        break;
      case 'MatchSingleton':
        cg.loadConst(p.value);
        cg.emit(Op.IS_OP, 0);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        break;
      case 'MatchAs':
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            if (p.name) cg.err(`name capture '${p.name}' makes remaining patterns unreachable`, p);
            cg.err('wildcard makes remaining patterns unreachable', p);
          }
          this.storeName(p.name, pc, p);
          break;
        }
        pc.onTop++;
        cg.emit(Op.COPY, 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storeName(p.name, pc, p);
        break;
      case 'MatchStar':
        this.storeName(p.name, pc, p);
        break;
      case 'MatchSequence': this.sequence(p, pc); break;
      case 'MatchMapping': this.mapping(p, pc); break;
      case 'MatchClass': this.cls(p, pc); break;
      case 'MatchOr': this.or(p, pc); break;
    }
    cg.u.line = savedLine;
  }

  sequence(p: A.MatchSequence, pc: PC): void {
    const cg = this.cg;
    const pats = p.patterns, size = pats.length;
    let star = -1, onlyWildcard = true, starWildcard = false;
    pats.forEach((q, i) => {
      if (q._type === 'MatchStar') {
        if (star >= 0) cg.err('multiple starred names in sequence pattern', q);
        starWildcard = isStarWildcard(q);
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        return;
      }
      onlyWildcard = onlyWildcard && isWildcard(q);
    });
    pc.onTop++;
    cg.emit(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      cg.emit(Op.GET_LEN);
      cg.loadConst({ t: 'int', v: BigInt(size) });
      cg.emit(Op.COMPARE_OP, 2);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    } else if (size - 1 > 0) {
      cg.emit(Op.GET_LEN);
      cg.loadConst({ t: 'int', v: BigInt(size - 1) });
      cg.emit(Op.COMPARE_OP, 5);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) cg.emit(Op.POP_TOP);
    else if (starWildcard) {
      pc.onTop++;
      pats.forEach((q, i) => {
        if (isWildcard(q) || i === star) return;
        cg.emit(Op.COPY, 1);
        if (i < star) cg.loadConst({ t: 'int', v: BigInt(i) });
        else {
          cg.emit(Op.GET_LEN);
          cg.loadConst({ t: 'int', v: BigInt(size - i) });
          cg.emit(Op.BINARY_OP, 1);
        }
        cg.emit(Op.BINARY_SUBSCR);
        this.subpattern(q, pc);
      });
      pc.onTop--;
      cg.emit(Op.POP_TOP);
    } else {
      if (star >= 0) cg.emit(Op.UNPACK_EX, star | ((size - star - 1) << 12));
      else cg.emit(Op.UNPACK_SEQUENCE, size);
      pc.onTop += size;
      for (const q of pats) {
        pc.onTop--;
        this.subpattern(q, pc);
      }
    }
  }

  mapping(p: A.MatchMapping, pc: PC): void {
    const cg = this.cg;
    const keys = p.keys, size = keys.length;
    if (size !== p.patterns.length) cg.err('keys (' + size + ') / patterns (' + p.patterns.length + ') length mismatch in mapping pattern', p);
    pc.onTop++;
    cg.emit(Op.MATCH_MAPPING);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (!size && !p.rest) {
      pc.onTop--;
      cg.emit(Op.POP_TOP);
      return;
    }
    if (size) {
      cg.emit(Op.GET_LEN);
      cg.loadConst({ t: 'int', v: BigInt(size) });
      cg.emit(Op.COMPARE_OP, 5);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (const k of keys) {
      if (k._type === 'Constant') {
        const key = constKey(k.value);
        if (seen.has(key)) cg.err(`mapping pattern checks duplicate key (${constRepr(k.value)})`, k);
        seen.add(key);
      } else if (k._type !== 'Attribute' && !isSignedNumber(k)) cg.err('mapping pattern keys may only match literals and attribute lookups', k);
      cg.expr(k);
    }
    cg.emit(Op.BUILD_TUPLE, size);
    cg.emit(Op.MATCH_KEYS);
    pc.onTop += 2;
    cg.emit(Op.COPY, 1);
    cg.loadNone();
    cg.emit(Op.IS_OP, 1);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    cg.emit(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    pc.onTop -= 2;
    if (p.rest) {
      cg.emit(Op.BUILD_MAP, 0);
      cg.emit(Op.SWAP, 3);
      cg.emit(Op.DICT_UPDATE, 2);
      cg.emit(Op.UNPACK_SEQUENCE, size);
      let n = size;
      while (n) {
        cg.emit(Op.COPY, 1 + n--);
        cg.emit(Op.SWAP, 2);
        cg.emit(Op.DELETE_SUBSCR);
      }
      this.storeName(p.rest, pc, p);
    } else {
      cg.emit(Op.POP_TOP);
      cg.emit(Op.POP_TOP);
    }
  }

  cls(p: A.MatchClass, pc: PC): void {
    const cg = this.cg;
    const nargs = p.patterns.length, nattrs = p.kwd_attrs.length;
    if (nattrs !== p.kwd_patterns.length) cg.err('kwd_attrs (' + nattrs + ') / kwd_patterns (' + p.kwd_patterns.length + ') length mismatch in class pattern', p);
    const seen = new Set<string>();
    p.kwd_attrs.forEach((a, i) => {
      if (seen.has(a)) cg.err(`attribute name repeated in class pattern: ${a}`, p.kwd_patterns[i]);
      seen.add(a);
    });
    cg.expr(p.cls);
    cg.loadPool(cg.pool.add({ tag: 9, items: p.kwd_attrs.map((a) => cg.pool.str(a)) }));
    cg.emit(Op.MATCH_CLASS, nargs);
    cg.emit(Op.COPY, 1);
    cg.loadNone();
    cg.emit(Op.IS_OP, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    cg.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
      if (isWildcard(q)) { cg.emit(Op.POP_TOP); continue; }
      this.subpattern(q, pc);
    }
  }

  or(p: A.MatchOr, pc: PC): void {
    const cg = this.cg;
    const end = new Label('or_end');
    const size = p.patterns.length;
    const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      cg.u.line = alt.lineno;
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      cg.emit(Op.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (!i) control = pc.stores;
      else if (nstores !== control!.length) cg.err('alternative patterns bind different names', alt);
      else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) cg.err('alternative patterns bind different names', alt);
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      cg.jump(Op.JUMP, end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    cg.u.line = p.lineno;
    cg.emit(Op.POP_TOP);
    this.jumpToFailPop(pc, Op.JUMP);
    cg.place(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) cg.err(`multiple assignments to name '${name}' in pattern`, p);
      pc.stores.push(name);
    }
    cg.emit(Op.POP_TOP);
  }
}

function constKey(v: A.ConstValue): string {
  switch (v.t) {
    case 'int': return 'n' + v.v.toString();
    case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v).toString() : 'f' + v.v;
    case 'bool': return 'n' + (v.v ? '1' : '0');
    case 'str': return 's' + v.v;
    case 'bytes': return 'b' + Array.from(v.v).join(',');
    case 'complex': return 'j' + v.v;
    default: return v.t;
  }
}

function constRepr(v: A.ConstValue): string {
  switch (v.t) {
    case 'int': return v.v.toString();
    case 'float': return String(v.v);
    case 'bool': return v.v ? 'True' : 'False';
    case 'str': return "'" + v.v + "'";
    case 'None': return 'None';
    default: return '...';
  }
}

/** `-1`, `1+2j`, `-0-0j`: literals the parser allows in patterns (CPython folds them to constants). */
function isSignedNumber(e: A.Expr): boolean {
  const num = (x: A.Expr) => x._type === 'Constant' && (x.value.t === 'int' || x.value.t === 'float' || x.value.t === 'complex');
  const signed = (x: A.Expr) => num(x) || (x._type === 'UnaryOp' && x.op === 'USub' && num(x.operand));
  return signed(e) || (e._type === 'BinOp' && (e.op === 'Add' || e.op === 'Sub') && signed(e.left) && num(e.right));
}
