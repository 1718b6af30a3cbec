// The VM's exports to the host. One instance runs one program:
//   init() once → setLimits(...) → alloc(n) + write the image → run(ptr, len) → read results.
// Results: status code from run(); the error report (if any) as UTF-8 text at
// reportPtr()/reportLen() (format in host-ts/report.ts); counters via stepsUsed() etc.
import * as K from "./generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_len } from "./generated/kernel";
import * as C from "./rt/core";
import * as M from "./rt/mem";
import { bootstrap } from "./objects/bootstrap";
import { initIntrospection } from "./builtins/introspect";
import { registerBuiltinSlots } from "./objects/slots";
import { initEvalExec } from "./builtins/evalexec";
import { registerComplex, complexCtor } from "./objects/complex";
import { loadImage, loadError } from "./loader";
import { execute, setMaxDepth, depth, suspended, resumeSuspended } from "./interp";
import { resumeValue } from "./builtins/pyex";
import { newFrame, FRAME_ENTRY } from "./frame";
import { dictNew, dictSet } from "./objects/dict";
import { intern, sbStr } from "./objects/str";
import { builtinsDict } from "./builtins/builtins";
import { flushOut, setMaxOutput, outputBytes, setStreamOut as setStreamOutput } from "./rt/io";
import { strInto, typeName } from "./ops";
import { isSubtype, TF_HEAP } from "./objects/type";
import * as E from "./objects/exceptions";
import * as N from "./rt/names";

import { registerGenericMethods, registerModuleType } from "./objects/generic";
let globalsDict: anyref = null;
export function currentGlobals(): anyref { return globalsDict; }

let initialized = false;
export function init(): void {
  if (initialized) return;
  initialized = true;
  bootstrap();
  initIntrospection();
  registerBuiltinSlots();
  registerComplex();
  registerGenericMethods();
  registerModuleType();
  initEvalExec();
  K.Type_set_slots(C.T_complex, K.Builtin_new(C.T_builtin, changetype<i32>(complexCtor), K.Type_get_name(C.T_complex), null));
  dictSet(builtinsDict, K.Type_get_name(C.T_complex), C.T_complex);
}

export function alloc(n: i32): usize { return heap.alloc(<usize>n); }

export function setLimits(maxSteps: i64, maxOutput: i64, maxDepth: i32): void {
  C.setSteps(maxSteps);
  setMaxOutput(maxOutput);
  setMaxDepth(maxDepth);
}
/** Memory budget in bytes (docs/budgets.md). */
export function setMaxMemory(bytes: i64): void { C.setMemBudget(bytes); }
/** Bytes allocated so far (approximate sizes, see scripts/gen.mjs). */
export function memAllocated(): i64 { return K.mem_allocated(); }
/** Largest live size measured (0 when no measurement was needed). */
export function memPeak(): i64 { return M.peakLive; }
/** Non-zero when the run ended in a trap on purpose (1: memory limit): see vm/rt/mem.ts. */
export function abortKind(): i32 { return M.abortKind; }
/** Write out buffered output (after a trap). */
export function flush(): void { flushOut(); }
/** Hand each write to the host at once (hosts that stream output: onOutput). */
export function setStreamOut(on: i32): void { setStreamOutput(on != 0); }
export function stepsUsed(): i64 { return C.stepsTaken(); }
/** Hand out the step budget in slices of n steps, calling host.poll between them (0: never;
 *  see vm/rt/core.ts stepsOut). timeoutMs only names the limit in the LimitError poll can ask for. */
export function setStepSlice(n: i64, timeoutMs: i64): void { C.setStepSlice(n, timeoutMs); }
export function outputUsed(): i64 { return outputBytes; }

export const STATUS_OK: i32 = 0;
export const STATUS_EXCEPTION: i32 = 1;
export const STATUS_LOAD_ERROR: i32 = 2;
export const STATUS_LIMIT: i32 = 3;
export const STATUS_EXIT: i32 = 4;   // SystemExit: exit code in exitCode()
export const STATUS_SUSPENDED: i32 = 5;   // waiting for an asynchronous host call: resume(len) continues

let reportStart: i32 = 0;
let reportEnd: i32 = 0;
let exitCodeV: i32 = 0;
export function reportPtr(): usize { return C.sbPtr + <usize>reportStart; }
export function reportLen(): i32 { return reportEnd - reportStart; }
export function exitCode(): i32 { return exitCodeV; }

/** Load and run the module image at [ptr, ptr+len). */
export function run(ptr: usize, len: i32): i32 {
  init();
  return runCode(ptr, len, true);
}

/**
 * A session's next input (host-ts Session): run the image in the same __main__ namespace as the
 * inputs before it (the first call creates it). Budgets count per input: setLimits/setMaxMemory
 * before each call; the output count starts again here.
 */
export function runSession(ptr: usize, len: i32): i32 {
  init();
  C.clearExc();
  C.setFatal(0);
  C.sbTruncate(0);   // the previous input's error report
  resetOutputCount();
  exitCodeV = 0;
  return runCode(ptr, len, is_null(globalsDict));
}
import { resetOutputCount } from "./rt/io";

function runCode(ptr: usize, len: i32, freshGlobals: bool): i32 {
  const code = loadImage(ptr, len);
  if (is_null(code)) {
    reportStart = C.sbLen; C.sbLit("E SystemError\t"); sbStr(loadError); C.sbByte(10); reportEnd = C.sbLen;
    return STATUS_LOAD_ERROR;
  }
  if (freshGlobals) {
    globalsDict = dictNew();
    dictSet(globalsDict, N.N_name, N.N_main);
    dictSet(globalsDict, N.N_builtins, builtinsDict);
    dictSet(globalsDict, N.N_doc, C.None);
    // a script run from a file has __file__ (not `python -c`-like sources named "<…>")
    { const fn = K.Code_get_filename(code); if (K.Str_is(fn) && K.Str_get_len(fn) > 0 && codepointAt_(fn, 0) != 60) dictSet(globalsDict, intern_(strLit_("__file__")), fn); }
    // sys.modules['__main__'] (sys.modules[__name__] idioms, typing.get_type_hints)
    dictSet(modulesDict(), N.N_main, K.Module_new(C.T_module, globalsDict, N.N_main));
  }
  const fr = newFrame(null, code, globalsDict, globalsDict, null);
  K.Frame_set_flags(fr, FRAME_ENTRY);
  return finishRun(execute(fr));
}

/** Continue after STATUS_SUSPENDED with the host's answer (len bytes, fetched through host.result). */
export function resume(len: i32): i32 {
  return finishRun(resumeSuspended(resumeValue(len)));
}

function finishRun(r: anyref): i32 {
  if (suspended) { flushOut(); return STATUS_SUSPENDED; }   // output so far reaches the host while it waits
  atExit();
  flushOut();
  if (!is_null(r)) return STATUS_OK;
  const e = C.exc;
  const fatal = C.fatal;
  C.clearExc();
  if (!fatal && K.Exc_is(e) && isSubtype(K.Obj_get_cls(e), E.SystemExit)) {
    const args = K.Tuple_get_items(K.Exc_get_args(e));
    let codeV: i32 = 0;
    if (AnyArr_len(args) > 0) {
      const a = AnyArr_get(args, 0);
      if (C.isSmallOrInt(a)) codeV = <i32>C.intVal(a);
      else if (!ref_eq(a, C.None)) {
        // sys.exit("message"): message to stderr, status 1
        codeV = 1;
        reportStart = C.sbLen; C.sbLit("X "); strInto(a); C.sbByte(10); reportEnd = C.sbLen;
        exitCodeV = codeV;
        return STATUS_EXIT;
      }
    }
    exitCodeV = codeV;
    reportStart = C.sbLen; reportEnd = C.sbLen;
    return STATUS_EXIT;
  }
  reportStart = C.sbLen;
  writeReport(e, 0);
  reportEnd = C.sbLen;
  return fatal ? STATUS_LIMIT : STATUS_EXCEPTION;
}

/** At the end of the program: write back files left open (stdlib/io.py _flush_all). */
function atExit(): void {
  if (C.fatal != 0) return;
  // atexit handlers (and weakref.finalize's), when the program imported atexit
  const ae = dictGet(modulesDict(), intern(C.strLit("atexit")));
  if (!is_null(ae) && K.Module_is(ae)) {
    const run = dictGet(K.Module_get_dict(ae), intern(C.strLit("_run_exitfuncs")));
    if (!is_null(run)) {
      const saved = C.exc;
      C.clearExc();
      callObject0(run);
      if (C.fatal != 0) return;
      C.clearExc();
      if (!is_null(saved)) C.setExc(saved);
    }
  }
  const io = dictGet(modulesDict(), intern(C.strLit("io")));
  if (is_null(io) || !K.Module_is(io)) return;
  const f = dictGet(K.Module_get_dict(io), intern(C.strLit("_flush_all")));
  if (is_null(f)) return;
  const saved = C.exc;
  C.clearExc();
  callObject0(f);
  if (C.fatal == 0) { C.clearExc(); if (!is_null(saved)) C.setExc(saved); }
}
import { dictGet } from "./objects/dict";
import { modulesDict } from "./builtins/modules";
import { callObject0 } from "./interp";

/** The error report: exception blocks oldest-first, each "E type\tmessage" then
 * "F file\tline\tname\tendline\tcol\tendcol" lines. */
function writeReport(e: anyref, level: i32): void {
  writeReportBlock(e, level);
  if (K.Exc_is(e)) { writeNotes(e); writeGroup(e, level); }
}
/** "N note" lines: the exception's __notes__ (printed after its message). */
function writeNotes(e: anyref): void {
  const d = K.Exc_get_dict(e);
  if (is_null(d)) return;
  const notes = dictGet(d, intern(C.strLit("__notes__")));
  if (is_null(notes)) return;
  if (K.List_is(notes) || K.Tuple_is(notes)) {
    const items = K.List_is(notes) ? K.List_get_items(notes) : K.Tuple_get_items(notes);
    const n = K.List_is(notes) ? K.List_get_len(notes) : AnyArr_len(items);
    for (let i = 0; i < n; i++) {
      C.sbLit("N ");
      const m = C.sbLen;
      if (!strInto(AnyArr_get(items, i))) { C.clearExc(); C.sbTruncate(m); C.sbLit("<note str() failed>"); }
      escapeNewlines(m);
      C.sbByte(10);
    }
    return;
  }
  C.sbLit("N ");
  const m = C.sbLen;
  if (!reprInto_(notes)) { C.clearExc(); C.sbTruncate(m); C.sbLit("<__notes__ repr() failed>"); }
  escapeNewlines(m);
  C.sbByte(10);
}
/** An exception group's members: "G total", then per member (at most 15) "C" and its report, then "H". */
function writeGroup(e: anyref, level: i32): void {
  const eg = egBaseClass();
  if (is_null(eg) || !isSubtype(K.Obj_get_cls(e), eg) || level > 40) return;
  const excs = getAttr_(e, intern(C.strLit("exceptions")));
  if (is_null(excs) || !K.Tuple_is(excs)) { C.clearExc(); return; }
  const items = K.Tuple_get_items(excs);
  const n = AnyArr_len(items);
  C.sbLit("G "); C.sbI64(n); C.sbByte(10);
  for (let i = 0; i < n && i < 15; i++) {
    C.sbLit("C\n");
    writeReport(AnyArr_get(items, i), level + 1);
  }
  C.sbLit("H\n");
}
import { egBaseClass } from "./interp";
import { getAttr as getAttr_ } from "./attrs";
import { reprInto as reprInto_ } from "./ops";

function writeReportBlock(e: anyref, level: i32): void {
  if (!K.Exc_is(e)) { C.sbLit("E SystemError\tnon-exception raised\n"); return; }
  if (level < 20) {
    const cause = K.Exc_get_cause(e);
    const ctx = K.Exc_get_context(e);
    if (!is_null(cause) && K.Exc_is(cause)) { writeReport(cause, level + 1); C.sbLit("L cause\n"); }
    else if (!is_null(ctx) && K.Exc_is(ctx) && K.Exc_get_suppress(e) == 0) { writeReport(ctx, level + 1); C.sbLit("L context\n"); }
  }
  const cls = K.Obj_get_cls(e);
  C.sbLit("E ");
  const mod = K.Type_get_module(cls);
  if ((K.Type_get_flags(cls) & TF_HEAP) != 0 && !is_null(mod) && K.Str_is(mod)) {
    if (!strEqLit_(mod, "__main__") && !strEqLit_(mod, "builtins")) { sbStr(mod); C.sbByte(46); }
    sbStr(K.Type_get_qualname(cls));
  } else sbStr(K.Type_get_name(cls));
  C.sbByte(9);
  const m = C.sbLen;
  if (!strInto(e)) { C.clearExc(); C.sbTruncate(m); C.sbLit("<exception str() failed>"); }
  else {
    // NameError/AttributeError: ". Did you mean: 'x'?" (vm/builtins/suggest.ts)
    const sg = suggestionFor_(e, globalsDict);
    if (!is_null(sg)) { C.sbLit(". Did you mean: '"); sbStr(sg); C.sbLit("'?"); }
  }
  // escape newlines in the message so the report stays line-oriented
  escapeNewlines(m);
  C.sbByte(10);
  let tb = K.Exc_get_tb(e);
  // the chain is outermost-first already (each frame prepended while unwinding)
  while (!is_null(tb)) {
    const code = K.Traceback_get_code(tb);
    C.sbLit("F "); sbStr(K.Code_get_filename(code)); C.sbByte(9); C.sbI64(K.Traceback_get_line(tb)); C.sbByte(9);
    sbStr(K.Code_get_name(code));
    // the instruction's source range: end line, column, end column (UTF-8 byte offsets, -1 unknown)
    posOf(code, K.Traceback_get_pc(tb));
    C.sbByte(9); C.sbI64(posEndLine); C.sbByte(9); C.sbI64(posCol); C.sbByte(9); C.sbI64(posEndCol);
    C.sbByte(10);
    tb = K.Traceback_get_next(tb);
  }
}
import { strEqLit as strEqLit_, strSub as strSub_ } from "./objects/str";
import { posOf, posEndLine, posCol, posEndCol } from "./frame";

function escapeNewlines(from: i32): void {
  // rewrite [from, sbLen) replacing '\n' by "\\n" and '\\' by "\\\\"
  const n = C.sbLen - from;
  let extra = 0;
  for (let i = 0; i < n; i++) { const c = load<u8>(C.sbPtr + <usize>(from + i)); if (c == 10 || c == 92) extra++; }
  if (extra == 0) return;
  C.sbReserve(n + extra);
  const base = C.sbPtr + <usize>from;
  let w = n + extra - 1;
  for (let r = n - 1; r >= 0; r--) {
    const c = load<u8>(base + <usize>r);
    if (c == 10 || c == 92) {
      store<u8>(base + <usize>w, c == 10 ? 110 : 92); w--;
      store<u8>(base + <usize>w, 92); w--;
    } else { store<u8>(base + <usize>w, c); w--; }
  }
  C.sbTruncate(C.sbLen + extra);
}
import { codepointAt as codepointAt_, intern as intern_ } from "./objects/str";
import { strLit as strLit_ } from "./rt/core";
import { suggestionFor as suggestionFor_ } from "./builtins/suggest";
