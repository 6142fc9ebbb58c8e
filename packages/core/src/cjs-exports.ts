/**
 * The exports of a dynamically imported CommonJS package. Node and an unsplit esbuild bundle put
 * them on the namespace itself; a split bundle (dist/cli) imports a chunk whose only export is
 * `default`, the package's module.exports. `probe` names one export the caller needs.
 */
export function cjsExports<T>(ns: unknown, probe: keyof T & string): T {
  const n = ns as Record<string, unknown>;
  if (n && probe in n) return n as T;
  const d = n?.default as Record<string, unknown> | undefined;
  if (d && probe in d) return d as T;
  throw new Error(`the imported module has no export "${probe}"`);
}
