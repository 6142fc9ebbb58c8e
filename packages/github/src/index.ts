import type { ToolSpec } from '@mlguard/core';

/**
 * The entry every action calls: reads inputs and the event, runs the tool through the shared
 * pipeline, writes the result JSON and SARIF, publishes through every channel that works,
 * and sets the exit code from the gate. (Being implemented: see issue 2.)
 */
export async function runAction(spec: ToolSpec): Promise<void> {
  throw new Error(`runAction(${spec.tool}) is not implemented yet`);
}
