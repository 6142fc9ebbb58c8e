import picomatch from 'picomatch';
import type { Hit } from '../hit.js';
import { obj } from '../k8s/podspecs.js';
import type { YamlDoc } from '../yaml/documents.js';

/** Expressions an outsider controls (zizmor's template-injection list, condensed). */
const UNTRUSTED = /\$\{\{\s*[^}]*\b(github\.event\.(issue\.(title|body)|pull_request\.(title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|pages\b[^}]*\.page_name|commits\b[^}]*\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name))|workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)|discussion\.(title|body))|github\.head_ref)\b[^}]*\}\}/;
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;
const PUBLISH = /pypa\/gh-action-pypi-publish|\bnpm publish\b|\btwine upload\b|\bdocker push\b|\bpoetry publish\b|\buv publish\b|softprops\/action-gh-release/;

export interface WorkflowOptions {
  /** `actions/*`-style globs of actions that may be pinned to a tag instead of a SHA. */
  refPinnedAllowed: string[];
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(obj(on) ?? {});
}

export function checkWorkflow(doc: YamlDoc, file: string, text: string, opts: WorkflowOptions): Hit[] {
  const wf = obj(doc.value) ?? {};
  const hits: Hit[] = [];
  const lines = text.split('\n');
  const on = wf.on ?? wf.true;
  const trig = triggers(on);
  const untrusted = trig.filter((t) => t === 'pull_request_target' || t === 'workflow_run');
  const onObj = obj(on) ?? {};
  const publishing = trig.includes('release') || obj(onObj.push)?.tags !== undefined || PUBLISH.test(text);
  const allowed = opts.refPinnedAllowed.length ? picomatch(opts.refPinnedAllowed) : () => false;
  const add = (ruleId: string, line: number, resource: string, message: string, attrPath: string, block?: { line: number; endLine: number }) =>
    hits.push({ ruleId, file, line, resource, message: `${resource}: ${message}`, attrPath, ...(block ? { block } : {}) });
  /** The exact line of `needle` at or after the key line (block scalars put the text below the key). */
  const findLine = (from: number, needle: string) => {
    for (let i = from - 1; i < lines.length && i < from + 400; i++) if (lines[i]!.includes(needle)) return i + 1;
    return from;
  };

  const perms = wf.permissions;
  if (perms === undefined) add('IAC-GHA-004', doc.line, 'workflow', 'no top-level `permissions:`: every job gets the repository default token scopes', 'permissions');
  else if (perms === 'write-all') add('IAC-GHA-004', doc.lineOf(['permissions']), 'workflow', '`permissions: write-all`', 'permissions');

  const jobs = obj(wf.jobs) ?? {};
  for (const [jobId, jraw] of Object.entries(jobs)) {
    const job = obj(jraw) ?? {};
    const jobLine = doc.lineOf(['jobs', jobId]);
    const block = { line: jobLine, endLine: doc.endLine };
    if (job.permissions === 'write-all') add('IAC-GHA-004', doc.lineOf(['jobs', jobId, 'permissions']), `job ${jobId}`, '`permissions: write-all`', `jobs.${jobId}.permissions`, block);
    if (typeof job.uses === 'string') usesCheck(job.uses, doc.lineOf(['jobs', jobId, 'uses']), `job ${jobId}`);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((sraw, i) => {
      const step = obj(sraw) ?? {};
      const name = `job ${jobId} step ${typeof step.name === 'string' ? `"${step.name}"` : i + 1}`;
      const uses = typeof step.uses === 'string' ? step.uses : '';
      const withs = obj(step.with) ?? {};
      const path = ['jobs', jobId, 'steps', i];
      if (uses) usesCheck(uses, doc.lineOf([...path, 'uses']), name);
      const action = uses.split('@')[0]!.toLowerCase();
      if (action === 'actions/checkout') {
        const ref = typeof withs.ref === 'string' ? withs.ref : '';
        if (untrusted.length && PR_HEAD.test(ref)) {
          add('IAC-GHA-001', doc.lineOf([...path, 'with', 'ref']), name, `${untrusted.join('/')} workflow checks out the pull-request head (${ref.trim()})`, `jobs.${jobId}.checkout`, block);
        }
        if (withs['persist-credentials'] !== false && withs['persist-credentials'] !== 'false') {
          add('IAC-GHA-005', doc.lineOf([...path, 'uses']), name, 'actions/checkout without `persist-credentials: false`', `jobs.${jobId}.steps.${i}.persist-credentials`, block);
        }
      }
      const scripts: [string, (string | number)[]][] = [];
      if (typeof step.run === 'string') scripts.push([step.run, [...path, 'run']]);
      if (action === 'actions/github-script' && typeof withs.script === 'string') scripts.push([withs.script, [...path, 'with', 'script']]);
      for (const [script, p] of scripts) {
        const m = UNTRUSTED.exec(script);
        if (m) add('IAC-GHA-002', findLine(doc.lineOf(p), m[0]), name, `${m[0]} is expanded into the script before it runs`, `jobs.${jobId}.steps.${i}.${m[1]}`, block);
        if (untrusted.length && /\bgh pr checkout\b|git (checkout|fetch)[^\n]*(\$\{\{[^}]*(head\.(sha|ref)|head_ref)[^}]*\}\}|refs\/pull\/)/.test(script)) {
          add('IAC-GHA-001', doc.lineOf(p), name, `${untrusted.join('/')} workflow fetches and runs pull-request code`, `jobs.${jobId}.steps.${i}.run-pr`, block);
        }
      }
      const caches = action === 'actions/cache' || action === 'actions/cache/restore' || (/^actions\/setup-/.test(action) && typeof withs.cache === 'string' && withs.cache !== '');
      if (caches && (publishing || untrusted.length)) {
        add('IAC-GHA-006', doc.lineOf([...path, 'uses']), name, `restores a cache in a ${publishing ? 'publishing' : `${untrusted.join('/')}`} workflow: a poisoned cache entry ends up in what is shipped`, `jobs.${jobId}.steps.${i}.cache`, block);
      }
    });
  }
  return hits;

  function usesCheck(uses: string, line: number, name: string): void {
    if (uses.startsWith('./') || uses.startsWith('docker://')) return;
    const [action, ref] = uses.split('@');
    if (ref && /^[0-9a-f]{40}$/.test(ref)) return;
    if (allowed(action!)) return;
    add('IAC-GHA-003', line, name, `${uses} is not pinned to a commit SHA`, `uses:${action}`);
  }
}
