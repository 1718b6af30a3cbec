// _otel: the guest's channel for OpenTelemetry spans (stdlib/opentelemetry is built on it).
// `emit(record)` hands one JSON record (a str) to the host through host.write on fd 3, the
// telemetry stream; the host's span recorder (host-ts/spans.ts) parses it, time-stamps it and
// enforces its bounds. The stream is one-way: the guest learns nothing from the host, and the
// records can only name guest spans (runtime spans are out of the guest's reach).
import * as K from "../generated/kernel";
import * as C from "../rt/core";
import { None, strLit, hostWrite, sbLen } from "../rt/core";
import { raiseTypeError } from "../rt/errors";
import { newBuiltinFn } from "../objects/type";
import { dictSet } from "../objects/dict";
import { intern } from "../objects/str";
import { newModule } from "./modules";

const TELEMETRY_FD: i32 = 3;

function otel_emit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n != 1) return raiseTypeError(strLit("emit() takes exactly one argument"));
  const s = K.AnyArr_get(a, b);
  if (!K.Str_is(s)) return raiseTypeError(strLit("emit() argument must be str"));
  const d = K.Str_get_data(s);
  const nb = K.Bytes_len(d);
  if (!C.chargeSteps(<i64>(nb >> 4) + 8)) return null;
  const mark = sbLen;
  C.sbReserve(nb);
  K.Bytes_to_mem(d, 0, C.sbPtr + <usize>sbLen, nb);
  hostWrite(TELEMETRY_FD, C.sbPtr + <usize>sbLen, nb);
  C.sbTruncate(mark);
  return None;
}

export function initOtel(): anyref {
  const m = newModule("_otel");
  const d = K.Module_get_dict(m);
  dictSet(d, intern(strLit("emit")), newBuiltinFn("emit", otel_emit, m));
  return m;
}
