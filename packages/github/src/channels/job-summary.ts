import { appendFile } from 'node:fs/promises';

/** GitHub drops a step summary over 1 MiB (and adds an error annotation). */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Appends the Markdown report to GITHUB_STEP_SUMMARY, rendered within the byte budget: the
 * renderer works in characters, so a report that comes out too big in UTF-8 is rendered again
 * with a smaller budget.
 */
export async function writeJobSummary(file: string | undefined, render: (maxChars: number) => string): Promise<string> {
  if (!file) return 'GITHUB_STEP_SUMMARY is not set';
  let budget = 900_000;
  let text = render(budget);
  while (Buffer.byteLength(text) > JOB_SUMMARY_LIMIT_BYTES - 1024 && budget > 10_000) {
    budget = Math.floor(budget / 2);
    text = render(budget);
  }
  await appendFile(file, `${text}\n`);
  return `${Buffer.byteLength(text)} bytes`;
}
