import { expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesMarkdown } from '../src/rules-doc.js';

const file = fileURLToPath(new URL('../RULES.md', import.meta.url));

// Findings link to RULES.md#<rule-id>; regenerate with MLGUARD_WRITE_RULES=1 when rules change.
it('RULES.md matches the rule catalogue', () => {
  const want = renderRulesMarkdown();
  if (process.env.MLGUARD_WRITE_RULES === '1') writeFileSync(file, want);
  expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe(want);
});
