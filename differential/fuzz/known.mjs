// Divergences the fuzzer has found that are not fixed yet (each with the reason). A divergence whose
// differing pyex or CPython line matches one of these counts as known, not as a failure. This list
// must stay short: fix the bug and delete its line (the regression case keeps it fixed).
export const KNOWN = [
];

/** The entry of KNOWN matching a divergence report, if any. */
export function knownDivergence(report) {
  return KNOWN.find((k) => k.pattern.test(report.diff)) ?? null;
}
