import { cjsExports } from '@mlguard/core';

type LineParser = (line: string) => unknown;
let parseLine: LineParser | undefined;

/**
 * pip-requirements-js compiles an ohm grammar when it loads (~50 ms); projects with only
 * lockfiles never pay for it. Parsers that need PEP 508 call this first.
 */
export async function loadPep508(): Promise<void> {
  parseLine ??= cjsExports<{ parsePipRequirementsLine: LineParser }>(await import('pip-requirements-js'), 'parsePipRequirementsLine').parsePipRequirementsLine;
}

/**
 * One PEP 508 requirement (no pip options), parsed by pip-requirements-js. Wraps its result
 * into what the engine needs: the name, the pinned version when the spec pins exactly one,
 * otherwise the spec text. Throws a plain Error with the parser's message on bad syntax.
 */
export interface Requirement {
  name: string;
  extras: string[];
  /** Set when the spec is exactly `==X` (no wildcard) or `===X`. */
  pinned?: string;
  spec: string;
  marker?: string;
  url?: string;
}

interface VersionSpec {
  operator: string;
  version: string;
}

interface ParsedLine {
  type: string;
  name?: string;
  versionSpec?: VersionSpec[];
  extras?: string[];
  url?: string;
}

// pip-requirements-js does not know the arbitrary-equality operator `===`.
const ARBITRARY = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*===\s*([^\s;]+)\s*(?:;\s*(.*))?$/;

export function parseRequirement(text: string): Requirement {
  const arb = ARBITRARY.exec(text.trim());
  if (arb) {
    const extras = arb[2] ? arb[2].slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean) : [];
    return { name: arb[1]!, extras, pinned: arb[3]!, spec: `===${arb[3]}`, marker: arb[4] };
  }
  if (!parseLine) throw new Error('PEP 508 parser not loaded (call loadPep508 first)');
  const parsed = parseLine(text) as ParsedLine | null;
  if (!parsed) throw new Error('empty requirement');
  if (parsed.type === 'ProjectURL') {
    return { name: parsed.name ?? '', extras: parsed.extras ?? [], spec: '', url: parsed.url };
  }
  if (parsed.type !== 'ProjectName' || !parsed.name) throw new Error(`not a requirement (${parsed.type})`);
  const specs = parsed.versionSpec ?? [];
  const spec = specs.map((s) => `${s.operator}${s.version}`).join(',');
  const only = specs.length === 1 ? specs[0] : undefined;
  const pinned = only && (only.operator === '==' || only.operator === '===') && !only.version.includes('*') ? only.version : undefined;
  const semi = text.indexOf(';');
  return { name: parsed.name, extras: parsed.extras ?? [], pinned, spec, marker: semi >= 0 ? text.slice(semi + 1).trim() || undefined : undefined };
}
