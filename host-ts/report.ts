// Turns the VM's error report into the result's `error` and a CPython-style traceback.
// Report format (UTF-8 lines, written by vm/index.ts):
//   E <type>\t<message with \n and \\ escaped>     one exception
//   F <file>\t<line>\t<function>                   its frames, outermost first
//   L cause | L context                            the next exception was caused by / raised during the previous
//   X <message>                                    sys.exit("message")

export interface PyError {
  type: string;
  message: string;
  traceback: string;
  line?: number;
}

interface Block { type: string; message: string; frames: { file: string; line: number; name: string }[]; link?: string }

function unescape(s: string): string {
  return s.replace(/\\(n|\\)/g, (_, c) => (c === 'n' ? '\n' : '\\'));
}

export function parseReport(text: string): Block[] {
  const blocks: Block[] = [];
  let link: string | undefined;
  for (const ln of text.split('\n')) {
    if (ln.startsWith('E ')) {
      const tab = ln.indexOf('\t');
      blocks.push({ type: ln.slice(2, tab < 0 ? undefined : tab), message: tab < 0 ? '' : unescape(ln.slice(tab + 1)), frames: [], link });
      link = undefined;
    } else if (ln.startsWith('F ') && blocks.length) {
      const [file, line, name] = ln.slice(2).split('\t');
      blocks[blocks.length - 1].frames.push({ file, line: Number(line), name });
    } else if (ln.startsWith('L ')) link = ln.slice(2);
  }
  return blocks;
}

export function formatTraceback(blocks: Block[], sources: Map<string, string>): string {
  let out = '';
  for (const b of blocks) {
    if (b.link === 'cause') out += '\nThe above exception was the direct cause of the following exception:\n\n';
    else if (b.link === 'context') out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    if (b.frames.length) {
      out += 'Traceback (most recent call last):\n';
      for (const f of b.frames) {
        out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
        const src = sources.get(f.file);
        if (src !== undefined) {
          const text = src.split(/\r?\n/)[f.line - 1];
          if (text !== undefined && text.trim()) out += `    ${text.trim()}\n`;
        }
      }
    }
    out += b.message ? `${b.type}: ${b.message}\n` : `${b.type}\n`;
  }
  return out;
}

export function errorFromReport(text: string, sources: Map<string, string>): PyError {
  const blocks = parseReport(text);
  const last = blocks[blocks.length - 1] ?? { type: 'SystemError', message: 'no error report', frames: [] };
  const frames = last.frames;
  return {
    type: last.type,
    message: last.message,
    traceback: formatTraceback(blocks, sources),
    line: frames.length ? frames[frames.length - 1].line : undefined,
  };
}
