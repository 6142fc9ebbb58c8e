import { describe, expect, it } from '@jest/globals';
import { driftTable, mermaidHistogram } from '../src/report.js';
import type { DriftColumnResult } from '../src/drift.js';

// A dataset's column names and values are untrusted: they must not end the Mermaid string or
// the code fence, or start HTML, mentions or table cells in the summary.
const EVIL = 'amt"\n```\n<img src=x> @org/team | x';

const column: DriftColumnResult = {
  column: EVIL,
  kind: 'categorical',
  method: 'chisquare',
  score: 0.01,
  threshold: 0.05,
  drifted: true,
  psi: 0.3,
  referenceRows: 10,
  currentRows: 10,
  nUnique: 2,
  approximate: false,
  histogram: { labels: [EVIL, 'b`c'], reference: [0.5, 0.5], current: [0.9, 0.1] },
};

describe('summary Markdown built from dataset text', () => {
  it('keeps column names and labels inside the Mermaid strings and the fence', () => {
    const md = mermaidHistogram(column);
    const lines = md.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines.filter((l) => l.includes('```'))).toHaveLength(2);
    expect(lines).toHaveLength(8);
    // every quoted string closes on its own line
    for (const l of lines.slice(1, -1)) expect((l.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('escapes column names in the drift table', () => {
    const md = driftTable({ columns: [column], driftedColumns: 1, share: 1, driftShare: 0.5, datasetDrift: true } as Parameters<typeof driftTable>[0]);
    const row = md.split('\n').at(-1)!;
    expect(row).not.toMatch(/<img/);
    expect(row).not.toMatch(/@org/);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(10); // 8 cells: the name's `|` did not add one
  });
});
