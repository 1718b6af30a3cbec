// Disassembler for bytecode images (`pyex dis`): per code object a header, one line per
// instruction (offset, source line when it changes, opname, arg, hint), then the exception table.
import { OPS } from './generated/opcodes.js';
import { readImage, type Image, type PoolConst } from './image.js';

const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const CMPOPS = ['<', '<=', '==', '!=', '>', '>='];

function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c < 0xe000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + q;
}

function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s.replace(/e\+?/, 'e+').replace('e+-', 'e-') : s + '.0';
}

export function constRepr(img: Image, i: number, depth = 0): string {
  const c: PoolConst = img.consts[i];
  switch (c.tag) {
    case 0: return 'None';
    case 1: return 'True';
    case 2: return 'False';
    case 3: return 'Ellipsis';
    case 4: case 5: return c.v.toString();
    case 6: return floatRepr(c.v);
    case 11: return floatRepr(c.v) + 'j';
    case 7: return pyStrRepr(c.v);
    case 8: {
      let s = "b'";
      for (const b of c.v) s += b === 0x27 ? "\\'" : b === 0x5c ? '\\\\' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
      return s + "'";
    }
    case 9: {
      if (depth > 5) return '(...)';
      const items = c.items.map((x) => constRepr(img, x, depth + 1));
      return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
    }
    case 12: {
      if (depth > 5) return 'frozenset(...)';
      return 'frozenset({' + c.items.map((x) => constRepr(img, x, depth + 1)).join(', ') + '})';
    }
    case 10: {
      const co = img.codes[c.code];
      const q = img.consts[co.qualname];
      return `<code ${q.tag === 7 ? q.v : '?'} #${c.code}>`;
    }
  }
}

function str(img: Image, i: number): string {
  const c = img.consts[i];
  return c && c.tag === 7 ? c.v : `?${i}`;
}

export function disassemble(image: Uint8Array | Image): string {
  const img = image instanceof Uint8Array ? readImage(image) : image;
  const out: string[] = [];
  img.codes.forEach((co, ci) => {
    const flags: string[] = [];
    if (co.flags & 4) flags.push('VARARGS');
    if (co.flags & 8) flags.push('VARKEYWORDS');
    if (co.flags & 0x20) flags.push('GENERATOR');
    if (co.flags & 0x80) flags.push('COROUTINE');
    if (co.flags & 0x40000000) flags.push('DOCSTRING');
    out.push(`code #${ci} ${str(img, co.qualname)}${ci === img.main ? ' (main)' : ''} (${str(img, co.filename)}, line ${co.firstlineno})`);
    out.push(`  args ${co.argcount} posonly ${co.posonlyargcount} kwonly ${co.kwonlyargcount} flags ${flags.join('|') || '0'} stack ${co.stacksize}`);
    const vn = co.varnames.map((x) => str(img, x));
    out.push(`  locals (${co.nlocals}): ${vn.slice(0, co.nlocals).join(', ')}`);
    if (co.nfree) out.push(`  free (${co.nfree}): ${vn.slice(co.nlocals).join(', ')}`);
    const targets = new Set<number>();
    for (const w of co.words) { const op = w & 0xff; if (OPS[op]?.jump) targets.add(w >>> 8); }
    for (const e of co.exc) targets.add(e[2]);
    let li = 0, shownLine = -1;
    for (let pc = 0; pc < co.words.length; pc++) {
      let lineCol = '';
      while (li < co.lines.length && co.lines[li][0] <= pc) {
        // entries also start where only the columns change: show the line when it changes
        if (co.lines[li][0] === pc && co.lines[li][1] !== shownLine) { lineCol = String(co.lines[li][1]); shownLine = co.lines[li][1]; }
        li++;
      }
      const w = co.words[pc];
      const op = w & 0xff;
      const info = OPS[op];
      let arg = w >>> 8;
      let hint = '';
      let argText = '';
      if (!info) { out.push(`  ${String(pc).padStart(5)} ??? ${w}`); continue; }
      if (info.format !== '') {
        if (info.format === 's') arg = (arg << 8) >> 8;
        argText = info.format === 'ab' ? `${arg & 0xfff}, ${arg >> 12}` : String(arg);
        switch (info.name) {
          case 'LOAD_CONST': hint = co.consts[arg] !== undefined ? constRepr(img, co.consts[arg]) : '?'; break;
          case 'LOAD_FAST': case 'STORE_FAST': case 'DELETE_FAST': case 'LOAD_DEREF': case 'STORE_DEREF': case 'DELETE_DEREF':
          case 'LOAD_CLOSURE': case 'MAKE_CELL': case 'LOAD_CLASSDEREF':
            hint = vn[arg] ?? '?'; break;
          case 'LOAD_GLOBAL': case 'STORE_GLOBAL': case 'DELETE_GLOBAL': case 'LOAD_NAME': case 'STORE_NAME': case 'DELETE_NAME':
          case 'LOAD_ATTR': case 'STORE_ATTR': case 'DELETE_ATTR': case 'LOAD_METHOD': case 'IMPORT_NAME': case 'IMPORT_FROM':
            hint = co.names[arg] !== undefined ? str(img, co.names[arg]) : '?'; break;
          case 'BINARY_OP': hint = (BINOPS[arg & 15] ?? '?') + (arg & 16 ? '=' : ''); break;
          case 'COMPARE_OP': hint = CMPOPS[arg] ?? '?'; break;
          case 'IS_OP': hint = arg ? 'is not' : 'is'; break;
          case 'CONTAINS_OP': hint = arg ? 'not in' : 'in'; break;
          case 'FORMAT_VALUE': hint = ['', '!s', '!r', '!a'][arg & 3] + (arg & 4 ? ' with spec' : ''); break;
          default: if (info.jump) hint = `to ${arg}`;
        }
      }
      const mark = targets.has(pc) ? '>>' : '  ';
      out.push(`  ${lineCol.padStart(4)} ${mark}${String(pc).padStart(4)} ${info.name.padEnd(20)} ${argText.padStart(4)}${hint ? ' (' + hint + ')' : ''}`.trimEnd());
    }
    if (co.exc.length) {
      out.push('  exception table:');
      for (const [s, e, t, d] of co.exc) out.push(`    ${s} to ${e} -> ${t} [${d}]`);
    }
    out.push('');
  });
  return out.join('\n');
}
