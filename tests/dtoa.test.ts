// Tests for vm/rt/dtoa.ts (repr/format) and vm/rt/strtod.ts (parse) against
// CPython golden data (tests/dtoa/gen.py) plus fast-check round-trip properties.
import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

type Golden = {
  repr: [string, string][];
  fmt: [string, string, number, number, string][];
  parse: [string, string | null][];
};

let E: any;
let mem: () => Uint8Array;
const dv = new DataView(new ArrayBuffer(8));
const fromHex = (h: string) => { dv.setBigUint64(0, BigInt("0x" + h)); return dv.getFloat64(0); };
const toHex = (x: number) => { dv.setFloat64(0, x); return dv.getBigUint64(0).toString(16).padStart(16, "0"); };
const read = (n: number) => Buffer.from(mem().subarray(E.buf(), E.buf() + n)).toString("latin1");
const repr = (x: number) => read(E.repr(x));
const fmt = (x: number, t: string, p: number, f: number) => read(E.fmt(x, t.charCodeAt(0), p, f));
const parse = (s: string): number | null => {
  const b = Buffer.from(s, "latin1");
  mem().set(b, E.buf());
  const v = E.parse(b.length);
  return E.parseErr() ? null : v;
};
const golden: Golden = JSON.parse(readFileSync(join(here, "dtoa", "golden.json"), "utf8"));

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), "dtoa-")), "h.wasm");
  execFileSync(join(root, "node_modules/.bin/asc"),
    [join(here, "dtoa/harness.ts"), "--runtime", "stub", "-O3", "-o", out], { cwd: root, stdio: "inherit" });
  const mod = new WebAssembly.Module(readFileSync(out));
  const inst = new WebAssembly.Instance(mod, { env: { abort() { throw new Error("abort"); } } });
  E = inst.exports;
  mem = () => new Uint8Array(E.memory.buffer);
}, 120_000);

describe("reprFloat", () => {
  it("matches CPython repr on golden cases", () => {
    const bad: string[] = [];
    for (const [h, want] of golden.repr) {
      const got = repr(fromHex(h));
      if (got !== want) bad.push(`${h}: got ${got} want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it("Schubfach agrees with exact dragon4 on random doubles", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      if (x === 0) return;
      const ax = Math.abs(x);
      const n = E.dragon(ax);
      const digits = read(n), dp = E.lastDp();
      const s = repr(ax);
      // rebuild the number from the dragon digits and compare with the repr text value & length
      expect(Number(`0.${digits}e${dp}`)).toBe(ax);
      const m = /^([0-9.]+)(?:e([-+]\d+))?$/.exec(s)!;
      const sig = m[1].replace(".", "").replace(/^0+/, "").replace(/0+$/, "") || "0";
      expect(sig).toBe(digits);
    }), { numRuns: 20000 });
  });
  it("round-trips: parseFloat(reprFloat(x)) === x", () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => {
      const y = parse(repr(x));
      expect(Object.is(y, x)).toBe(true);
    }), { numRuns: 30000 });
  });
});

describe("formatFloat", () => {
  it("matches CPython format() on golden cases", () => {
    const bad: string[] = [];
    for (const [h, t, p, f, want] of golden.fmt) {
      const got = fmt(fromHex(h), t, p, f);
      if (got !== want) bad.push(`${h} ${t} .${p} flags=${f}: got ${got.slice(0, 80)} want ${want.slice(0, 80)}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it("documented examples", () => {
    expect(fmt(2.675, "f", 2, 0)).toBe("2.67");
    expect(fmt(0.125, "f", 2, 0)).toBe("0.12");
    expect(fmt(1e22, "f", 0, 0)).toBe("10000000000000000000000");
    expect(fmt(1e300, "f", 0, 0)).toBe(BigInt(1e300).toString());
    expect(fmt(5e-324, "f", 1000, 0).length).toBe(1002);
    expect(fmt(1234.5, "%", 1, 0)).toBe("123450.0%");
    expect(fmt(-0.0, "r", 0, 0)).toBe("-0.0");
    expect(fmt(-0.0001, "f", 1, 8)).toBe("0.0");
  });
});

describe("parseFloat", () => {
  it("matches CPython float() on golden cases", () => {
    const bad: string[] = [];
    for (const [s, want] of golden.parse) {
      if (/[^\x00-\x7f]/.test(s)) continue; // non-ASCII digits are the caller's job
      const got = parse(s);
      const g = got === null ? null : toHex(got);
      if (g !== want && !(want !== null && got !== null && Number.isNaN(got) && Number.isNaN(fromHex(want))))
        bad.push(`${JSON.stringify(s.slice(0, 60))}: got ${g} want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it("agrees with JS Number() on random decimal strings", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: -360, max: 330 }), (m, e) => {
      const s = `${m}e${e}`;
      expect(toHex(parse(s)!)).toBe(toHex(Number(s)));
    }), { numRuns: 20000 });
  });
});

describe("speed", () => {
  it("reports ns per op", () => {
    const N = 200_000;
    const time = (f: () => void) => { const t0 = performance.now(); f(); return ((performance.now() - t0) * 1e6) / N; };
    E.benchRepr(0.1, 1000);
    const r1 = time(() => E.benchRepr(0.1, N));
    const r2 = time(() => E.benchRepr(123456.789e-20, N));
    const f2 = time(() => E.benchFmt(3.14159, "f".charCodeAt(0), 2, N));
    const g6 = time(() => E.benchFmt(3.14159e10, "g".charCodeAt(0), 6, N));
    const s1 = "0.1", s2 = "1.2345678901234567e-100";
    mem().set(Buffer.from(s1), E.buf());
    const p1 = time(() => E.benchParse(s1.length, N));
    mem().set(Buffer.from(s2), E.buf());
    const p2 = time(() => E.benchParse(s2.length, N));
    console.log(`ns/op: repr(0.1..)=${r1.toFixed(0)} repr(1e-15..)=${r2.toFixed(0)} '.2f'=${f2.toFixed(0)} 'g'=${g6.toFixed(0)} parse("0.1")=${p1.toFixed(0)} parse("${s2}")=${p2.toFixed(0)}`);
    expect(r1).toBeLessThan(5000);
  }, 60_000);
});
