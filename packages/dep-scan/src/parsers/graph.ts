/**
 * Direct/transitive and dev/runtime from a lockfile's dependency edges: breadth-first from the
 * project's own requirements gives each package its shortest "introduced through" path.
 */
export interface GraphInput {
  /** key -> keys it depends on */
  edges: Map<string, string[]>;
  runtimeRoots: string[];
  devRoots: string[];
}

export interface GraphInfo {
  direct: Set<string>;
  /** Reachable from dev roots only. */
  devOnly: Set<string>;
  /** Shortest path of keys from a root down to (excluding) the key itself. */
  pathTo: Map<string, string[]>;
}

function bfs(edges: Map<string, string[]>, roots: string[], pathTo?: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const r of roots) {
    if (seen.has(r)) continue;
    seen.add(r);
    queue.push(r);
    if (pathTo && !pathTo.has(r)) pathTo.set(r, []);
  }
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i]!;
    for (const d of edges.get(k) ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
      if (pathTo && !pathTo.has(d)) pathTo.set(d, [...(pathTo.get(k) ?? []), k]);
    }
  }
  return seen;
}

export function analyseGraph(g: GraphInput): GraphInfo {
  const pathTo = new Map<string, string[]>();
  const runtime = bfs(g.edges, g.runtimeRoots, pathTo);
  const dev = bfs(g.edges, g.devRoots, pathTo);
  const devOnly = new Set([...dev].filter((k) => !runtime.has(k)));
  return { direct: new Set([...g.runtimeRoots, ...g.devRoots]), devOnly, pathTo };
}
