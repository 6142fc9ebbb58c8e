/**
 * A symbolic pickle machine: it walks the opcode stream with a stack and memo of *descriptions*
 * of values (never Python objects), so it sees which globals are imported and which are called,
 * however the import is disguised (STACK_GLOBAL from memoised strings, INST, OBJ, NEWOBJ, BUILD
 * on a module, EXT codes). joblib's inline numpy buffers are skipped by reading the
 * NumpyArrayWrapper state, so a payload placed after an array is still reached.
 */
import { type GlobalPolicy, judgeGlobal } from './policy.js';
import { OPCODES } from './opcodes.js';

type V =
  | { k: 'mark' }
  | { k: 'prim'; v: string | number | bigint | boolean | null }
  | { k: 'bytes'; len: number }
  | { k: 'tuple' | 'list'; items: V[] }
  | { k: 'dict'; entries: [V, V][] }
  | { k: 'set' }
  | { k: 'global'; module: string; name: string; offset: number }
  | { k: 'obj'; cls: V; args?: V; offset: number }
  | { k: 'opaque' };

export type PickleIssueKind = 'dangerous' | 'unknown' | 'dynamic' | 'build-global' | 'malformed' | 'limit' | 'unscannable';

export interface PickleIssue {
  kind: PickleIssueKind;
  message: string;
  offset: number;
  global?: string;
  /** Opcode that invoked the global, and where. */
  call?: { via: string; offset: number };
}

export interface PickleScanOptions {
  policy: GlobalPolicy;
  /** Scan pickles that follow the first STOP (legacy PyTorch files stack several). */
  continueAfterStop?: boolean;
  maxStack?: number;
  maxMemo?: number;
  /** Cap on items remembered per container; keeps memory bounded on huge lists. */
  maxItems?: number;
  /** Nesting of joblib object arrays (each holds a pickle of its own). */
  depth?: number;
  /**
   * Read joblib's inline arrays (default true). `pickle.load` of the same bytes would instead
   * execute the array bytes as opcodes, so callers rescan with false when arrays were skipped.
   */
  joblibArrays?: boolean;
}

/** The modules joblib's NumpyArrayWrapper lives in; a look-alike class elsewhere is not trusted to size bytes. */
const JOBLIB_WRAPPERS = new Set(['joblib.numpy_pickle', 'sklearn.externals.joblib.numpy_pickle']);

export interface PickleScanResult {
  issues: PickleIssue[];
  globals: { global: string; offset: number; verdict: string }[];
  /** Offset just past the last STOP reached. */
  end: number;
  pickles: number;
  ops: number;
  /** joblib arrays whose raw bytes were skipped. */
  arraysSkipped: number;
}

class Truncated extends Error {}

const OPAQUE: V = { k: 'opaque' };
const MARK: V = { k: 'mark' };
const describe = (v: V | undefined): string => (v?.k === 'global' ? `${v.module}.${v.name}` : v?.k === 'obj' ? `${describe(v.cls)}(...)` : (v?.k ?? 'nothing'));

/** dtype string ('<f8', 'i4', 'U10', 'O', '?') -> item size in bytes, 'object' or undefined. */
function itemSize(descr: string): number | 'object' | undefined {
  const m = /^[<>|=]?([a-zA-Z?])(\d*)/.exec(descr);
  if (!m) return undefined;
  const [, code, n] = m;
  if (code === 'O') return 'object';
  if (code === '?' || code === 'b' || code === 'B') return n ? Number(n) : 1;
  if (code === 'U') return 4 * Number(n || 1);
  if (n) return Number(n);
  return undefined;
}

export function scanPickle(buf: Uint8Array, start: number, opts: PickleScanOptions): PickleScanResult {
  const maxStack = opts.maxStack ?? 1_000_000;
  const maxMemo = opts.maxMemo ?? 1_000_000;
  const maxItems = opts.maxItems ?? 10_000;
  const issues: PickleIssue[] = [];
  const globals: PickleScanResult['globals'] = [];
  const seen = new Map<string, PickleIssue>();
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = start;
  let pickles = 0;
  let ops = 0;
  let arraysSkipped = 0;
  let end = start;
  let stack: V[] = [];
  let memo = new Map<number, V>();

  const need = (n: number) => {
    if (pos + n > buf.length) throw new Truncated();
  };
  const u8 = () => (need(1), buf[pos++]!);
  const u16 = () => (need(2), (pos += 2), dv.getUint16(pos - 2, true));
  const i32 = () => (need(4), (pos += 4), dv.getInt32(pos - 4, true));
  const u32 = () => (need(4), (pos += 4), dv.getUint32(pos - 4, true));
  const u64 = () => {
    need(8);
    pos += 8;
    const v = dv.getBigUint64(pos - 8, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Truncated();
    return Number(v);
  };
  const take = (n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Truncated();
    need(n);
    pos += n;
    return buf.subarray(pos - n, pos);
  };
  const line = () => {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) throw new Truncated();
    const s = Buffer.from(buf.subarray(pos, nl)).toString('latin1');
    pos = nl + 1;
    return s;
  };
  const text = (b: Uint8Array) => (b.length > 1 << 16 ? '' : Buffer.from(b).toString('utf8'));
  const leInt = (b: Uint8Array): number | bigint => {
    if (b.length === 0) return 0;
    if (b.length > 16) return 0n;
    let v = 0n;
    for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    if (b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  };

  const push = (v: V) => {
    if (stack.length >= maxStack) throw new LimitError(`stack deeper than ${maxStack} entries`);
    stack.push(v);
  };
  const pop = (): V => stack.pop() ?? OPAQUE;
  const popMark = (): V[] => {
    let i = stack.length - 1;
    while (i >= 0 && stack[i]!.k !== 'mark') i--;
    if (i < 0) return stack.splice(0);
    const items = stack.slice(i + 1);
    stack.length = i;
    return items;
  };
  const cap = <T>(a: T[]) => (a.length > maxItems ? a.slice(0, maxItems) : a);

  const addGlobal = (module: string, name: string, offset: number): V => {
    const full = `${module}.${name}`;
    const { verdict, why } = judgeGlobal(module, name, opts.policy);
    globals.push({ global: full, offset, verdict });
    if (verdict !== 'safe' && !seen.has(full)) {
      const issue: PickleIssue = {
        kind: verdict === 'dangerous' ? 'dangerous' : 'unknown',
        global: full,
        offset,
        message: `${full} imported at byte ${offset}: ${why}`,
      };
      seen.set(full, issue);
      issues.push(issue);
    }
    return { k: 'global', module, name, offset };
  };
  const noteCall = (callee: V, via: string, offset: number) => {
    if (callee.k !== 'global') return;
    const issue = seen.get(`${callee.module}.${callee.name}`);
    if (issue && !issue.call) {
      issue.call = { via, offset };
      issue.message = `${issue.global} imported at byte ${issue.offset} and called via ${via} at byte ${offset}: ${issue.message.split(': ').slice(1).join(': ')}`;
    }
  };
  const dictGet = (d: V | undefined, key: string): V | undefined =>
    d?.k === 'dict' ? d.entries.find(([k]) => k.k === 'prim' && k.v === key)?.[1] : undefined;

  /** After BUILD of a joblib NumpyArrayWrapper, the raw array bytes (or a nested pickle) follow. */
  const skipJoblibArray = (state: V | undefined, at: number): boolean => {
    const shape = dictGet(state, 'shape');
    const dtype = dictGet(state, 'dtype');
    const descr = dtype?.k === 'obj' && dtype.args?.k === 'tuple' && dtype.args.items[0]?.k === 'prim' ? String(dtype.args.items[0].v) : undefined;
    const size = descr ? itemSize(descr) : undefined;
    if (shape?.k !== 'tuple' || size === undefined) {
      issues.push({ kind: 'unscannable', offset: at, message: `joblib array at byte ${at} has a shape or dtype the scanner cannot size: the rest of the stream was not scanned` });
      return false;
    }
    if (size === 'object') {
      // Object arrays are pickled again, inline: scan that nested pickle with the same rules.
      if ((opts.depth ?? 0) >= 32) throw new LimitError('joblib object arrays nested more than 32 deep');
      const inner = scanPickle(buf, pos, { ...opts, continueAfterStop: false, depth: (opts.depth ?? 0) + 1 });
      issues.push(...inner.issues);
      globals.push(...inner.globals);
      if (inner.issues.some((i) => i.kind === 'malformed' || i.kind === 'limit' || i.kind === 'unscannable')) return false;
      pos = inner.end;
      return true;
    }
    let count = 1;
    for (const d of shape.items) {
      if (d.k !== 'prim' || typeof d.v !== 'number' || d.v < 0) {
        issues.push({ kind: 'unscannable', offset: at, message: `joblib array at byte ${at} has a non-integer shape: the rest of the stream was not scanned` });
        return false;
      }
      count *= d.v;
    }
    if (dictGet(state, 'numpy_array_alignment_bytes') !== undefined) {
      const pad = u8();
      take(pad);
    }
    take(count * size);
    return true;
  };

  let streamStart = pos;
  let sawGlobalInStream = false;
  try {
    for (;;) {
      if (pos >= buf.length) throw new Truncated();
      const at = pos;
      const code = buf[pos++]!;
      const op = OPCODES[code];
      ops++;
      if (!op) {
        if (pickles > 0 && !sawGlobalInStream) break;
        issues.push({ kind: 'malformed', offset: at, message: `unknown opcode 0x${code.toString(16).padStart(2, '0')} at byte ${at}: not a valid pickle (or a corrupted one)` });
        break;
      }
      switch (op.name) {
        case 'PROTO': {
          const p = u8();
          if (p > 5) issues.push({ kind: 'malformed', offset: at, message: `pickle protocol ${p} at byte ${at} does not exist (0-5)` });
          break;
        }
        case 'FRAME':
          u64();
          break;
        case 'STOP':
          pickles++;
          end = pos;
          if (opts.continueAfterStop && pos + 1 < buf.length && buf[pos] === 0x80 && buf[pos + 1]! >= 2 && buf[pos + 1]! <= 5) {
            stack = [];
            memo = new Map();
            streamStart = pos;
            sawGlobalInStream = false;
            continue;
          }
          return { issues, globals, end, pickles, ops, arraysSkipped };
        case 'MARK':
          push(MARK);
          break;
        case 'POP':
          pop();
          break;
        case 'POP_MARK':
          popMark();
          break;
        case 'DUP':
          push(stack[stack.length - 1] ?? OPAQUE);
          break;
        case 'NONE':
          push({ k: 'prim', v: null });
          break;
        case 'NEWTRUE':
        case 'NEWFALSE':
          push({ k: 'prim', v: op.name === 'NEWTRUE' });
          break;
        case 'INT': {
          const s = line().trim();
          push({ k: 'prim', v: s === '01' ? true : s === '00' ? false : Number.parseInt(s, 10) });
          break;
        }
        case 'LONG':
          push({ k: 'prim', v: Number.parseInt(line().replace(/L$/, ''), 10) });
          break;
        case 'BININT':
          push({ k: 'prim', v: i32() });
          break;
        case 'BININT1':
          push({ k: 'prim', v: u8() });
          break;
        case 'BININT2':
          push({ k: 'prim', v: u16() });
          break;
        case 'LONG1':
          push({ k: 'prim', v: leInt(take(u8())) });
          break;
        case 'LONG4':
          push({ k: 'prim', v: leInt(take(i32())) });
          break;
        case 'FLOAT':
          line();
          push({ k: 'prim', v: 0 });
          break;
        case 'BINFLOAT':
          take(8);
          push({ k: 'prim', v: 0 });
          break;
        case 'STRING':
          push({ k: 'prim', v: line().replace(/^(['"])(.*)\1$/s, '$2') });
          break;
        case 'UNICODE':
          push({ k: 'prim', v: line() });
          break;
        case 'BINSTRING':
        case 'BINUNICODE':
          push({ k: 'prim', v: text(take(u32())) });
          break;
        case 'SHORT_BINSTRING':
        case 'SHORT_BINUNICODE':
          push({ k: 'prim', v: text(take(u8())) });
          break;
        case 'BINUNICODE8':
          push({ k: 'prim', v: text(take(u64())) });
          break;
        case 'BINBYTES':
          push({ k: 'bytes', len: take(u32()).length });
          break;
        case 'SHORT_BINBYTES':
          push({ k: 'bytes', len: take(u8()).length });
          break;
        case 'BINBYTES8':
        case 'BYTEARRAY8':
          push({ k: 'bytes', len: take(u64()).length });
          break;
        case 'NEXT_BUFFER':
          push(OPAQUE);
          break;
        case 'READONLY_BUFFER':
          break;
        case 'EMPTY_TUPLE':
          push({ k: 'tuple', items: [] });
          break;
        case 'TUPLE1':
        case 'TUPLE2':
        case 'TUPLE3': {
          const n = op.name === 'TUPLE1' ? 1 : op.name === 'TUPLE2' ? 2 : 3;
          const items: V[] = [];
          for (let i = 0; i < n; i++) items.unshift(pop());
          push({ k: 'tuple', items });
          break;
        }
        case 'TUPLE':
          push({ k: 'tuple', items: cap(popMark()) });
          break;
        case 'EMPTY_LIST':
          push({ k: 'list', items: [] });
          break;
        case 'LIST':
          push({ k: 'list', items: cap(popMark()) });
          break;
        case 'EMPTY_DICT':
          push({ k: 'dict', entries: [] });
          break;
        case 'DICT': {
          const items = popMark();
          const entries: [V, V][] = [];
          for (let i = 0; i + 1 < items.length && entries.length < maxItems; i += 2) entries.push([items[i]!, items[i + 1]!]);
          push({ k: 'dict', entries });
          break;
        }
        case 'EMPTY_SET':
          push({ k: 'set' });
          break;
        case 'FROZENSET':
          popMark();
          push({ k: 'set' });
          break;
        case 'ADDITEMS':
          popMark();
          break;
        case 'APPEND': {
          const v = pop();
          const l = stack[stack.length - 1];
          if (l?.k === 'list' && l.items.length < maxItems) l.items.push(v);
          break;
        }
        case 'APPENDS': {
          const items = popMark();
          const l = stack[stack.length - 1];
          if (l?.k === 'list') for (const v of items) if (l.items.length < maxItems) l.items.push(v);
          break;
        }
        case 'SETITEM': {
          const v = pop();
          const key = pop();
          const d = stack[stack.length - 1];
          if (d?.k === 'dict' && d.entries.length < maxItems) d.entries.push([key, v]);
          break;
        }
        case 'SETITEMS': {
          const items = popMark();
          const d = stack[stack.length - 1];
          if (d?.k === 'dict') for (let i = 0; i + 1 < items.length && d.entries.length < maxItems; i += 2) d.entries.push([items[i]!, items[i + 1]!]);
          break;
        }
        case 'GET':
          push(memo.get(Number.parseInt(line(), 10)) ?? OPAQUE);
          break;
        case 'BINGET':
          push(memo.get(u8()) ?? OPAQUE);
          break;
        case 'LONG_BINGET':
          push(memo.get(u32()) ?? OPAQUE);
          break;
        case 'PUT':
        case 'BINPUT':
        case 'LONG_BINPUT':
        case 'MEMOIZE': {
          const idx = op.name === 'PUT' ? Number.parseInt(line(), 10) : op.name === 'BINPUT' ? u8() : op.name === 'LONG_BINPUT' ? u32() : memo.size;
          if (memo.size >= maxMemo) throw new LimitError(`memo larger than ${maxMemo} entries`);
          memo.set(idx, stack[stack.length - 1] ?? OPAQUE);
          break;
        }
        case 'GLOBAL': {
          const module = line();
          const name = line();
          sawGlobalInStream = true;
          push(addGlobal(module, name, at));
          break;
        }
        case 'STACK_GLOBAL': {
          const name = pop();
          const module = pop();
          sawGlobalInStream = true;
          if (module.k === 'prim' && typeof module.v === 'string' && name.k === 'prim' && typeof name.v === 'string') {
            push(addGlobal(module.v, name.v, at));
          } else {
            issues.push({ kind: 'dynamic', offset: at, global: '?', message: `STACK_GLOBAL at byte ${at} imports a name computed at load time (${describe(module)} . ${describe(name)}): the import cannot be judged, treat as code execution` });
            push({ k: 'global', module: '?', name: '?', offset: at });
          }
          break;
        }
        case 'EXT1':
        case 'EXT2':
        case 'EXT4': {
          const n = op.name === 'EXT1' ? u8() : op.name === 'EXT2' ? u16() : i32();
          sawGlobalInStream = true;
          issues.push({ kind: 'dynamic', offset: at, global: `copyreg extension ${n}`, message: `${op.name} at byte ${at} imports global #${n} from the copyreg extension registry, which the scanner cannot resolve` });
          push({ k: 'global', module: '?', name: `ext${n}`, offset: at });
          break;
        }
        case 'REDUCE': {
          const args = pop();
          const fn = pop();
          noteCall(fn, 'REDUCE', at);
          push({ k: 'obj', cls: fn, args, offset: at });
          break;
        }
        case 'NEWOBJ': {
          const args = pop();
          const cls = pop();
          noteCall(cls, 'NEWOBJ', at);
          push({ k: 'obj', cls, args, offset: at });
          break;
        }
        case 'NEWOBJ_EX': {
          pop();
          const args = pop();
          const cls = pop();
          noteCall(cls, 'NEWOBJ_EX', at);
          push({ k: 'obj', cls, args, offset: at });
          break;
        }
        case 'INST': {
          const module = line();
          const name = line();
          const args = popMark();
          sawGlobalInStream = true;
          const g = addGlobal(module, name, at);
          noteCall(g, 'INST', at);
          push({ k: 'obj', cls: g, args: { k: 'tuple', items: args }, offset: at });
          break;
        }
        case 'OBJ': {
          const items = popMark();
          const cls = items.shift() ?? OPAQUE;
          noteCall(cls, 'OBJ', at);
          push({ k: 'obj', cls, args: { k: 'tuple', items }, offset: at });
          break;
        }
        case 'BUILD': {
          const state = pop();
          const target = stack[stack.length - 1];
          if (target?.k === 'global') {
            issues.push({ kind: 'build-global', offset: at, global: `${target.module}.${target.name}`, message: `BUILD at byte ${at} sets attributes on ${target.module}.${target.name} itself (monkey-patching a module or class at load time)` });
          } else if ((opts.joblibArrays ?? true) && target?.k === 'obj' && target.cls.k === 'global' && target.cls.name === 'NumpyArrayWrapper' && JOBLIB_WRAPPERS.has(target.cls.module)) {
            arraysSkipped++;
            if (!skipJoblibArray(state, at)) return { issues, globals, end: pos, pickles, ops, arraysSkipped };
            stack[stack.length - 1] = OPAQUE;
          }
          break;
        }
        case 'PERSID':
          line();
          push(OPAQUE);
          break;
        case 'BINPERSID':
          pop();
          push(OPAQUE);
          break;
        default:
          issues.push({ kind: 'malformed', offset: at, message: `opcode ${op.name} at byte ${at} is not handled` });
          return { issues, globals, end: pos, pickles, ops, arraysSkipped };
      }
    }
  } catch (e) {
    if (e instanceof LimitError) {
      issues.push({ kind: 'limit', offset: pos, message: `scan stopped at byte ${pos}: ${e.message} (a hostile or corrupt pickle)` });
    } else if (e instanceof Truncated) {
      // A trailing non-pickle after a completed pickle (legacy PyTorch storages) is not an error.
      if (!(pickles > 0 && pos >= streamStart && !sawGlobalInStream)) {
        issues.push({ kind: 'malformed', offset: pos, message: `pickle stream truncated at byte ${Math.min(pos, buf.length)} (no STOP opcode): the file is corrupt or cut short` });
      }
    } else throw e;
  }
  return { issues, globals, end: pickles ? end : pos, pickles, ops, arraysSkipped };
}

class LimitError extends Error {}
