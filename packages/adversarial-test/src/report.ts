import type { Robustness } from './evaluate.js';

/**
 * The human-facing report: Markdown (job summary, PR comment) with the robust-accuracy curve as a
 * Mermaid chart, and a standalone HTML page with the same curve as inline SVG. Both are built
 * only from deterministic figures, so reruns with one seed produce identical bytes.
 */

export interface ReportInput {
  target: string;
  backend: string;
  norm: string;
  metricName: 'robust accuracy' | 'robust recall';
  result: Robustness;
  gate?: { eps: number; min: number; value: number; passed: boolean };
  regression?: { base: string; baseValue: number; headValue: number; drop: number; pValue: number; failed: boolean };
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const mdEsc = (s: string) => s.replace(/[|\\`*_<>]/g, (c) => `\\${c}`);

function curve(r: ReportInput): { eps: number; value: number }[] {
  return r.result.perEps.map((e) => ({ eps: e.eps, value: (r.metricName === 'robust recall' ? e.robustRecall : e.robustAccuracy) ?? 0 }));
}

export function mermaidCurve(r: ReportInput): string {
  const pts = curve(r);
  const clean = r.metricName === 'robust recall' ? r.result.perEps[0]?.cleanRecall ?? 0 : r.result.perEps[0]?.cleanAccuracy ?? 0;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${r.metricName} vs ${r.norm} epsilon"`,
    `    x-axis "epsilon" [${['0', ...pts.map((p) => String(p.eps))].join(', ')}]`,
    `    y-axis "${r.metricName}" 0 --> 1`,
    `    line [${[clean, ...pts.map((p) => p.value)].map((v) => v.toFixed(3)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function markdownReport(r: ReportInput): string {
  const res = r.result;
  const lines: string[] = [];
  lines.push(`**Model** \`${mdEsc(r.target)}\` on ${mdEsc(r.backend)} · ${res.n} samples (${res.attacked} attacked, ${res.skipped} already misclassified or not flagged) · ${r.norm}`);
  if (r.gate) lines.push(`**Gate**: ${r.metricName} at eps ${r.gate.eps} is ${pct(r.gate.value)}; required ${pct(r.gate.min)}: ${r.gate.passed ? 'passed' : '**failed**'}`);
  if (r.regression) lines.push(`**Regression** vs \`${mdEsc(r.regression.base)}\`: ${pct(r.regression.baseValue)} → ${pct(r.regression.headValue)} (drop ${pct(r.regression.drop)}, McNemar p = ${r.regression.pValue.toFixed(4)})${r.regression.failed ? ': **failed**' : ''}`);
  lines.push('', mermaidCurve(r), '');
  const recall = r.metricName === 'robust recall';
  lines.push(`| eps | clean ${recall ? 'recall' : 'accuracy'} | ${r.metricName} (95% CI) | attack success | broken by |`);
  lines.push('|---|---|---|---|---|');
  for (const e of res.perEps) {
    const by = Object.entries(e.attacks)
      .filter(([, s]) => s.broken > 0)
      .map(([a, s]) => `${a} ${s.broken}`)
      .join(', ');
    const value = recall ? e.robustRecall : e.robustAccuracy;
    const ci = recall ? e.robustRecallCI : e.robustAccuracyCI;
    lines.push(`| ${e.eps} | ${pct(recall ? e.cleanRecall : e.cleanAccuracy)} | ${pct(value)} (${pct(ci?.[0])}–${pct(ci?.[1])}) | ${pct(e.attackSuccessRate)} | ${by || '–'} |`);
  }
  const q = res.perEps.flatMap((e) => Object.entries(e.attacks).filter(([, s]) => s.broken > 0).map(([a, s]) => `| ${a} | ${e.eps} | ${s.broken}/${s.attempted} | ${s.queriesPerSuccess.mean} | ${s.queriesPerSuccess.median} | ${s.queriesPerSuccess.p90} |`));
  if (q.length) lines.push('', '| attack | eps | broken / attempted | queries per success: mean | median | p90 |', '|---|---|---|---|---|---|', ...q);
  if (res.minimalNorm) lines.push('', `Minimal ${r.norm} perturbation (HopSkipJump): median ${res.minimalNorm.median ?? 'n/a'}, p10 ${res.minimalNorm.p10 ?? 'n/a'} (${res.minimalNorm.found} samples).`);
  if (res.natural) {
    const bad = res.natural.features.filter((f) => f.failRate > 0).sort((a, b) => b.failRate - a.failRate).slice(0, 5);
    lines.push('', `Natural perturbation (each feature ±${(res.natural.relative * 100).toFixed(1)}%): ${bad.length ? bad.map((f) => `${mdEsc(f.feature)} ${pct(f.failRate)}`).join(', ') : 'no decision flipped'}.`);
  }
  if (res.fragile.length) {
    lines.push('', '<details><summary>Most fragile rows</summary>', '', '| row | eps | attack | changes |', '|---|---|---|---|');
    for (const f of res.fragile) lines.push(`| ${f.row} | ${f.eps} | ${f.attack} | ${f.changes.map((c) => `${mdEsc(c.feature)} ${c.from} → ${c.to}`).join('; ')} |`);
    lines.push('', '</details>');
  }
  for (const f of res.flags) lines.push('', `> ⚠️ ${mdEsc(f.id)}: ${mdEsc(f.message)}`);
  return lines.join('\n');
}

/** The curve as an SVG line chart (0..1 on y, the epsilon grid on x, clean value at eps 0). */
export function svgCurve(r: ReportInput, width = 560, height = 300): string {
  const pts = curve(r);
  const clean = r.metricName === 'robust recall' ? r.result.perEps[0]?.cleanRecall ?? 0 : r.result.perEps[0]?.cleanAccuracy ?? 0;
  const all = [{ eps: 0, value: clean }, ...pts];
  const maxEps = Math.max(...all.map((p) => p.eps), 1e-9);
  const m = { l: 50, r: 20, t: 20, b: 40 };
  const X = (e: number) => m.l + (e / maxEps) * (width - m.l - m.r);
  const Y = (v: number) => height - m.b - v * (height - m.t - m.b);
  const f = (v: number) => v.toFixed(1);
  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) => `<line x1="${m.l}" x2="${width - m.r}" y1="${f(Y(v))}" y2="${f(Y(v))}" stroke="#ddd"/><text x="${m.l - 6}" y="${f(Y(v) + 4)}" text-anchor="end" font-size="11">${v}</text>`).join('');
  const ticks = all.map((p) => `<text x="${f(X(p.eps))}" y="${height - m.b + 16}" text-anchor="middle" font-size="11">${p.eps}</text>`).join('');
  const path = all.map((p, i) => `${i ? 'L' : 'M'}${f(X(p.eps))},${f(Y(p.value))}`).join(' ');
  const dots = all.map((p) => `<circle cx="${f(X(p.eps))}" cy="${f(Y(p.value))}" r="3.5" fill="#1f6feb"><title>eps ${p.eps}: ${(p.value * 100).toFixed(1)}%</title></circle>`).join('');
  const gateLine = r.gate ? `<line x1="${m.l}" x2="${width - m.r}" y1="${f(Y(r.gate.min))}" y2="${f(Y(r.gate.min))}" stroke="#d1242f" stroke-dasharray="5,4"/><text x="${width - m.r}" y="${f(Y(r.gate.min) - 4)}" text-anchor="end" font-size="11" fill="#d1242f">gate ${r.gate.min}</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(r.metricName)} vs epsilon">${grid}${ticks}${gateLine}<path d="${path}" fill="none" stroke="#1f6feb" stroke-width="2"/>${dots}<text x="${(width + m.l) / 2}" y="${height - 6}" text-anchor="middle" font-size="12">${esc(r.norm)} epsilon</text></svg>`;
}

export function htmlReport(r: ReportInput): string {
  const res = r.result;
  const recall = r.metricName === 'robust recall';
  const rows = res.perEps
    .map((e) => {
      const v = recall ? e.robustRecall : e.robustAccuracy;
      const ci = recall ? e.robustRecallCI : e.robustAccuracyCI;
      return `<tr><td>${e.eps}</td><td>${pct(recall ? e.cleanRecall : e.cleanAccuracy)}</td><td>${pct(v)} (${pct(ci?.[0])}–${pct(ci?.[1])})</td><td>${pct(e.attackSuccessRate)}</td><td>${esc(Object.entries(e.attacks).map(([a, s]) => `${a}: ${s.broken}/${s.attempted}`).join(', '))}</td></tr>`;
    })
    .join('');
  const flags = res.flags.map((f) => `<li><b>${esc(f.id)}</b>: ${esc(f.message)}</li>`).join('');
  const last = res.perEps[res.perEps.length - 1];
  const perClass = last ? `<h2>Per class at eps ${last.eps}</h2><table><tr><th>class</th><th>rows</th><th>robust accuracy</th></tr>${last.perClass.map((c) => `<tr><td>${esc(c.class)}</td><td>${c.n}</td><td>${pct(c.robustAccuracy)}</td></tr>`).join('')}</table>` : '';
  const fragile = res.fragile.length
    ? `<h2>Most fragile rows</h2><table><tr><th>data row</th><th>eps</th><th>attack</th><th>changes</th></tr>${res.fragile.map((f) => `<tr><td>${f.row}</td><td>${f.eps}</td><td>${esc(f.attack)}</td><td>${esc(f.changes.map((c) => `${c.feature} ${c.from} → ${c.to}`).join('; '))}</td></tr>`).join('')}</table>`
    : '';
  const minimal = res.minimalNorm ? `<p>Minimal ${esc(r.norm)} perturbation (HopSkipJump): median ${res.minimalNorm.median ?? 'n/a'}, p10 ${res.minimalNorm.p10 ?? 'n/a'} over ${res.minimalNorm.found} samples.</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlguard adversarial-test: ${esc(r.target)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;color:#1f2328}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}th{background:#f6f8fa}</style></head>
<body><h1>mlguard adversarial-test</h1>
<p>Model <code>${esc(r.target)}</code> on ${esc(r.backend)}; ${res.n} samples, ${res.attacked} attacked; norm ${esc(r.norm)}.</p>
${r.gate ? `<p>Gate: ${esc(r.metricName)} at eps ${r.gate.eps} is ${pct(r.gate.value)}, required ${pct(r.gate.min)}: <b>${r.gate.passed ? 'passed' : 'failed'}</b>.</p>` : ''}
<h2>${esc(r.metricName)} over epsilon</h2>
${svgCurve(r)}
<table><tr><th>eps</th><th>clean</th><th>${esc(r.metricName)} (95% CI)</th><th>attack success</th><th>broken by attack</th></tr>${rows}</table>
${minimal}${perClass}${fragile}
${flags ? `<h2>Flags</h2><ul>${flags}</ul>` : ''}
</body></html>
`;
}
