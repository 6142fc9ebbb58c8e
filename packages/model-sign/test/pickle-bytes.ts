// Hand-assembled pickle programs for the scanner tests: bytes written from opcodes, no Python.
type Part = string | number[] | Uint8Array;

const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
const u64 = (n: number) => [...u32(n), 0, 0, 0, 0];

/** Concatenates opcode fragments; strings are taken byte-for-byte (latin1). */
export function bytes(...parts: Part[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
}

export const op = {
  proto: (n: number) => [0x80, n],
  frame: (n: number) => [0x95, ...u64(n)],
  global: (m: string, n: string) => `c${m}\n${n}\n`,
  inst: (m: string, n: string) => `i${m}\n${n}\n`,
  /** SHORT_BINUNICODE */
  str: (s: string) => bytes([0x8c, Buffer.byteLength(s)], Buffer.from(s, 'utf8')),
  /** BINUNICODE */
  ustr: (s: string) => bytes(['X'.charCodeAt(0), ...u32(Buffer.byteLength(s))], Buffer.from(s, 'utf8')),
  /** protocol-0 STRING */
  str0: (s: string) => `S'${s}'\n`,
  int1: (n: number) => [0x4b, n],
  binint: (n: number) => [0x4a, ...u32(n)],
  binbytes: (b: Uint8Array) => bytes([0x42, ...u32(b.length)], b),
  bytearray8: (b: Uint8Array) => bytes([0x96, ...u64(b.length)], b),
  binfloat: () => [0x47, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0],
  mark: '(',
  stop: '.',
  pop: '0',
  tuple: 't',
  tuple1: [0x85],
  tuple2: [0x86],
  tuple3: [0x87],
  emptyTuple: ')',
  emptyList: ']',
  emptyDict: '}',
  list: 'l',
  dict: 'd',
  append: 'a',
  appends: 'e',
  setitem: 's',
  setitems: 'u',
  reduce: 'R',
  build: 'b',
  obj: 'o',
  none: 'N',
  true: [0x88],
  false: [0x89],
  newobj: [0x81],
  stackGlobal: [0x93],
  memoize: [0x94],
  binput: (n: number) => [0x71, n],
  binget: (n: number) => [0x68, n],
  binpersid: 'Q',
  ext1: (n: number) => [0x82, n],
};
