/** Exit codes shared by every action and CLI command. */
export const ExitCode = { Passed: 0, GateFailed: 1, UsageError: 2, ToolError: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type ErrorKind = 'usage' | 'config' | 'input' | 'tool' | 'publish';

/**
 * An error meant for the user: it carries the file and line at fault and what to do,
 * and is printed without a stack trace. Anything else reaching the top level is a bug.
 */
export class MlguardError extends Error {
  readonly kind: ErrorKind;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;
  /** Every problem found, one `file:line: path: message` line each, when there were several (config validation). */
  readonly details: readonly string[];

  constructor(kind: ErrorKind, message: string, opts: { file?: string; line?: number; hint?: string; cause?: unknown; details?: readonly string[] } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'MlguardError';
    this.kind = kind;
    this.file = opts.file;
    this.line = opts.line;
    this.hint = opts.hint;
    this.details = opts.details ?? [];
  }

  get exitCode(): ExitCode {
    return this.kind === 'tool' || this.kind === 'publish' ? ExitCode.ToolError : ExitCode.UsageError;
  }

  /** `file:line: message (hint)` */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

export const usageError = (message: string, opts?: ConstructorParameters<typeof MlguardError>[2]) => new MlguardError('usage', message, opts);
export const configError = (message: string, opts?: ConstructorParameters<typeof MlguardError>[2]) => new MlguardError('config', message, opts);
/** Bad content in a file the tool was asked to read (a dataset, a lockfile, a manifest). */
export const inputError = (message: string, opts?: ConstructorParameters<typeof MlguardError>[2]) => new MlguardError('input', message, opts);
export const toolError = (message: string, opts?: ConstructorParameters<typeof MlguardError>[2]) => new MlguardError('tool', message, opts);

export function isMlguardError(e: unknown): e is MlguardError {
  return e instanceof MlguardError;
}
