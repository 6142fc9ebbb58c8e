/** Line lookup helpers: parsers that go through a JSON/TOML/YAML library lose positions, so they
 * find the line of an entry again in the text (the line a developer edits). */

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character offset. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export class LineFinder {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  /** Line of the first occurrence of `needle` at or after `from`; undefined when absent. */
  find(needle: string, from = 0): { line: number; offset: number } | undefined {
    const i = this.text.indexOf(needle, from);
    return i < 0 ? undefined : { line: lineAt(this.starts, i), offset: i };
  }
  lineOf(offset: number): number {
    return lineAt(this.starts, offset);
  }
  /**
   * Line of the first match of every key the regex captures (group 1), in one pass: looking
   * each package up with `find` would be quadratic on a 5,000-package lockfile.
   */
  keyLines(re: RegExp): Map<string, number> {
    const out = new Map<string, number>();
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    let line = 1;
    let last = 0;
    for (let m = g.exec(this.text); m; m = g.exec(this.text)) {
      for (let i = this.text.indexOf('\n', last); i >= 0 && i < m.index; i = this.text.indexOf('\n', i + 1)) line++;
      last = m.index;
      if (!out.has(m[1]!)) out.set(m[1]!, line);
    }
    return out;
  }
}


/**
 * Line of a JSON.parse failure: V8 gives a position for some errors only, so the end of input
 * and the first unexpected token are located by hand for the others.
 */
export function jsonErrorLine(text: string, err: unknown): number {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  if (/end of (JSON )?input/i.test(msg)) return Math.max(1, text.replace(/\s+$/, '').split('\n').length);
  const tok = /Unexpected token '?(.)'?/.exec(msg);
  if (tok) {
    const i = text.indexOf(tok[1]!);
    if (i >= 0) return text.slice(0, i).split('\n').length;
  }
  return 1;
}
