import { escapeMarkdown } from '@mlguard/core';
import type { DriftColumnResult, DriftResult } from './drift.js';
import { methodName } from './drift.js';
import type { ExpectationResult } from './validate.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
// Column names, observed values and histogram labels come from the dataset: untrusted.
const mdCell = (s: string) => escapeMarkdown(s);
/** Mermaid string text: no quote, backtick or line break can end the string or the code fence. */
const mermaidText = (s: string) => s.replace(/["`]/g, "'").replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
const f = (x: number | undefined | null, digits = 4) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x === Infinity ? '∞' : Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(2) : x.toFixed(digits));

/** A Mermaid xychart of reference (bars) against current (line) shares, for the summary and PR comment. */
export function mermaidHistogram(c: DriftColumnResult): string {
  const labels = c.histogram.labels.map((l) => `"${mermaidText(l).slice(0, 24)}"`);
  const max = Math.max(...c.histogram.reference, ...c.histogram.current, 0.01);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(c.column)}: reference (bars) vs current (line)"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "share of rows" 0 --> ${Math.min(1, Math.ceil(max * 110) / 100)}`,
    `  bar [${c.histogram.reference.map((x) => x.toFixed(4)).join(', ')}]`,
    `  line [${c.histogram.current.map((x) => x.toFixed(4)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function driftTable(drift: DriftResult): string {
  const rows = drift.columns.map(
    (c) =>
      `| ${mdCell(c.column)} | ${c.kind} | ${methodName(c.method)}${c.approximate ? ' (approx.)' : ''} | ${f(c.score)} | ${f(c.threshold, 2)} | ${c.statistic === undefined ? '—' : f(c.statistic)} | ${f(c.psi)} | ${c.drifted ? '**drift**' : 'ok'} |`,
  );
  return [
    `**Drift**: ${drift.driftedColumns} of ${drift.columns.length} columns drifted (share ${f(drift.share, 2)}, dataset drift at ≥ ${drift.driftShare}): ${drift.datasetDrift ? '**dataset drift**' : 'no dataset drift'}.`,
    '',
    '| column | type | test | score | threshold | statistic | PSI | result |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function expectationTable(results: ExpectationResult[], suitePath: string): string {
  const failed = results.filter((r) => !r.success);
  if (!results.length) return '';
  const lines = [`**Expectations**: ${results.length - failed.length} of ${results.length} passed (suite \`${suitePath}\`).`];
  if (failed.length) {
    lines.push('', '| line | expectation | column | observed | unexpected |', '|---|---|---|---|---|');
    for (const r of failed.slice(0, 50)) {
      const res = r.result as { observed_value?: unknown; unexpected_count?: number; unexpected_percent?: number | null };
      const observed = r.exception_info.raised_exception ? `error: ${r.exception_info.exception_message}` : res.observed_value === undefined ? '' : JSON.stringify(res.observed_value).slice(0, 60);
      const unexpected = res.unexpected_count === undefined ? '' : `${res.unexpected_count}${res.unexpected_percent === null || res.unexpected_percent === undefined ? '' : ` (${res.unexpected_percent.toFixed(2)}%)`}`;
      lines.push(`| ${r.line} | \`${r.expectation_config.type}\` | ${mdCell(r.column ?? '')} | ${mdCell(observed)} | ${unexpected} |`);
    }
  }
  return lines.join('\n');
}

/** Grouped bars as inline SVG: no script, no external asset, safe to open from an artifact. */
export function svgHistogram(c: DriftColumnResult): string {
  const W = 640;
  const H = 240;
  const pad = 36;
  const n = c.histogram.labels.length || 1;
  const max = Math.max(...c.histogram.reference, ...c.histogram.current, 0.01);
  const bw = (W - 2 * pad) / n;
  const y = (v: number) => H - pad - (v / max) * (H - 2 * pad);
  const bars = c.histogram.labels
    .map((l, i) => {
      const x = pad + i * bw;
      const r = c.histogram.reference[i]!;
      const cu = c.histogram.current[i]!;
      return (
        `<rect x="${(x + 2).toFixed(1)}" y="${y(r).toFixed(1)}" width="${(bw / 2 - 2).toFixed(1)}" height="${(H - pad - y(r)).toFixed(1)}" fill="#8aa4c8"><title>${esc(l)} reference ${(100 * r).toFixed(2)}%</title></rect>` +
        `<rect x="${(x + bw / 2).toFixed(1)}" y="${y(cu).toFixed(1)}" width="${(bw / 2 - 2).toFixed(1)}" height="${(H - pad - y(cu)).toFixed(1)}" fill="#d9534f"><title>${esc(l)} current ${(100 * cu).toFixed(2)}%</title></rect>` +
        (n <= 16 ? `<text x="${(x + bw / 2).toFixed(1)}" y="${H - pad + 14}" font-size="9" text-anchor="middle">${esc(l.slice(0, 12))}</text>` : '')
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img" aria-label="${esc(c.column)} histogram">` +
    `<text x="${pad}" y="16" font-size="13" font-weight="bold">${esc(c.column)} — ${esc(methodName(c.method))} ${f(c.score)} (threshold ${f(c.threshold, 2)})</text>` +
    `<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#444"/>${bars}` +
    `<rect x="${W - 170}" y="6" width="10" height="10" fill="#8aa4c8"/><text x="${W - 155}" y="15" font-size="11">reference</text>` +
    `<rect x="${W - 90}" y="6" width="10" height="10" fill="#d9534f"/><text x="${W - 75}" y="15" font-size="11">current</text></svg>`
  );
}

export function htmlReport(title: string, summaryMd: string, drift: DriftResult | undefined): string {
  const charts = (drift?.columns ?? []).filter((c) => c.drifted).map((c) => `<figure>${svgHistogram(c)}</figure>`).join('\n');
  const table = drift
    ? `<table><tr><th>column</th><th>type</th><th>test</th><th>score</th><th>threshold</th><th>PSI</th><th>drift</th></tr>${drift.columns
        .map((c) => `<tr><td>${esc(c.column)}</td><td>${c.kind}</td><td>${esc(methodName(c.method))}</td><td>${f(c.score)}</td><td>${f(c.threshold, 2)}</td><td>${f(c.psi)}</td><td>${c.drifted ? '<b>drift</b>' : 'ok'}</td></tr>`)
        .join('')}</table>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{font-family:sans-serif;max-width:900px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}pre{white-space:pre-wrap;background:#f6f8fa;padding:1em}</style></head><body><h1>${esc(title)}</h1>${table}${charts}<h2>Summary</h2><pre>${esc(summaryMd)}</pre></body></html>\n`;
}
