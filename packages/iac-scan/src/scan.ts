import { posix } from 'node:path';
import picomatch from 'picomatch';
import { makeFinding, usageError, type Finding, type Ports } from '@mlguard/core';
import { checkCfnTemplate, isCfnTemplate } from './cfn/checks.js';
import { checkCompose, isComposeFile } from './compose/checks.js';
import { decodeUtf8, discover, normalise, type Candidate } from './discover.js';
import { checkDockerfile } from './docker/checks.js';
import type { HclFile } from './hcl/ast.js';
import { parseTfJson } from './hcl/json.js';
import { parseHcl } from './hcl/parse.js';
import type { Hit } from './hit.js';
import { checkK8sDocument, isK8sObject } from './k8s/checks.js';
import { loadIgnoreFiles } from './ignore-files.js';
import { rule } from './rules.js';
import { candidates, indexComments, matchesRule, selectorMatches, toCoreSuppression, type CommentIndex, type InlineSuppression } from './suppress.js';
import { checkTerraform } from './terraform/checks.js';
import { loadTerraform } from './terraform/model.js';
import { checkWorkflow } from './workflows/checks.js';
import { AliasBombError, parseYaml, type YamlDoc } from './yaml/documents.js';

export const FRAMEWORKS = ['terraform', 'kubernetes', 'cloudformation', 'dockerfile', 'compose', 'github-actions'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export interface ScanInput {
  paths: string[];
  frameworks: Framework[];
  varFiles: string[];
  skipPaths: string[];
  /** When set, only these files (and the Terraform modules they belong to or call) are scanned. */
  changedFiles?: string[];
  verbose: boolean;
  maxFileBytes: number;
  refPinnedActions: string[];
  /** Policy deny-inline-critical: the gate refuses those suppressions; the engine labels them "refused (critical)" in its list. */
  denyInlineCritical: boolean;
}

export interface ListedSuppression {
  ruleId: string;
  location: string;
  /** Where the suppression is written. */
  source: string;
  syntax: string;
  id: string;
  reason: string;
  expires?: string;
  status: 'active' | 'expired' | 'no expiry' | 'refused (critical)';
}

export interface ScanOutput {
  findings: Finding[];
  metrics: Record<string, number | Record<string, number>>;
  suppressions: ListedSuppression[];
}

/** Runs discovery, parsing and every check; all failures of individual files become findings. */
export async function scan(input: ScanInput, ports: Ports): Promise<ScanOutput> {
  const t0 = performance.now();
  const problems: Hit[] = [];
  const hits: Hit[] = [];
  const want = new Set(input.frameworks);
  const changed = input.changedFiles ? new Set(input.changedFiles.map(normalise)) : undefined;
  // In PR mode the tree is not walked: only the changed files and the Terraform directories they are in.
  const files = changed ? await discover(ports.fs, changedRoots(changed, input.paths), input.skipPaths, problems, true) : await discover(ports.fs, input.paths, input.skipPaths, problems);

  const texts = new Map<string, string>();
  const mlKinds: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const read = async (c: Candidate): Promise<string | undefined> => {
    if (c.size > input.maxFileBytes) {
      problems.push({ ruleId: 'IAC-FILE-001', file: c.path, line: 1, resource: c.path, message: `${c.path} is ${(c.size / 1048576).toFixed(1)} MiB, over the ${(input.maxFileBytes / 1048576).toFixed(1)} MiB limit (max-file-size): not scanned` });
      return undefined;
    }
    const decoded = decodeUtf8(await ports.fs.readFile(c.path));
    if ('badLine' in decoded) {
      problems.push({ ruleId: 'IAC-FILE-001', file: c.path, line: decoded.badLine, resource: c.path, message: `${c.path} is not valid UTF-8 text (first bad byte on line ${decoded.badLine}): not scanned` });
      return undefined;
    }
    texts.set(c.path, decoded.text);
    return decoded.text;
  };
  const parseProblem = (file: string, line: number, message: string) =>
    problems.push({ ruleId: 'IAC-PARSE-001', file, line: Math.max(1, line), resource: file, message: `${file}:${Math.max(1, line)}: ${message}` });

  // Terraform: parse every file, then evaluate modules as a whole.
  const tf: HclFile[] = [];
  const tfvars: HclFile[] = [];
  const tParse = performance.now();
  if (want.has('terraform')) {
    const moduleDirs = new Set<string>();
    const queue = files.filter((f) => f.kind === 'terraform' || f.kind === 'tfvars');
    for (const c of queue) {
      const text = await read(c);
      if (text === undefined) continue;
      const parsed = c.path.endsWith('.json') ? await parseTfJson(c.path, text, { vars: c.kind === 'tfvars' }) : await parseHcl(c.path, text);
      if (parsed.error) parseProblem(c.path, parsed.error.line, `Terraform syntax error: ${parsed.error.message}`);
      if (c.kind === 'terraform') {
        tf.push(parsed);
        count('terraform');
        moduleDirs.add(posix.dirname(c.path));
      } else if (/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(c.path)) tfvars.push(parsed);
    }
    // In changed-files mode, follow local module calls so a changed caller is judged with its modules.
    if (changed) await followModules(tf, moduleDirs, ports, read);
  }
  const varFiles: HclFile[] = [];
  for (const v of input.varFiles) {
    const st = await ports.fs.stat(v);
    if (!st?.isFile) throw usageError(`var-file ${v} not found`, { hint: 'var-files are paths relative to the repository root' });
    const text = await read({ path: normalise(v), kind: 'tfvars', size: st.size });
    if (text !== undefined) varFiles.push(v.endsWith('.json') ? await parseTfJson(normalise(v), text, { vars: true }) : await parseHcl(normalise(v), text));
  }
  const parseMs = performance.now() - tParse;
  let resources = 0;
  if (tf.length) {
    const model = loadTerraform(tf, tfvars, varFiles);
    resources = model.resources.length;
    problems.push(...model.problems);
    hits.push(...checkTerraform(model.resources));
  }

  for (const c of files) {
    if (c.kind === 'terraform' || c.kind === 'tfvars') continue;
    if (c.kind === 'dockerfile') {
      if (!want.has('dockerfile')) continue;
      const text = await read(c);
      if (text === undefined) continue;
      count('dockerfile');
      hits.push(...checkDockerfile(text, c.path));
      continue;
    }
    const isWorkflow = c.kind === 'workflow';
    if (isWorkflow && !want.has('github-actions')) continue;
    if (c.size > input.maxFileBytes) {
      await read(c);
      continue;
    }
    const text = await read(c);
    if (text === undefined) continue;
    // Cheap pre-filter: only YAML/JSON that looks like IaC is parsed (configs, data, lockfiles are not).
    const looksLikeIac = c.kind === 'json' ? /"(apiVersion|AWSTemplateFormatVersion|Resources)"\s*:/.test(text) : /^\s*"?(apiVersion|AWSTemplateFormatVersion|Resources|services|kind)"?\s*:/m.test(text);
    if (!isWorkflow && c.kind !== 'compose' && !looksLikeIac) continue;
    let parsed;
    try {
      parsed = parseYaml(text, { cfn: !isWorkflow && /AWSTemplateFormatVersion|Resources|!Ref|!Sub/.test(text) });
    } catch (e) {
      if (e instanceof AliasBombError) {
        problems.push({ ruleId: 'IAC-FILE-001', file: c.path, line: 1, resource: c.path, message: `${c.path}: too many YAML aliases (an alias bomb?): not expanded, not scanned` });
        continue;
      }
      parseProblem(c.path, 1, `could not be parsed: ${(e as Error).message}`);
      continue;
    }
    if (parsed.error) {
      const helm = /\{\{[-\s]/.test(text);
      parseProblem(c.path, parsed.error.line, `${helm ? 'not YAML yet (a Helm/Go template? scan the rendered `helm template` output): ' : 'invalid YAML: '}${parsed.error.message}`);
    }
    let lines: string[] | undefined;
    for (const doc of parsed.docs) {
      if (isWorkflow) {
        count('github-actions');
        hits.push(...checkWorkflow(doc, c.path, text, { refPinnedAllowed: input.refPinnedActions }));
      } else if (isCfnTemplate(doc.value)) {
        if (!want.has('cloudformation')) continue;
        count('cloudformation');
        hits.push(...checkCfnTemplate(doc, c.path));
      } else if (isK8sObject(doc.value)) {
        if (!want.has('kubernetes')) continue;
        count('kubernetes');
        const source = text.includes('# Source:') ? helmSource((lines ??= text.split('\n')), doc.line) : undefined;
        const items = listItems(doc);
        for (const d of items) {
          const kind = String((d.value as { kind?: unknown }).kind);
          if (ML_KINDS.has(kind)) mlKinds[kind] = (mlKinds[kind] ?? 0) + 1;
        }
        const found = items.flatMap((d) => checkK8sDocument(d, c.path));
        hits.push(...(source ? found.map((h) => ({ ...h, message: `${h.message} (rendered from ${source})` })) : found));
      } else if (isComposeFile(doc.value)) {
        if (!want.has('compose')) continue;
        count('compose');
        hits.push(...checkCompose(doc, c.path));
      }
    }
  }

  // Suppressions: comments are indexed lazily, once per file.
  const indexes = new Map<string, CommentIndex>();
  const index = (file: string) => {
    if (!indexes.has(file)) {
      const text = texts.get(file);
      if (text === undefined) return undefined;
      indexes.set(file, indexComments(text, file));
    }
    return indexes.get(file);
  };
  const today = ports.clock.now().toISOString().slice(0, 10);
  const repoSuppressions = (await loadIgnoreFiles(ports.fs)).map((s) => ({ s, match: s.paths ? picomatch(s.paths, { dot: true }) : () => true }));
  const listed: ListedSuppression[] = [];
  const findings: Finding[] = [];
  let unknown = 0;
  const seen = new Set<string>();
  for (const h of [...problems, ...hits]) {
    if (h.result === 'unknown') {
      unknown++;
      if (!input.verbose) continue;
    }
    const r = rule(h.result === 'unknown' ? 'IAC-EVAL-001' : h.ruleId);
    const key = `${r.id}|${h.file}|${h.line}|${h.resource}|${h.attrPath ?? ''}|${h.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const checked = rule(h.ruleId);
    let suppression: InlineSuppression | undefined;
    let matched: string | undefined;
    for (const s of [...candidates(h, index), ...repoSuppressions.filter((r) => r.match(h.file)).map((r) => r.s)]) {
      matched = matchesRule(s, checked);
      if (matched && !selectorMatches(s, h)) matched = undefined;
      if (matched) {
        suppression = s;
        break;
      }
    }
    const refused = !!suppression && input.denyInlineCritical && r.severity === 'critical';
    if (suppression && matched && !listed.some((l) => l.ruleId === r.id && l.source === `${suppression!.file}:${suppression!.line}`)) {
      listed.push({
        source: `${suppression.file}:${suppression.line}`,
        ruleId: r.id,
        location: `${h.file}:${h.line}`,
        syntax: suppression.kind,
        id: matched,
        reason: suppression.reason,
        ...(suppression.expires ? { expires: suppression.expires } : {}),
        status: refused ? 'refused (critical)' : !suppression.expires ? 'no expiry' : suppression.expires < today ? 'expired' : 'active',
      });
    }
    findings.push(
      makeFinding({
        tool: 'iac-scan',
        ruleId: r.id,
        severity: r.severity,
        title: r.id === 'IAC-EVAL-001' ? `${checked.id} could not be evaluated` : r.title,
        message: h.message,
        location: { path: h.file, startLine: Math.max(1, h.line) },
        help: { text: `${checked.explanation}\n\nFix: ${checked.fix}`, uri: `https://github.com/mlguard/mlguard/blob/main/packages/iac-scan/RULES.md#${checked.id.toLowerCase()}` },
        aliases: r.id === 'IAC-EVAL-001' ? [] : r.aliases,
        logicalKey: `${h.resource}|${h.attrPath ?? h.message}`,
        properties: {
          resource: h.resource,
          fix: checked.fix,
          ...(h.trace?.length ? { trace: h.trace } : {}),
          ...(h.result === 'unknown' ? { check: h.ruleId, result: 'unknown' } : {}),
        },
        ...(suppression && matched ? { suppression: toCoreSuppression(suppression, matched) } : {}),
      }),
    );
  }
  return {
    findings,
    suppressions: listed,
    metrics: {
      filesScanned: Object.values(counts).reduce((a, b) => a + b, 0),
      filesByFramework: counts,
      terraformResources: resources,
      mlCustomResources: mlKinds,
      parseErrors: problems.filter((p) => p.ruleId === 'IAC-PARSE-001').length,
      filesSkipped: problems.filter((p) => p.ruleId === 'IAC-FILE-001').length,
      unknownChecks: unknown,
      terraformParseMs: Math.round(parseMs),
      durationMs: Math.round(performance.now() - t0),
    },
  };
}

/** Changed files under the scanned paths, plus the directory of each changed Terraform file (its module). */
function changedRoots(changed: Set<string>, paths: string[]): string[] {
  const roots = paths.map(normalise);
  const under = (p: string) => roots.some((r) => r === '.' || p === r || p.startsWith(`${r}/`));
  const out = new Set<string>();
  for (const c of changed) {
    if (!under(c)) continue;
    out.add(c);
    if (/\.(tf|tfvars)(\.json)?$/.test(c)) out.add(posix.dirname(c));
  }
  return [...out];
}

/** ML custom resources whose pod templates get the pod checks (counted for the summary). */
const ML_KINDS = new Set(['InferenceService', 'ServingRuntime', 'ClusterServingRuntime', 'SeldonDeployment', 'Notebook', 'PyTorchJob', 'TFJob', 'MPIJob', 'XGBoostJob', 'PaddleJob', 'JAXJob', 'RayCluster', 'RayJob', 'RayService', 'Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'JobSet', 'LeaderWorkerSet']);

/** `kind: List` (kubectl get -o yaml) holds its objects under `items`: check each as a document. */
function listItems(doc: YamlDoc): YamlDoc[] {
  const v = doc.value as { kind?: unknown; items?: unknown };
  if (v.kind !== 'List' || !Array.isArray(v.items)) return [doc];
  return v.items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => isK8sObject(item))
    .map(({ item, i }) => ({ value: item, line: doc.lineOf(['items', i]), endLine: doc.endLine, lineOf: (p: readonly (string | number)[]) => doc.lineOf(['items', i, ...p]) }));
}

/** `helm template` output says where each document came from: `# Source: chart/templates/x.yaml`. */
function helmSource(lines: string[], docLine: number): string | undefined {
  for (let i = docLine - 2; i >= 0 && i >= docLine - 6; i--) {
    const m = /^#\s*Source:\s*(\S+)/.exec(lines[i] ?? '');
    if (m) return m[1];
    if ((lines[i] ?? '').startsWith('---')) break;
  }
  return undefined;
}

async function followModules(tf: HclFile[], dirs: Set<string>, ports: Ports, read: (c: Candidate) => Promise<string | undefined>): Promise<void> {
  const todo = [...tf];
  const seenDirs = new Set(dirs);
  while (todo.length) {
    const f = todo.pop()!;
    for (const b of f.body.blocks) {
      const src = b.type === 'module' ? b.body.attrs.get('source')?.expr : undefined;
      if (src?.t !== 'lit' || typeof src.v !== 'string' || !/^\.\.?\//.test(src.v)) continue;
      const dir = posix.normalize(posix.join(posix.dirname(f.path), src.v));
      if (seenDirs.has(dir) || seenDirs.size > 256) continue;
      seenDirs.add(dir);
      const st = await ports.fs.stat(dir);
      if (!st?.isDirectory) continue;
      for (const name of await ports.fs.readdir(dir)) {
        if (!name.endsWith('.tf') && !name.endsWith('.tf.json')) continue;
        const path = `${dir}/${name}`;
        const s = await ports.fs.stat(path);
        if (!s?.isFile) continue;
        const text = await read({ path, kind: 'terraform', size: s.size });
        if (text === undefined) continue;
        const parsed = path.endsWith('.json') ? await parseTfJson(path, text) : await parseHcl(path, text);
        tf.push(parsed);
        todo.push(parsed);
      }
    }
  }
}
