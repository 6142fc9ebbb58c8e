import { COMPARATORS, type Ecosystem } from '../versions/index.js';
import { ecosystemOf, packageKey } from './names.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './types.js';
import { normalizePypi } from '../versions/pypi.js';

/**
 * The one matcher every source feeds (OSV schema "Evaluation"): a version is affected when it is
 * in `versions` or inside any ECOSYSTEM/SEMVER range. Events are sorted first (`introduced: 0`
 * first, then by version) because real records are not always ordered (PYSEC-2024-16).
 * GIT ranges need a repository graph and are ignored for registry packages.
 */

export interface RangeProblem {
  id: string;
  problem: string;
}

type Kind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
interface Ev {
  kind: Kind;
  version: string;
}

function eventsOf(events: OsvEvent[]): Ev[] {
  const out: Ev[] = [];
  for (const e of events) {
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const v = e[kind];
      if (typeof v === 'string') out.push({ kind, version: v });
    }
  }
  return out;
}

/** Events a comparator cannot order are dropped (and reported), keeping the rest of the range. */
export function sortEvents(eco: Ecosystem, events: OsvEvent[], onProblem?: (p: string) => void): Ev[] {
  const cmp = COMPARATORS[eco];
  const evs = eventsOf(events).filter((e) => {
    if (e.kind === 'introduced' && e.version === '0') return true;
    if (e.kind === 'limit' && e.version === '*') return true;
    if (cmp.valid(e.version)) return true;
    onProblem?.(`${e.kind} "${e.version}" is not a valid ${eco} version`);
    return false;
  });
  return evs.sort((a, b) => {
    if (a.version === '0' && a.kind === 'introduced') return b.version === '0' && b.kind === 'introduced' ? 0 : -1;
    if (b.version === '0' && b.kind === 'introduced') return 1;
    if (a.version === '*') return 1;
    if (b.version === '*') return -1;
    return cmp.compare(a.version, b.version);
  });
}

export function inRange(eco: Ecosystem, version: string, events: Ev[]): boolean {
  const cmp = COMPARATORS[eco];
  // Limits bound the whole range (schema: "BeforeLimits").
  const limits = events.filter((e) => e.kind === 'limit' && e.version !== '*');
  if (limits.length && !limits.some((l) => cmp.compare(version, l.version) < 0)) return false;
  let affected = false;
  for (const e of events) {
    if (e.kind === 'introduced') {
      if (e.version === '0' || cmp.compare(version, e.version) >= 0) affected = true;
    } else if (e.kind === 'fixed') {
      if (cmp.compare(version, e.version) >= 0) affected = false;
    } else if (e.kind === 'last_affected') {
      if (cmp.compare(version, e.version) > 0) affected = false;
    }
  }
  return affected;
}

/**
 * Unsorted events that alternate introduced / fixed|last_affected in the order given are read as
 * the pairs their author wrote (PYSEC-2021-114 wagtail: [2.11, 2.11.7) then [0, 2.11.6)): sorting
 * them first would cut 2.11.6 out. The union with the sorted reading only adds such versions.
 */
function inGivenPairs(eco: Ecosystem, version: string, events: OsvEvent[]): boolean {
  const evs = eventsOf(events);
  const cmp = COMPARATORS[eco];
  for (let i = 0; i < evs.length; i += 2) {
    const start = evs[i]!;
    const end = evs[i + 1];
    if (start.kind !== 'introduced' || (end && end.kind !== 'fixed' && end.kind !== 'last_affected')) return false;
  }
  for (let i = 0; i < evs.length; i += 2) {
    const start = evs[i]!;
    const end = evs[i + 1];
    if (start.version !== '0' && (!cmp.valid(start.version) || cmp.compare(version, start.version) < 0)) continue;
    if (!end) return true;
    if (!cmp.valid(end.version)) continue;
    const c = cmp.compare(version, end.version);
    if (end.kind === 'fixed' ? c < 0 : c <= 0) return true;
  }
  return false;
}

// Per-record work done once, not once per version checked: normalised `versions` sets and
// sorted events (records are immutable once read).
const listCache = new WeakMap<OsvAffected, Set<string>>();
const sortedCache = new WeakMap<OsvRange, Ev[]>();

function pepKey(v: string): string {
  // PEP 440 equality ignores trailing `.0` release components (1.13 == 1.13.0).
  return normalizePypi(v).replace(/^((?:\d+!)?\d+(?:\.\d+)*?)(?:\.0)+(?=$|[^.\d])/, '$1');
}

function normalisedList(eco: Ecosystem, entry: OsvAffected): Set<string> {
  let set = listCache.get(entry);
  if (!set) {
    const vs = (entry.versions ?? []).filter((v): v is string => typeof v === 'string');
    set = new Set(eco === 'PyPI' ? vs.map(pepKey) : vs);
    listCache.set(entry, set);
  }
  return set;
}

/** True when `version` of `name` is affected by this `affected[]` entry. */
export function affectedEntryMatches(eco: Ecosystem, version: string, entry: OsvAffected): boolean {
  if (Array.isArray(entry.versions) && entry.versions.length) {
    if (entry.versions.includes(version)) return true;
    if (eco === 'PyPI' && normalisedList(eco, entry).has(pepKey(version))) return true;
  }
  const cmp = COMPARATORS[eco];
  if (!cmp.valid(version)) return false;
  for (const r of entry.ranges ?? []) {
    if (r.type !== 'ECOSYSTEM' && r.type !== 'SEMVER') continue;
    if (!Array.isArray(r.events)) continue;
    let sorted = sortedCache.get(r);
    if (!sorted) {
      sorted = sortEvents(eco, r.events);
      sortedCache.set(r, sorted);
    }
    if (inRange(eco, version, sorted)) return true;
    if (inGivenPairs(eco, version, r.events)) return true;
  }
  return false;
}

/** The `affected[]` entries of a record that name this package. */
export function entriesFor(record: OsvRecord, eco: Ecosystem, name: string): OsvAffected[] {
  const affected = record.affected ?? [];
  // Fast path: most records name one package, spelled as the lockfile spells it.
  if (affected.length === 1 && affected[0]!.package?.name === name && ecosystemOf(affected[0]!.package.ecosystem) === eco) return affected;
  const key = packageKey(eco, name);
  return affected.filter((a) => {
    const e = ecosystemOf(a.package?.ecosystem);
    return e === eco && typeof a.package?.name === 'string' && packageKey(e, a.package.name) === key;
  });
}

export function recordAffects(record: OsvRecord, eco: Ecosystem, name: string, version: string): OsvAffected | undefined {
  if (record.withdrawn) return undefined;
  for (const entry of entriesFor(record, eco, name)) if (affectedEntryMatches(eco, version, entry)) return entry;
  return undefined;
}

/** Every fix version named by the entry's ranges that lies above `version`. */
export function fixVersionsAbove(eco: Ecosystem, version: string, entry: OsvAffected): string[] {
  const cmp = COMPARATORS[eco];
  const out: string[] = [];
  for (const r of entry.ranges ?? []) {
    if (r.type !== 'ECOSYSTEM' && r.type !== 'SEMVER') continue;
    for (const e of eventsOf(r.events ?? [])) {
      if (e.kind === 'fixed' && cmp.valid(e.version) && (!cmp.valid(version) || cmp.compare(e.version, version) > 0)) out.push(e.version);
    }
  }
  return out;
}
