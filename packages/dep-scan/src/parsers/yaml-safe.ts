import * as yaml from 'js-yaml';
import { inputError } from '@mlguard/core';

/**
 * YAML for lockfiles: js-yaml (5-10x faster than `yaml` on pnpm lockfiles) with its limits on:
 * lockfiles never use aliases, so a handful is plenty and an alias bomb stops at the parser;
 * nesting is capped too.
 */
export function readYaml(text: string, file: string): unknown {
  try {
    const docs = yaml.loadAll(text, { maxAliases: 50, maxDepth: 64, schema: yaml.CORE_SCHEMA } as yaml.LoadOptions);
    // pnpm 11 writes several documents; the lockfile proper is the last one with packages.
    return docs.length <= 1 ? docs[0] : (docs.filter((d) => d && typeof d === "object").pop() ?? docs[0]);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw inputError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, { file, line: mark?.line !== undefined ? mark.line + 1 : undefined, hint: 'regenerate the lockfile with its tool' });
  }
}
