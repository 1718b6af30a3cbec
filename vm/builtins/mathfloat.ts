// Float kernels of the math module that libm/AssemblyScript do not provide in CPython's form:
// frexp/ldexp/nextafter/ulp, IEEE remainder, C99 pow special values, erf/erfc (the fdlibm
// algorithm, which glibc's libm uses, so results match CPython on Linux bit for bit), gamma/lgamma
// (CPython's own Lanczos method, not libm's), the accurate vector norm behind hypot()/dist(), and
// the exact partial-sums summation behind fsum(). Pure f64 functions; errors are reported through
// `mathErr` (0 none, 1 domain -> ValueError, 2 range -> OverflowError) for math.ts to raise.

export let mathErr: i32 = 0;
export let frexpE: i32 = 0;

function bits(x: f64): u64 { return reinterpret<u64>(x); }
function fromBits(b: u64): f64 { return reinterpret<f64>(b); }

/** frexp: mantissa in [0.5, 1) and the exponent in frexpE (0 for zeros, infinities, NaN). */
export function frexpF(x: f64): f64 {
  frexpE = 0;
  if (x == 0 || !isFinite(x)) return x;
  let b = bits(x);
  let e = <i32>((b >> 52) & 0x7ff);
  if (e == 0) {            // subnormal: scale into the normal range first
    x *= 18014398509481984.0;  // 2**54
    b = bits(x); e = <i32>((b >> 52) & 0x7ff) - 54;
  }
  frexpE = e - 1022;
  return fromBits((b & 0x800fffffffffffff) | (<u64>1022 << 52));
}

/** x * 2**n with one final rounding (musl's scalbn: scale in steps that cannot round twice). */
export function ldexpF(x: f64, n: i32): f64 {
  let y = x;
  if (n > 1023) {
    y *= 8.98846567431158e307;   // 2**1023
    n -= 1023;
    if (n > 1023) { y *= 8.98846567431158e307; n -= 1023; if (n > 1023) n = 1023; }
  } else if (n < -1022) {
    // 2**-1022 * 2**53: keeps the intermediate normal, so only the last multiply rounds
    y *= 2.2250738585072014e-308 * 9007199254740992.0;
    n += 1022 - 53;
    if (n < -1022) { y *= 2.2250738585072014e-308 * 9007199254740992.0; n += 1022 - 53; if (n < -1022) n = -1022; }
  }
  return y * fromBits(<u64>(0x3ff + n) << 52);
}

export function nextafterF(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == y) return y;
  if (x == 0) return fromBits((bits(y) & 0x8000000000000000) | 1);
  let b = bits(x);
  if ((y > x) == (x > 0)) b++; else b--;
  return fromBits(b);
}

export function ulpF(x: f64): f64 {
  if (isNaN(x)) return x;
  x = Math.abs(x);
  if (!isFinite(x)) return x;
  const x2 = nextafterF(x, Infinity);
  if (!isFinite(x2)) return x - nextafterF(x, -Infinity);
  return x2 - x;
}

function fmodF(x: f64, y: f64): f64 { return x % y; }

/** IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to even); exact. */
export function remainderF(x: f64, y: f64): f64 {
  mathErr = 0;
  if (isNaN(x)) return x;
  if (isNaN(y)) return y;
  if (!isFinite(x) || y == 0) { mathErr = 1; return NaN; }
  if (!isFinite(y)) return x;
  const ax = Math.abs(x), ay = Math.abs(y);
  const m = fmodF(ax, ay);
  const c = ay - m;
  let r: f64;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * fmodF(0.5 * (ax - m), ay);   // halfway: pick the even multiple
  return copysign<f64>(1.0, x) * r;
}

/** pow with C99 Annex F special values; mathErr 1 for (-x)**non-integer and 0**negative, 2 for overflow. */
export function powF(x: f64, y: f64): f64 {
  mathErr = 0;
  if (!isFinite(x) || !isFinite(y)) {
    if (isNaN(x)) return y == 0 ? 1.0 : x;
    if (isNaN(y)) return x == 1 ? 1.0 : y;
    if (!isFinite(x)) {
      const oddY = isFinite(y) && Math.abs(y) % 2.0 == 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y == 0) return 1.0;
      return oddY ? copysign<f64>(0.0, x) : 0.0;
    }
    // y infinite
    if (Math.abs(x) == 1.0) return 1.0;
    if (y > 0 && Math.abs(x) > 1.0) return y;
    if (y < 0 && Math.abs(x) < 1.0) return -y;
    return 0.0;
  }
  const r = Math.pow(x, y);
  if (isNaN(r)) mathErr = 1;
  else if (!isFinite(r)) mathErr = x == 0 ? 1 : 2;
  return r;
}

// ---- erf / erfc: fdlibm's rational approximations (Sun Microsystems, freely distributable) ----
const erx = 8.45062911510467529297e-01;
const efx = 1.28379167095512586316e-01;
const efx8 = 1.02703333676410069053e+00;
const pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02,
  pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05;
const qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03,
  qq4 = 1.32494738004321644526e-04, qq5 = -3.96022827877536812320e-06;
const pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01,
  pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02,
  pa6 = -2.16637559486879084300e-03;
const qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02,
  qa4 = 1.26171219808761642112e-01, qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02;
const ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01, ra2 = -1.05586262253232909814e+01,
  ra3 = -6.23753324503260060396e+01, ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
  ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00;
const sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02, sa3 = 4.34565877475229228821e+02,
  sa4 = 6.45387271733267880336e+02, sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02,
  sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02;
const rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01, rb2 = -1.77579549177547519889e+01,
  rb3 = -1.60636384855821916062e+02, rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
  rb6 = -4.83519191608651397019e+02;
const sb1 = 3.03380607434824582924e+01, sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03,
  sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03, sb6 = 4.74528541206955367215e+02,
  sb7 = -2.24409524465858183362e+01;

function hiWord(x: f64): i32 { return <i32>(bits(x) >> 32); }

/** The small-|x| rational part: erf(x) = x + x*y for |x| < 0.84375. */
function erfSmallY(z: f64): f64 {
  const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
  const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
  return r / s;
}
function erfMidPQ(s: f64): f64 {
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1.0 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return P / Q;
}
/** exp(-x*x - 0.5625 + R/S)/x for 1.25 <= x < 28 (x > 0), the asymptotic erfc form. */
function erfcTail(x: f64, ix: i32): f64 {
  const s = 1.0 / (x * x);
  let R: f64, S: f64;
  if (ix < 0x4006DB6E) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = fromBits(bits(x) & 0xffffffff00000000);   // x with the low word cleared: z*z is exact
  const r = Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S);
  return r / x;
}

export function erfF(x: f64): f64 {
  const hx = hiWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return isNaN(x) ? x : (x > 0 ? 1.0 : -1.0);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    return x + x * erfSmallY(x * x);
  }
  if (ix < 0x3ff40000) {
    const q = erfMidPQ(Math.abs(x) - 1.0);
    return hx >= 0 ? erx + q : -erx - q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const r = erfcTail(Math.abs(x), ix);
  return hx >= 0 ? 1.0 - r : r - 1.0;
}

export function erfcF(x: f64): f64 {
  const hx = hiWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return isNaN(x) ? x : (x > 0 ? 0.0 : 2.0);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmallY(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const q = erfMidPQ(Math.abs(x) - 1.0);
    return hx >= 0 ? (1.0 - erx) - q : 1.0 + (erx + q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const r = erfcTail(Math.abs(x), ix);
    return hx > 0 ? r : 2.0 - r;
  }
  return hx > 0 ? 0.0 : 2.0 - 1e-300;
}

// ---- gamma / lgamma: Lanczos approximation, N=13, g=6.024680040776729583740234375 (as CPython) ----
const lanczosG: f64 = 6.024680040776729583740234375;
const lanczosGmh: f64 = 5.524680040776729583740234375;
const LNUM: StaticArray<f64> = [23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408];
// x*(x+1)*...*(x+11) expanded
const LDEN: StaticArray<f64> = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const PI_: f64 = 3.141592653589793238462643383279502884197;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

function lanczosSum(x: f64): f64 {
  let num: f64 = 0, den: f64 = 0;
  // small x: Horner in x; larger x: in 1/x (no overflow, better accuracy)
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) { num = num * x + LNUM[i]; den = den * x + LDEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LNUM[i]; den = den / x + LDEN[i]; }
  }
  return num / den;
}

/** sin(pi*x), exact at integers and half-integers (reflection formula). */
function sinpi(x: f64): f64 {
  const y = Math.abs(x) % 2.0;
  const n = <i32>Math.round(2.0 * y);   // y >= 0, so round-half-up equals C round()
  let r: f64;
  switch (n) {
    case 0: r = Math.sin(PI_ * y); break;
    case 1: r = Math.cos(PI_ * (y - 0.5)); break;
    case 2: r = Math.sin(PI_ * (1.0 - y)); break;
    case 3: r = -Math.cos(PI_ * (y - 1.5)); break;
    default: r = Math.sin(PI_ * (y - 2.0)); break;
  }
  return copysign<f64>(1.0, x) * r;
}

export function gammaF(x: f64): f64 {
  mathErr = 0;
  if (!isFinite(x)) {
    if (isNaN(x) || x > 0) return x;
    mathErr = 1; return NaN;
  }
  if (x == 0) { mathErr = 1; return copysign<f64>(Infinity, x); }
  if (x == Math.floor(x)) {
    if (x < 0) { mathErr = 1; return NaN; }
    if (x <= 23) {
      let f: f64 = 1; for (let k = 2; k < <i32>x; k++) f *= <f64>k;   // exact up to 22!
      return f;
    }
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) { const r = 1.0 / x; if (!isFinite(r)) mathErr = 2; return r; }
  if (ax > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    mathErr = 2; return Infinity;
  }
  const y = ax + lanczosGmh;
  // z: the rounding error of y, scaled; corrects pow/exp's sensitivity to it
  let z: f64;
  if (ax > lanczosGmh) { const q = y - ax; z = q - lanczosGmh; }
  else { const q = y - lanczosGmh; z = q - ax; }
  z = z * lanczosG / y;
  let r: f64;
  if (x < 0) {
    r = -PI_ / sinpi(ax) / ax * Math.exp(y) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140.0) r /= Math.pow(y, ax - 0.5);
    else { const sp = Math.pow(y, ax / 2.0 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(ax) / Math.exp(y);
    r += z * r;
    if (ax < 140.0) r *= Math.pow(y, ax - 0.5);
    else { const sp = Math.pow(y, ax / 2.0 - 0.25); r *= sp; r *= sp; }
  }
  if (!isFinite(r)) mathErr = 2;
  return r;
}

export function lgammaF(x: f64): f64 {
  mathErr = 0;
  if (!isFinite(x)) return isNaN(x) ? x : Infinity;
  if (x == Math.floor(x) && x <= 2.0) {
    if (x <= 0) { mathErr = 1; return Infinity; }
    return 0.0;
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return -Math.log(ax);
  let r = Math.log(lanczosSum(ax)) - lanczosG;
  r += (ax - 0.5) * (Math.log(ax + lanczosG - 0.5) - 1);
  if (x < 0) r = LOGPI - Math.log(Math.abs(sinpi(ax))) - Math.log(ax) - r;
  if (!isFinite(r)) mathErr = 2;
  return r;
}

/**
 * sqrt(sum(v[i]**2)) for finite |v[i]| <= max: power-of-two scaling, Veltkamp-Dekker splitting of
 * each square, compensated summation and a final differential correction of the root, so the
 * result is correctly rounded in practice (the method CPython 3.11 uses for hypot and dist).
 */
export function vectorNorm(v: anyref, n: i32, max: f64, foundNan: bool): f64 {
  if (!isFinite(max) && !isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max == 0 || n <= 1) return max;
  const T27: f64 = 134217729.0;
  let csum: f64 = 1.0, frac1: f64 = 0, frac2: f64 = 0, frac3: f64 = 0;
  frexpF(max);
  const maxE = frexpE;
  if (maxE >= -1023) {
    const scale = ldexpF(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = F64Arr_get(v, i) * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum; csum += x; frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum; csum += x; frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    const t = h * T27;
    const hi = t - (t - h);
    const lo = h - hi;
    let x = -hi * hi;
    let old = csum; csum += x; frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum; csum += x; frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum; csum += x; frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // tiny values: 2**-maxE would overflow, divide by max instead
  for (let i = 0; i < n; i++) {
    let x = F64Arr_get(v, i) / max;
    x = x * x;
    const old = csum; csum += x; frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}
import { is_null, F64Arr_get, F64Arr_set, F64Arr_new, F64Arr_len, F64Arr_copy } from "../generated/kernel";

// ---- fsum: Shewchuk's exact partials, with CPython's special-value and half-even rules ----
let partials: anyref = null;
let np: i32 = 0;
let specialSum: f64 = 0, infSum: f64 = 0;
/** 0 ok, 1 intermediate overflow */
export function fsumStart(): void {
  if (is_null(partials)) partials = F64Arr_new(32);
  np = 0; specialSum = 0; infSum = 0;
}
export function fsumAdd(xin: f64): i32 {
  let x = xin;
  let i = 0;
  for (let j = 0; j < np; j++) {
    let y = F64Arr_get(partials, j);
    if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo != 0.0) F64Arr_set(partials, i++, lo);
    x = hi;
  }
  np = i;
  if (x != 0.0) {
    if (!isFinite(x)) {
      // an infinity or NaN among the inputs, or overflow of a partial sum
      if (isFinite(xin)) return 1;
      if (!isNaN(xin)) infSum += xin;
      specialSum += xin;
      np = 0;
    } else {
      if (np >= F64Arr_len(partials)) {
        const bigger = F64Arr_new(np * 2);
        F64Arr_copy(bigger, 0, partials, 0, np);
        partials = bigger;
      }
      F64Arr_set(partials, np++, x);
    }
  }
  return 0;
}
/** The correctly rounded total; mathErr 1 when +inf and -inf were both added. */
export function fsumEnd(): f64 {
  mathErr = 0;
  if (specialSum != 0.0) {
    if (isNaN(infSum)) { mathErr = 1; return NaN; }
    return specialSum;
  }
  let n = np;
  let hi: f64 = 0, lo: f64 = 0;
  if (n > 0) {
    hi = F64Arr_get(partials, --n);
    while (n > 0) {
      const x = hi;
      const y = F64Arr_get(partials, --n);
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // half-even rounding across partials: the next partial decides a tie
    if (n > 0 && ((lo < 0.0 && F64Arr_get(partials, n - 1) < 0.0) || (lo > 0.0 && F64Arr_get(partials, n - 1) > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  if (F64Arr_len(partials) > 1024) partials = null;   // do not keep a huge scratch array alive
  return hi;
}
