/**
 * The edges an engine may touch, passed in so that the action, the CLI and tests
 * run the same engine code. Engines never import node:fs, fetch, process.env or @actions/*.
 */

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  size: number;
}

/** Positional reads on one open file (pread): lookups by byte offset in files too big to load. */
export interface RandomAccessFile {
  readonly size: number;
  /** Up to `length` bytes from `position` (fewer only at the end of the file). */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface FileSystem {
  /** Paths are absolute or relative to the workspace root. */
  readFile(path: string): Promise<Buffer>;
  readText(path: string): Promise<string>;
  /** Entry names in a directory, sorted. */
  readdir(path: string): Promise<string[]>;
  /** lstat semantics: a symlink is reported as one. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Opens a file for streaming reads, for files too big to hold in memory. */
  createReadStream(path: string, opts?: { highWaterMark?: number }): NodeJS.ReadableStream;
  /** Opens a file for positional reads (an index into a large file); close it when done. */
  openRandomAccess(path: string): Promise<RandomAccessFile>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Absolute form of a workspace-relative path. */
  resolve(path: string): string;
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export interface Clock {
  now(): Date;
}

/** The subset of WHATWG fetch engines use for HTTP (OSV API, model endpoints, Sigstore). */
export type Fetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, error() {} };

export const systemClock: Clock = { now: () => new Date() };

/** A fetch that refuses: for runs where the user did not allow network access. */
export const noNetwork: Fetch = async (input) => {
  throw new Error(`network access is disabled (refused request to ${String(input)})`);
};
