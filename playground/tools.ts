// Host tools offered to playground programs (`from tools import search, calculator, weather`):
// small, synchronous and deterministic stand-ins for what an agent host would provide.
import { ToolError, type ToolFn } from '../host-ts/index';

const DOCS: Record<string, string> = {
  pyex: 'pyex is a sandboxed, metered, deterministic Python 3 interpreter built to WebAssembly GC.',
  wasm: 'WebAssembly is a portable binary instruction format; WasmGC adds garbage-collected structs and arrays.',
  python: 'Python is a high-level language; pyex follows CPython 3.11 semantics.',
};

export const DEMO_TOOLS: Record<string, ToolFn> = {
  search: (args) => {
    const q = String(args[0] ?? '').toLowerCase();
    return Object.entries(DOCS).filter(([k, v]) => q.includes(k) || v.toLowerCase().includes(q)).map(([k, v]) => ({ title: k, snippet: v }));
  },
  calculator: (args) => {
    const [op, a, b] = args as [string, number, number];
    switch (op) {
      case 'add': return a + b;
      case 'sub': return a - b;
      case 'mul': return a * b;
      case 'div': if (b === 0) throw new ToolError('division by zero', 'ZeroDivisionError'); return a / b;
      default: throw new ToolError(`unknown op ${op}`, 'ValueError');
    }
  },
  weather: (args) => {
    const city = String(args[0] ?? '');
    let h = 0;
    for (const c of city) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return { city, celsius: 5 + (h % 25), sky: ['clear', 'cloudy', 'rain', 'fog'][h % 4] };
  },
};
