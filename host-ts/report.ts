// Turns the VM's error report into the result's `error` and a CPython-style traceback.
// Report format (UTF-8 lines, written by vm/index.ts):
//   E <type>\t<message with \n and \\ escaped>     one exception
//   F <file>\t<line>\t<function>[\t<end line>\t<col>\t<end col>]   its frames, outermost first;
//                                                  the failing instruction's source range (UTF-8
//                                                  byte columns, -1 unknown) for the ^^^ markers
//   N <note, escaped like messages>                its __notes__ (add_note), printed after the message
//   L cause | L context                            the next exception was caused by / raised during the previous
//   G <count>                                      the exception just described is a group of <count> members;
//   C                                                each member (at most 15) starts with C and is a full chain,
//   H                                                the group ends with H
//   X <message>                                    sys.exit("message")

import { parse } from '../compiler/parser/index';

export interface PyError {
  type: string;
  message: string;
  traceback: string;
  line?: number;
}

interface Frame { file: string; line: number; name: string; endLine?: number; col?: number; endCol?: number }
interface Block {
  type: string;
  message: string;
  frames: Frame[];
  link?: string;
  notes: string[];
  group?: { total: number; members: Block[][] };
}

function unescape(s: string): string {
  return s.replace(/\\(n|\\)/g, (_, c) => (c === 'n' ? '\n' : '\\'));
}

/** The top-level chain of exception blocks, oldest first (group members nested in `group`). */
export function parseReport(text: string): Block[] {
  const root: Block[] = [];
  const parents: Block[][] = [];
  const groups: Block[] = [];
  let chain = root;
  let link: string | undefined;
  for (const ln of text.split('\n')) {
    const last = chain[chain.length - 1];
    if (ln.startsWith('E ')) {
      const tab = ln.indexOf('\t');
      chain.push({ type: ln.slice(2, tab < 0 ? undefined : tab), message: tab < 0 ? '' : unescape(ln.slice(tab + 1)), frames: [], link, notes: [] });
      link = undefined;
    } else if (ln.startsWith('F ') && last) {
      const [file, line, name, endLine, col, endCol] = ln.slice(2).split('\t');
      const fr: Frame = { file, line: Number(line), name };
      if (endCol !== undefined) { fr.endLine = Number(endLine); fr.col = Number(col); fr.endCol = Number(endCol); }
      last.frames.push(fr);
    } else if (ln.startsWith('N ') && last) {
      last.notes.push(unescape(ln.slice(2)));
    } else if (ln.startsWith('L ')) link = ln.slice(2);
    else if (ln.startsWith('G ') && last) {
      last.group = { total: Number(ln.slice(2)), members: [] };
      groups.push(last);
      parents.push(chain);
    } else if (ln === 'C' && groups.length) {
      chain = [];
      groups[groups.length - 1].group!.members.push(chain);
      link = undefined;
    } else if (ln === 'H' && groups.length) {
      groups.pop();
      chain = parents.pop()!;
      link = undefined;
    }
  }
  return root;
}

const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

/** CPython's traceback layout, including the boxes of exception groups (traceback.py's format). */
export function formatTraceback(blocks: Block[], sources: Map<string, string>): string {
  const out: string[] = [];
  const ctx = { depth: 0, needClose: false };
  const indent = () => ' '.repeat(2 * ctx.depth);
  const emit = (text: string, margin?: string) => {
    let pre = indent();
    if (ctx.depth) pre += (margin ?? '|') + ' ';
    for (const line of text.split(/(?<=\n)/)) if (line) out.push(pre + line);
  };
  const framesText = (b: Block) => {
    let s = '';
    // CPython's StackSummary.format: after 3 identical frames in a row (file, line, name), the rest
    // of the run is one "[Previous line repeated N more times]" line (deep recursion)
    const CUTOFF = 3;
    let lastKey = '', count = 0;
    const flushRepeat = () => {
      if (count > CUTOFF) { const n = count - CUTOFF; s += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`; }
    };
    for (const f of b.frames) {
      const key = `${f.file}\0${f.line}\0${f.name}`;
      if (key === lastKey) count++;
      else { flushRepeat(); lastKey = key; count = 1; }
      if (count > CUTOFF) continue;
      s += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
      const src = sources.get(f.file);
      if (src !== undefined) {
        const text = src.split(/\r?\n/)[f.line - 1];
        if (text !== undefined && text.trim()) s += `    ${text.trim()}\n` + caretLine(text, f);
      }
    }
    flushRepeat();
    return s;
  };
  const exceptionOnly = (b: Block) => {
    let s: string;
    // a SyntaxError raised at run time (exec/compile/eval) shows its location as a "File" line and
    // only the message on the last line, as traceback.format_exception_only does
    const se = /^(SyntaxError|IndentationError|TabError)$/.test(b.type) ? /^([\s\S]*) \((.*), line (\d+)\)$/.exec(b.message) : null;
    if (se) s = `  File "${se[2]}", line ${se[3]}\n${b.type}: ${se[1]}\n`;
    else s = b.message ? `${b.type}: ${b.message}\n` : `${b.type}\n`;
    for (const n of b.notes) s += n.endsWith('\n') ? n : n + '\n';
    return s;
  };
  const chain = (bs: Block[]) => {
    for (const b of bs) {
      if (b.link === 'cause') emit('\nThe above exception was the direct cause of the following exception:\n\n');
      else if (b.link === 'context') emit('\nDuring handling of the above exception, another exception occurred:\n\n');
      if (!b.group) {
        if (b.frames.length) { emit('Traceback (most recent call last):\n'); emit(framesText(b)); }
        emit(exceptionOnly(b));
        continue;
      }
      if (ctx.depth > MAX_GROUP_DEPTH) { emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`); continue; }
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      if (b.frames.length) {
        emit('Exception Group Traceback (most recent call last):\n', top ? '+' : undefined);
        emit(framesText(b));
      }
      emit(exceptionOnly(b));
      const total = b.group.total;
      const n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        if (last) ctx.needClose = true;
        const truncated = i >= MAX_GROUP_WIDTH;
        out.push(indent() + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
        ctx.depth++;
        if (!truncated) chain(b.group.members[i] ?? []);
        else {
          const rest = total - MAX_GROUP_WIDTH;
          emit(`and ${rest} more exception${rest > 1 ? 's' : ''}\n`);
        }
        if (last && ctx.needClose) {
          out.push(indent() + '+------------------------------------\n');
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  };
  chain(blocks);
  return out.join('');
}

export function errorFromReport(text: string, sources: Map<string, string>): PyError {
  const blocks = parseReport(text);
  const last = blocks[blocks.length - 1] ?? { type: 'SystemError', message: 'no error report', frames: [], notes: [] };
  const frames = last.frames;
  return {
    type: last.type,
    message: last.message,
    traceback: formatTraceback(blocks, sources),
    line: frames.length ? frames[frames.length - 1].line : undefined,
  };
}

// ---- CPython 3.11's location markers (Python/traceback.c tb_displayline) ----------------------------

const enc = new TextEncoder();
const dec = new TextDecoder();
/** _PyPegen_byte_offset_to_character_offset: code points in the first `col` UTF-8 bytes of `line`. */
function charOffset(line: string, col: number): number {
  const b = enc.encode(line);
  if (col > b.length + 1) col = b.length + 1;
  return [...dec.decode(b.subarray(0, col))].length;
}
const isWs = (c: number) => c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 11;

/** Secondary range [left, right) (byte offsets into `segment`) for a binary operation or a
 * subscript, as extract_anchors_from_line finds it by parsing the segment; null otherwise. */
function anchors(segment: string): [number, number] | null {
  let mod;
  try { mod = parse(segment, '<traceback>'); } catch { return null; }
  if (mod.body.length !== 1) return null;
  const st = mod.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'BinOp') {
    const bytes = enc.encode(segment);
    for (let i = e.left.end_col_offset; i < e.right.col_offset; i++) {
      if (isWs(bytes[i])) continue;
      let right = i + 1;
      if (i + 1 < e.right.col_offset && !isWs(bytes[i + 1])) right++;
      return [i, right];
    }
    return null;
  }
  if (e._type === 'Subscript') return [e.value.end_col_offset, e.slice.end_col_offset + 1];
  return null;
}

/** The "    ~~~^^^~~~" line under a source line, or '' when CPython prints none. */
export function caretLine(line: string, f: Frame): string {
  if (f.col === undefined || f.endCol === undefined || f.endLine === undefined) return '';
  if (f.col < 0 || f.endCol < 0 || f.endLine < f.line) return '';
  const chars = [...line];
  const start = charOffset(line, f.col);
  let end = charOffset(line, f.endCol);
  let left = -1, right = -1;
  let primary = '^', secondary = '^';
  if (f.line === f.endLine) {
    const segment = chars.slice(start, end).join('');
    const a = anchors(segment);
    if (a) {
      left = charOffset(segment, a[0]) + start;
      right = charOffset(segment, a[1]) + start;
      primary = '~'; secondary = '^';
    }
  } else {
    // a multi-line range: up to the last non-whitespace character of this line
    let i = chars.length;
    while (i > 0 && /\s/.test(chars[i - 1])) i--;
    end = i;
  }
  let lead = 0;
  while (lead < chars.length && (chars[lead] === ' ' || chars[lead] === '\t' || chars[lead] === '\f')) lead++;
  const stripped = [...line.trim()].length;
  const special = left !== -1 || right !== -1;
  if (end - start === stripped && !special) return '';
  let out = '    ';
  for (let off = lead + 1; off <= end; off++) {
    if (off <= start) out += ' ';
    else if (special && left < off && off <= right) out += secondary;
    else out += primary;
  }
  return out + '\n';
}
