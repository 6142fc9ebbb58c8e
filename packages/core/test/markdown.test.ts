import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeMarkdown, guardEngineMarkdown, renderMarkdown } from '../src/index.js';
import { fakeFinding } from './support/fake-tool.js';
import { resultOf } from './support/results.js';

/** Renders like GitHub (GFM), letting raw HTML through so that any injected HTML would show up. */
const html = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const textOf = (h: string) => decode(h.replace(/<[^>]*>/g, ''));
const tagsOf = (h: string) => [...h.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());

const EVIL = '%0A::error::x\n<img src=x> @org/team [a](http://e) ![i](http://e/i.png) <script>alert(1)</script> **b** `c` # h www.example.com a@b.co #123 :smile: ~~s~~ $x$';

/** What must hold for escaped text placed in a table cell. */
function assertInert(escaped: string, original: string) {
  const h = html(`| a |\n| --- |\n| ${escaped} |\n`);
  const tags = tagsOf(h);
  expect(tags.filter((t) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t))).toEqual([]);
  expect(tags.filter((t) => t === 'td')).toHaveLength(2); // one opening, one closing: the cell was not split
  const text = textOf(h.slice(h.indexOf('<tbody>'))).replace(/\u2060/g, '');
  const expected = original
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  // The reader sees exactly the original text (whitespace at the cell edges aside).
  expect(text.trim()).toBe(expected.replace(/\uFFFD/g, '\uFFFD').trim());
  // No mention, issue reference, or autolink can fire on the rendered text.
  const visible = textOf(h);
  expect(visible).not.toMatch(/@[A-Za-z0-9_]/);
  expect(visible).not.toMatch(/#\d/);
  expect(visible).not.toMatch(/:\/\//);
  expect(visible).not.toMatch(/www\./i);
}

describe('escapeMarkdown', () => {
  it('renders the classic injection inert', () => {
    assertInert(escapeMarkdown(EVIL), EVIL);
    const h = html(escapeMarkdown(EVIL));
    expect(h).not.toMatch(/<img|<a |<script|<strong|<code|<del|<h1/);
    expect(escapeMarkdown(EVIL)).not.toMatch(/\n/);
  });

  it('the inertness check is real: raw text fails it', () => {
    expect(() => assertInert(EVIL, EVIL)).toThrow();
    expect(() => assertInert('ping @octocat', 'ping @octocat')).toThrow();
    expect(() => assertInert('see #12', 'see #12')).toThrow();
  });

  it('removes bidi overrides and control characters', () => {
    expect(escapeMarkdown('a\u202Eb\u0007c\r\nd')).toBe('ab c d');
  });

  it('is inert for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        // The CommonMark spec turns NUL into U+FFFD; we turn all C0 controls into spaces first, so compare after that.
        assertInert(escapeMarkdown(s), s);
      }),
      { numRuns: 400 },
    );
  });

  it('is inert for strings built from Markdown syntax (property)', () => {
    const piece = fc.constantFrom('<', '>', '&', '[', ']', '(', ')', '!', '@', '#', '*', '_', '`', '~', '|', '\\', ':', '/', 'http', 'www.', '.', 'a', '1', ' ', '\n', '&#64;', '<!--', '-->', '$', '^', '"', "'", '=', '-', '+', 'javascript:', 'x@y.z');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => assertInert(escapeMarkdown(s), s)),
      { numRuns: 600 },
    );
  });
});

describe('renderMarkdown', () => {
  it('shows the verdict, counts and the findings most severe first', () => {
    const md = renderMarkdown(resultOf([fakeFinding({ severity: 'low', ruleId: 'DATA-TEST-002', logicalKey: 'l' }), fakeFinding()]));
    expect(md).toMatch(/^### mlguard data-check: ❌ failed: 1 finding at or above high\n/);
    expect(md).toMatch(/\| 🟥 critical \| 🟧 high \| 🟨 medium \| 🟦 low \| ⬜ info \| suppressed \| blocking \|\n\|( ---: \|){7}\n\| 0 \| 1 \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟧') || l.startsWith('| 🟦'));
    expect(rows[0]).toMatch(/^\| 🟧 high \| DATA\\-TEST\\-001 \| data/);
    expect(rows[1]).toMatch(/^\| 🟦 low \| DATA\\-TEST\\-002/);
    const h = html(md);
    expect(tagsOf(h)).toContain('table');
    expect(h).toMatch(/<strong>blocking<\/strong>/);
  });

  it('passes and warn-only verdicts', () => {
    expect(renderMarkdown(resultOf([]))).toMatch(/^### mlguard data-check: ✅ passed: no finding at or above high\n[\s\S]*No findings\./);
    expect(renderMarkdown(resultOf([fakeFinding()], {}, { warnOnly: true }))).toMatch(/^### mlguard data-check: ⚠️ passed \(warn-only\): 1 finding at or above high/);
    expect(renderMarkdown(resultOf([]), { title: 'Data checks' })).toMatch(/^### Data checks: ✅/);
  });

  it('keeps hostile finding text inert in the whole report', () => {
    const f = fakeFinding({ ruleId: 'DATA-TEST-001', title: EVIL, message: EVIL, location: { path: `${EVIL}.csv`, startLine: 1 } });
    const md = renderMarkdown(resultOf([f], { target: EVIL, toolVersion: EVIL }, { suppressions: [{ id: EVIL, reason: EVIL, expires: '2020-01-01', path: EVIL }] }));
    const h = html(md);
    expect(tagsOf(h).filter((t) => !['h3', 'h4', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong'].includes(t))).toEqual([]);
    expect(textOf(h)).not.toMatch(/@[A-Za-z0-9]|:\/\/|#\d/);
    expect(md).not.toMatch(/\n::error::/);
  });

  it('lists expired, unused and rejected suppressions', () => {
    const md = renderMarkdown(
      resultOf([fakeFinding(), fakeFinding({ logicalKey: 'x', suppression: { id: 'X', reason: 'legacy' } })], {}, {
        suppressions: [
          { id: 'DATA-TEST-001', reason: 'old', expires: '2026-01-01', source: '.github/mlguard.yml:5' },
          { id: 'DATA-TEST-404', reason: 'gone', expires: '2027-01-01' },
        ],
      }),
    );
    expect(md).toMatch(/#### Expired suppressions: these findings count again \(1\)[\s\S]*\| DATA\\-TEST\\-001 \|  \| 2026\\-01\\-01 \| old \| \\\.github\/mlguard\\\.yml\\:5 \|/);
    expect(md).toMatch(/#### Unused suppressions: nothing matched them, remove them \(1\)[\s\S]*DATA\\-TEST\\-404/);
    expect(md).toMatch(/#### Rejected suppressions \(1\)[\s\S]*\| X \|  \| none \| legacy \|  \| an inline suppression needs an expiry date/);
  });

  it('fits maxChars by dropping rows, with an "N more" line and link', () => {
    const findings = Array.from({ length: 500 }, (_, i) => fakeFinding({ logicalKey: `k${i}`, message: `problem number ${i} `.repeat(10) }));
    const full = renderMarkdown(resultOf(findings), { maxChars: 10_000_000 });
    expect(full).not.toMatch(/more finding/);
    for (const maxChars of [60_000, 5000, 1500]) {
      const md = renderMarkdown(resultOf(findings), { maxChars, moreUrl: 'https://github.com/o/r/actions/runs/1' });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      const shown = md.split('\n').filter((l) => l.startsWith('| 🟧')).length;
      expect(md).toContain(`… and ${500 - shown} more findings not shown: [full report](https://github.com/o/r/actions/runs/1).`);
    }
    expect(renderMarkdown(resultOf(findings)).length).toBeLessThanOrEqual(60_000);
    expect(renderMarkdown(resultOf(findings), { maxChars: 200 }).length).toBeLessThanOrEqual(200);
  });

  it('fits maxChars for any sizes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 50, max: 6000 }), fc.string({ maxLength: 300 }), (n, maxChars, text) => {
        const findings = Array.from({ length: n }, (_, i) => fakeFinding({ logicalKey: `k${i}`, message: text }));
        expect(renderMarkdown(resultOf(findings, { summaryMarkdown: text }), { maxChars }).length).toBeLessThanOrEqual(maxChars);
      }),
      { numRuns: 150 },
    );
  });
});

describe('guardEngineMarkdown (the safety net under EngineResult.summaryMarkdown)', () => {
  const ENGINE_MD = [
    '**Drift** in `amount`: ok <details><summary>rows</summary>',
    '',
    '| col | note |',
    '|---|---|',
    '| a | <img src=x onerror=alert(1)> @org/team ![t](http://e/t.png) <script>x</script> |',
    '</details>',
    '',
    '```mermaid',
    'xychart-beta',
    '  title "@someone"',
    '```',
    'after the fence <br>',
    '```',
    'an unclosed fence swallowing the rest',
  ].join('\n');

  it('keeps the structure engines use and neutralises what a missed escape would let through', () => {
    const guarded = guardEngineMarkdown(ENGINE_MD);
    const h = html(`${guarded}\n\n| after | the | report |\n|---|---|---|\n`);
    const tags = tagsOf(h);
    // formatting the engine meant survives
    expect(tags).toEqual(expect.arrayContaining(['details', 'summary', 'table', 'strong', 'code', 'br', 'pre']));
    // nothing else: no image, script or frame (links stay possible: engines link their help pages)
    expect(tags.filter((t) => ['img', 'script', 'iframe'].includes(t))).toEqual([]);
    expect(h).not.toMatch(/<img|<script/); // only as escaped text
    // no mention fires, in text or inside the code block
    expect(textOf(h)).not.toMatch(/@[A-Za-z0-9_]/);
    // the open fence was closed, so the table rendered after the engine's Markdown is a table
    expect(h).toMatch(/<th>after<\/th>/);
  });

  it('is applied by renderMarkdown to the engine summary', () => {
    const md = renderMarkdown(resultOf([], { summaryMarkdown: '<img src=x> @org/team\n```\nopen' }));
    expect(md).toContain('&lt;img src=x>');
    expect(md).toContain('@\u2060org/team');
    expect(md.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
  });

  it('never throws and always closes its fences (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const g = guardEngineMarkdown(s);
        expect(textOf(html(g))).not.toMatch(/@[A-Za-z0-9_]/);
        expect(html(`${g}\n\n| x |\n|---|\n`)).toMatch(/<th>x<\/th>|<td>x<\/td>|x/);
      }),
    );
  });
});
