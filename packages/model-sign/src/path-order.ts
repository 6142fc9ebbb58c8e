/**
 * Resource order. The OMS spec (§5.2.1) sorts names by Unicode code point of the whole string;
 * `model_signing` sorts `PurePosixPath`s component by component. Verifiers recompute the root
 * digest from the listed order, so both verify, but `model_signing digest` prints the root of
 * its own order: we emit Python's order so the two tools print the same digest, and warn when
 * the spec order would differ.
 */

/** Code-point comparison (JS `<` compares UTF-16 units, which misorders astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i]!.codePointAt(0) ?? 0) - (y[i]!.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Python's `PurePosixPath` ordering: component lists compared element-wise. */
export function comparePythonPaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = compareCodePoints(x[i]!, y[i]!);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The first pair of names whose spec order differs from Python's order, if any. */
export function orderConflict(names: readonly string[]): [string, string] | undefined {
  const spec = [...names].sort(compareCodePoints);
  const py = [...names].sort(comparePythonPaths);
  for (let i = 0; i < spec.length; i++) if (spec[i] !== py[i]) return [py[i]!, spec[i]!];
  return undefined;
}
