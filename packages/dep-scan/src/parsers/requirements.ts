import { posix } from 'node:path';
import type { DepPackage, ParseContext, ParseNote, ParseOutput } from '../model.js';
import { loadPep508, parseRequirement } from './pep508.js';

/**
 * pip requirements files: a pip-style pre-processor (continuations, comments, options, includes)
 * in front of a per-line PEP 508 parse, so one odd line never hides the rest of the file.
 * Locations are the first physical line of each logical requirement.
 */

interface Logical {
  text: string;
  line: number;
}

function logicalLines(text: string): Logical[] {
  const out: Logical[] = [];
  const physical = text.split(/\r?\n/);
  let buf = '';
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    let l = physical[i]!;
    if (!buf) start = i + 1;
    // pip strips comments before joining: `#` at line start or after whitespace.
    l = l.replace(/(^|\s)#.*$/, '$1');
    if (/\\$/.test(l)) {
      buf += l.slice(0, -1) + ' ';
      continue;
    }
    buf += l;
    if (buf.trim()) out.push({ text: buf.trim(), line: start });
    buf = '';
  }
  if (buf.trim()) out.push({ text: buf.trim(), line: start });
  return out;
}

// Per-requirement options pip accepts after a requirement; they (and everything after) are dropped.
const PER_REQ_OPTION = /\s(--hash|--global-option|--install-option|--config-settings|-C)(?=[=\s]|$)/;
const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=?\s*)(\S+)$/;
const INDEX = /^(--index-url|-i|--extra-index-url)(?:\s*=?\s*)(\S+)/;

function isUrlOrPath(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(\.{1,2}\/|\/|~\/|file:)/.test(s) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(s) || /^[A-Za-z]:\\/.test(s);
}

function redactUrl(u: string): string {
  return u.replace(/\/\/[^/@\s"]*@/g, '//***@');
}

export async function parseRequirements(text: string, ctx: ParseContext, stack: string[] = []): Promise<ParseOutput> {
  await loadPep508();
  const out: ParseOutput = { packages: [], notes: [] };
  const file = ctx.file;
  // Credentials in URLs (`https://user:token@host/...`) never reach a report, whatever the note.
  const note = (kind: ParseNote['kind'], line: number, message: string, key: string) => out.notes.push({ kind, file, line, message: redactUrl(message), key: redactUrl(key) });
  for (const { text: raw, line } of logicalLines(text)) {
    const inc = INCLUDE.exec(raw);
    if (inc) {
      const target = posix.normalize(posix.join(posix.dirname(file), inc[2]!));
      // A requirements file from a pull request must not make the scan read (and quote) files
      // outside the repository: absolute and escaping includes are not followed.
      if (posix.isAbsolute(inc[2]!) || /^[A-Za-z]:[\\/]/.test(inc[2]!) || (target.startsWith('../') && !posix.dirname(file).startsWith('..'))) {
        note('unscannable', line, `include ${inc[2]} points outside the repository and is not followed.`, `outside:${inc[2]}`);
        continue;
      }
      if (stack.includes(target) || target === file) {
        note('include-loop', line, `requirements include loop: ${[...stack, file, target].join(' -> ')}; the repeated file is read once.`, `loop:${target}`);
        continue;
      }
      const body = await ctx.readText(target);
      if (body === undefined) {
        note('unscannable', line, `included file ${target} (from ${inc[1]} ${inc[2]}) does not exist, so its requirements are not scanned.`, `missing:${target}`);
        continue;
      }
      const sub = await parseRequirements(body, { ...ctx, file: target }, [...stack, file]);
      // Constraint files pin versions but install nothing by themselves: keep them, marked transitive.
      const constraint = inc[1] === '-c' || inc[1] === '--constraint';
      out.packages.push(...sub.packages.map((p) => (constraint ? { ...p, direct: false } : p)));
      out.notes.push(...sub.notes);
      continue;
    }
    const idx = INDEX.exec(raw);
    if (idx) {
      if (idx[1] === '--extra-index-url') note('extra-index', line, redactUrl(idx[2]!), `extra-index:${redactUrl(idx[2]!)}`);
      continue;
    }
    if (/^(-e|--editable)\b/.test(raw)) {
      note('unscannable', line, `editable requirement "${raw}" is a local or VCS checkout: no registry version to check.`, raw);
      continue;
    }
    if (raw.startsWith('-')) continue; // other global options: --pre, --find-links, --no-binary, ...
    let req = raw;
    const opt = PER_REQ_OPTION.exec(` ${req}`);
    if (opt) req = ` ${req}`.slice(0, opt.index).trim();
    if (isUrlOrPath(req.split(/[\s;]/)[0]!)) {
      note('unscannable', line, `"${req}" is a URL or local path: no registry version to check.`, req);
      continue;
    }
    if (/\$\{[A-Za-z_][A-Za-z0-9_]*\}/.test(req)) {
      note('unscannable', line, `"${req}" uses an environment variable, whose value is only known at install time.`, req);
      continue;
    }
    let parsed;
    try {
      parsed = parseRequirement(req);
    } catch (e) {
      note('parse-error', line, `not a valid requirement: "${req}" (${(e as Error).message.replace(/^Failed to parse requirements line\. /, '')})`, req);
      continue;
    }
    if (parsed.url) {
      note('unscannable', line, `"${parsed.name}" is installed from ${redactUrl(parsed.url)}: no registry version to check.`, req);
      continue;
    }
    const pkg: DepPackage = { ecosystem: 'PyPI', name: parsed.name, file, line, direct: true, dev: /(^|[/_-])(dev|test|tests|lint|docs)[^/]*\.txt$/i.test(file), source: 'registry' };
    if (parsed.pinned) pkg.version = parsed.pinned;
    else pkg.spec = parsed.spec;
    if (parsed.marker) pkg.marker = parsed.marker;
    out.packages.push(pkg);
  }
  return out;
}
