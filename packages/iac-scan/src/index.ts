import { usageError, type EngineResult, type Options, type Ports, type ToolSpec } from '@mlguard/core';
import { RULES } from './rules.js';
import { FRAMEWORKS, scan, type Framework, type ListedSuppression, type ScanInput } from './scan.js';

export { RULES } from './rules.js';
export type { Rule } from './rules.js';

const OPTIONS = [
  { name: 'paths', type: 'list', description: 'Files or directories to scan, relative to the repository root.', default: ['.'] },
  { name: 'frameworks', type: 'list', description: `Frameworks to scan: ${FRAMEWORKS.join(', ')}.`, default: [...FRAMEWORKS] },
  { name: 'var-files', type: 'list', description: 'Terraform .tfvars files applied to every root module (like -var-file); terraform.tfvars and *.auto.tfvars are read automatically.' },
  { name: 'skip-paths', type: 'list', description: 'Glob patterns of paths not to scan (node_modules, .git and .terraform are always skipped).' },
  { name: 'changed-files-only', type: 'boolean', description: 'Scan only the files listed in changed-files (plus the Terraform modules they belong to or call).', default: false },
  { name: 'changed-files', type: 'list', description: 'Paths changed by the pull request (e.g. from `git diff --name-only`), used with changed-files-only.' },
  { name: 'verbose', type: 'boolean', description: 'Also report checks that could not be evaluated (unknown values) as info findings.', default: false },
  { name: 'max-file-size', type: 'number', description: 'Largest file scanned, in MiB; bigger files are reported and skipped.', default: 2, minimum: 0.001, maximum: 1024 },
  { name: 'ref-pinned-actions', type: 'list', description: 'Globs of actions that may be pinned to a tag instead of a commit SHA (e.g. `actions/*`).' },
] as const satisfies ToolSpec['options'];

function input(options: Options): ScanInput {
  const frameworks = (options.list('frameworks') ?? [...FRAMEWORKS]).map((f) => f.trim()).filter(Boolean);
  for (const f of frameworks) {
    if (!(FRAMEWORKS as readonly string[]).includes(f)) {
      throw usageError(`unknown framework "${f}"`, { hint: `frameworks are ${FRAMEWORKS.join(', ')}${options.source('frameworks') ? ` (set in ${options.source('frameworks')})` : ''}` });
    }
  }
  const changedOnly = options.boolean('changed-files-only') ?? false;
  const changed = options.list('changed-files');
  if (changedOnly && !changed) {
    throw usageError('changed-files-only needs the list of changed files', { hint: 'pass changed-files, e.g. the output of `git diff --name-only origin/main...HEAD`' });
  }
  return {
    paths: options.list('paths')?.length ? options.list('paths')! : ['.'],
    frameworks: frameworks as Framework[],
    varFiles: options.list('var-files') ?? [],
    skipPaths: options.list('skip-paths') ?? [],
    ...(changedOnly ? { changedFiles: changed! } : {}),
    verbose: options.boolean('verbose') ?? false,
    maxFileBytes: Math.round((options.number('max-file-size') ?? 2) * 1048576),
    refPinnedActions: options.list('ref-pinned-actions') ?? [],
    // The gate refuses those suppressions (core policy); the engine only labels them in its list.
    denyInlineCritical: options.boolean('deny-inline-critical') ?? false,
  };
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function summary(suppressions: ListedSuppression[], metrics: Record<string, unknown>): string {
  const byFw = Object.entries((metrics.filesByFramework as Record<string, number>) ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  let md = `Scanned ${String(metrics.filesScanned)} files (${byFw || 'none'}), ${String(metrics.terraformResources)} Terraform resource instances; ${String(metrics.unknownChecks)} check${metrics.unknownChecks === 1 ? '' : 's'} could not be evaluated (unknown values: neither passed nor failed; \`verbose: true\` lists them).\n`;
  const ml = Object.entries((metrics.mlCustomResources as Record<string, number>) ?? {});
  if (ml.length) md += `Pod specs checked inside ML custom resources: ${ml.map(([k, v]) => `${k} ${v}`).join(', ')}.\n`;
  if (suppressions.length) {
    md += `\n**Inline suppressions (${suppressions.length})**\n\n| rule | finding | suppression | syntax | id | reason | expires | status |\n|---|---|---|---|---|---|---|---|\n`;
    for (const s of suppressions) md += `| ${s.ruleId} | \`${esc(s.location)}\` | \`${esc(s.source)}\` | ${s.syntax} | ${esc(s.id)} | ${esc(s.reason) || '_none_'} | ${s.expires ?? ''} | ${s.status} |\n`;
  }
  return md;
}

export const iacScanTool: ToolSpec = {
  tool: 'iac-scan',
  description: 'Scan Terraform, Kubernetes (incl. KServe, Kubeflow, Ray, Seldon), CloudFormation, Dockerfiles, compose files and GitHub workflows for ML infrastructure misconfigurations.',
  options: OPTIONS,
  positional: 'paths',
  async run(options: Options, ports: Ports): Promise<EngineResult> {
    const inp = input(options);
    const out = await scan(inp, ports);
    const metrics = { ...out.metrics, rules: RULES.length, suppressions: out.suppressions };
    return {
      target: inp.changedFiles ? `${inp.changedFiles.length} changed files` : inp.paths.join(', '),
      findings: out.findings,
      metrics,
      summaryMarkdown: summary(out.suppressions, metrics),
    };
  },
};
