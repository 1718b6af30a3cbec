// Compiler entry point: source → bytecode image (docs/bytecode.md).
//
//   compile(source, filename = '<string>', { mode: 'exec' | 'single' | 'eval' }) → Uint8Array
//   disassemble(image) → string
//
// Throws PySyntaxError for syntax errors, both the parser's and the ones detected by scope
// analysis / code generation (with CPython's messages; offsets are UTF-8 byte columns + 1, exactly
// as CPython reports compiler-detected errors).
import type * as A from './ast.js';
import { parse } from './parser/index.js';
import { PySyntaxError } from './errors.js';
import { buildScopes, CompileError } from './scope.js';
import { Codegen } from './codegen.js';
import { writeImage, type Image } from './image.js';
export { disassemble } from './disasm.js';

export interface CompileOptions {
  mode?: 'exec' | 'single' | 'eval';
  /** mode 'single': raise SyntaxError('incomplete input') with `incomplete` set when more lines could complete the input (REPLs) */
  allowIncomplete?: boolean;
}

/** Compile an already-parsed module to the image structure (tests, tools). */
export function compileAst(mod: A.Module | A.Interactive, source: string, filename = '<string>', opts: CompileOptions = {}): Image {
  try {
    const scopes = buildScopes(mod, filename, source);
    const cg = new Codegen(scopes, filename, source, opts.mode === 'single');
    cg.evalMode = opts.mode === 'eval';
    return cg.compileModule(mod);
  } catch (e) {
    if (e instanceof CompileError) throw toSyntaxError(e, source, filename);
    throw e;
  }
}

export function compile(source: string, filename = '<string>', opts: CompileOptions = {}): Uint8Array {
  if (opts.mode === 'eval') {
    // eval: an Expression becomes a module of one expression statement whose value is returned
    const ex = parse(source, filename, 'eval') as unknown as { body: A.Expr };
    const b = ex.body as A.Expr & A.Pos;
    const mod = { _type: 'Module', body: [{ _type: 'Expr', value: b, lineno: b.lineno, col_offset: b.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset }], type_ignores: [] } as unknown as A.Module;
    return writeImage(compileAst(mod, source, filename, opts));
  }
  const mod: A.Module | A.Interactive = opts.mode === 'single' ? parse(source, filename, 'single', { allowIncomplete: opts.allowIncomplete }) : parse(source, filename, 'exec');
  return writeImage(compileAst(mod, source, filename, opts));
}

function toSyntaxError(e: CompileError, source: string, filename: string): PySyntaxError {
  const p = e.pos;
  const lines = source.split(/(?<=\n)/);
  let text = lines[p.lineno - 1] ?? '';
  if (text.endsWith('\r\n')) text = text.slice(0, -2) + '\n';
  return new PySyntaxError('SyntaxError', e.message, filename, p.lineno, p.col_offset + 1, text,
    p.end_lineno, p.end_col_offset + 1);
}
