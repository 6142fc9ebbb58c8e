import { parse as parseToml, TomlError } from 'smol-toml';
import { inputError } from '@mlguard/core';
import { lineStarts, lineAt } from './lines.js';

/** TOML via smol-toml; a syntax error becomes an input error with the file and line. */
export function readToml(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const line = e instanceof TomlError ? e.line : undefined;
    throw inputError(`not valid TOML: ${(e as Error).message.split('\n')[0]}`, { file, line, hint: 'regenerate the lockfile with its tool' });
  }
}

/**
 * Lines of the `name = ...` key inside each `[[header]]` block, in file order, so the i-th
 * array element parsed by smol-toml gets the line a developer would look at.
 */
export function blockNameLines(text: string, header: string): number[] {
  const starts = lineStarts(text);
  const out: number[] = [];
  const re = new RegExp(`^\\[\\[${header.replace(/[.]/g, '\\.')}\\]\\][ \\t]*(?:#.*)?$`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const blockStart = m.index;
    const nextHeader = text.slice(blockStart + m[0].length).search(/^\[/m);
    const end = nextHeader < 0 ? text.length : blockStart + m[0].length + nextHeader;
    const name = /^name\s*=/m.exec(text.slice(blockStart, end));
    out.push(lineAt(starts, name ? blockStart + name.index : blockStart));
  }
  return out;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
