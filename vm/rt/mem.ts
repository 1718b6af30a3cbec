// The memory budget (docs/budgets.md). The generated kernel adds every allocation's approximate
// size to a global counter (K.mem_allocated()). When the counter passes C.memThreshold, the VM
// measures the *live* size by tracing from its roots (generated tracer: K.mem_begin/mem_root/
// mem_run) and raises MemoryError only when live data really is over budget. After a measurement
// of live L the next one is due at allocated + max(budget - L, budget / 8).
//
// Safe points: the dispatch loop (every opcode compares two globals) and C.chargeSteps (the shared
// loops of builtins). Native code that builds a large value before it is reachable from a frame
// registers it with pushTemp so that measurements see it.
import * as K from "../generated/kernel";
import * as C from "./core";
import { newExc } from "./errors";
import * as E from "../objects/exceptions";

let epoch: i32 = 0;
/** Largest live size measured (bytes). */
export let peakLive: i64 = 0;
let overOnce = false;

/** The innermost running frame; each frame links to its caller (back) or, for the entry frame of a
 * nested dispatch loop, to the frame that was running when the loop started (outer). */
export let curFrame: anyref = null;
export function setCurFrame(f: anyref): void { curFrame = f; }

// ---- temporaries of natives in progress --------------------------------------------------------
let temps: anyref = null;
let tempTop: i32 = 0;
/** Make x visible to memory measurements until popTemps(mark); returns the mark. */
export function pushTemp(x: anyref): i32 {
  const m = tempTop;
  if (K.is_null(temps)) temps = K.AnyArr_new(64);
  if (tempTop == K.AnyArr_len(temps)) {
    const n = K.AnyArr_new(tempTop * 2);
    K.AnyArr_copy(n, 0, temps, 0, tempTop);
    temps = n;
  }
  K.AnyArr_set(temps, tempTop++, x);
  return m;
}
export function popTemps(mark: i32): void {
  while (tempTop > mark) K.AnyArr_set(temps, --tempTop, null);
}

// ---- measuring ------------------------------------------------------------------------------------
/** Live bytes reachable from the VM's roots plus linear memory; stops counting past `cap`. */
export function measureLive(cap: i64): i64 {
  epoch++;
  if (epoch == 0) epoch = 1;
  K.mem_begin(epoch, cap);
  K.mem_root(curFrame);
  K.mem_root(C.exc);
  K.mem_root(curExc_());
  K.mem_root(genReturnValue_());
  K.mem_root(callerFrame_());
  K.mem_root(currentGlobals_());
  K.mem_root(builtinsDict_());
  K.mem_root(temps);
  const live = K.mem_run() + (<i64>memory.size() << 16);
  // tracing is work too: charge it (one step per 256 bytes visited)
  C.setStepsLeft(C.stepsLeft - (live >> 8));
  if (live > peakLive) peakLive = live;
  C.setMemLastLive(live);
  return live;
}

function gap(budget: i64, live: i64): i64 {
  const g = budget - live;
  const min = budget >> 3;
  return g > min ? g : min;
}

/** A memory check (threshold reached). False with MemoryError / LimitError set when over budget. */
export function memCheck(_safePoint: bool): bool {
  const budget = C.memBudget;
  const alloc = K.mem_allocated();
  const live = measureLive(budget + (budget >> 2));
  C.setMemThreshold(alloc + gap(budget, live));
  if (C.stepsLeft < 0 && !C.stepsOut()) return false;
  if (live <= budget) { overOnce = false; return true; }
  const m = C.sbLen; C.sbLit("memory limit exceeded ("); C.sbI64(budget); C.sbLit(" bytes)");
  const msg = C.sbTakeStr(m);
  if (overOnce) {
    // still over budget at the check after a MemoryError: the program kept the data
    C.setExc(newExc(E.LimitError, msg));
    C.setFatal(4);
    return false;
  }
  overOnce = true;
  C.setExc(newExc(E.MemoryError, msg));
  return false;
}

/** C.reserve's slow path: measure, then check that `bytes` more fit next to the live data. */
export function memReserve(bytes: i64): bool {
  const budget = C.memBudget;
  if (bytes > budget) { C.setExc(newExc(E.MemoryError, null)); return false; }
  const alloc = K.mem_allocated();
  const live = measureLive(budget + 1);
  C.setMemThreshold(alloc + gap(budget, live));
  if (C.stepsLeft < 0 && !C.stepsOut()) return false;
  if (live + bytes > budget) { C.setExc(newExc(E.MemoryError, null)); return false; }
  return true;
}

/** C.growCheck's slow path. */
export function memGrow(bytes: i64): void {
  const budget = C.memBudget;
  const alloc = K.mem_allocated();
  const live = measureLive(budget * 2);
  C.setMemThreshold(alloc + gap(budget, live));
  if (live + bytes > budget + (budget >> 1)) memAbort(bytes);
  if (live + bytes > budget) C.setMemThreshold(alloc);   // measure again at the next safe point
}

/** Set when the run had to stop where no error can be returned (a trap follows): 1 memory. */
export let abortKind: i32 = 0;
/** Native code that cannot fail (the string builder) needs more memory than the budget allows:
 * end the run. The host reports the LimitError (see host-ts/index.ts). */
export function memAbort(_need: i64): void {
  abortKind = 1;
  unreachable();
}

import { curExc as curExcV, genReturnValue as genReturnValueV, callerFrame as callerFrameV } from "../interp";
import { currentGlobals as currentGlobals_ } from "../index";
import { builtinsDict as builtinsDictV } from "../builtins/builtins";
function curExc_(): anyref { return curExcV; }
function genReturnValue_(): anyref { return genReturnValueV; }
function callerFrame_(): anyref { return callerFrameV; }
function builtinsDict_(): anyref { return builtinsDictV; }
