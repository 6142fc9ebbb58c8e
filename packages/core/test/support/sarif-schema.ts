import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';

/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON schema (the copy shipped in
 * @microsoft/jest-sarif). `unicodeRegExp: false` because the schema's language pattern is not
 * valid with the `u` flag. Other packages' tests may import this file.
 */
const require = createRequire(import.meta.url);
type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validator | undefined;

export function sarifSchemaValidator(): Validator {
  if (!validator) {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    type Ctor = new (opts: object) => { compile(schema: object): Validator };
    const AjvCtor = ((Ajv04 as unknown as { default?: Ctor }).default ?? Ajv04) as unknown as Ctor;
    const ajv = new AjvCtor({ allErrors: true, strict: false, unicodeRegExp: false });
    const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (a: unknown) => void;
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Problems with a SARIF log as readable lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const v = sarifSchemaValidator();
  return v(log) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
