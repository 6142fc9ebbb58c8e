import { RULES } from './rules.js';

/** RULES.md: every check with its severity, aliases, explanation and fix (the finding's help link points here). */
export function renderRulesMarkdown(): string {
  let md = '# iac-scan rules\n\nGenerated from `src/rules.ts`. Aliases are the ids other tools use; any of them works in a suppression.\n\n| id | severity | title |\n|---|---|---|\n';
  for (const r of RULES) md += `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |\n`;
  for (const r of RULES) {
    md += `\n## ${r.id}\n\n**${r.title}** (${r.severity})\n\n${r.explanation}\n\n**Fix:** ${r.fix}\n`;
    if (r.aliases.length) md += `\n**Aliases:** ${r.aliases.map((a) => `\`${a}\``).join(', ')}\n`;
  }
  return md;
}
