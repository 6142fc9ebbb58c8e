import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validates requests against GitHub's own REST description (`@octokit/openapi`), so the fake
 * server cannot accept a call the real API would reject (wrong path, method, body shape, enum).
 * Only the non-dereferenced api.github.com description is read (13 MB): the package's index.js
 * would load every variant (400 MB).
 */

// ajv-formats is CJS with `exports.default`; under NodeNext the default import is the namespace.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
  $ref?: string;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { parameters: Record<string, OpenApiParameter>; schemas: Record<string, unknown> };
}

export interface MatchedOperation {
  operationId: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/check-runs`. */
  template: string;
  params: Record<string, string>;
}

export type ValidationOutcome = { ok: true; operation: MatchedOperation } | { ok: false; status: 404 | 422; message: string; operation?: MatchedOperation };

const DOC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
  methods: Record<string, OpenApiOperation>;
}

let cached: OpenApiValidator | undefined;

/** One shared validator per process: parsing the description takes a few hundred ms. */
export function openApiValidator(): OpenApiValidator {
  cached ??= new OpenApiValidator(loadDocument());
  return cached;
}

function loadDocument(): OpenApiDocument {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@octokit/openapi/package.json'));
  return JSON.parse(readFileSync(join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as OpenApiDocument;
}

export class OpenApiValidator {
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly bodyValidators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    this.routes = Object.entries(doc.paths).map(([template, ops]) => {
      const names: string[] = [];
      const segments = template.split('/').slice(1);
      let literals = 0;
      const pattern = segments
        .map((seg) => {
          const m = /^\{(.+)\}$/.exec(seg);
          if (!m) {
            literals++;
            return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }
          names.push(m[1]!);
          // Multi-segment parameters (a commit status's `sha` may be a ref with slashes).
          return this.isMultiSegment(ops, m[1]!) ? '(.+)' : '([^/]+)';
        })
        .join('/');
      const methods = Object.fromEntries(Object.entries(ops).filter(([m]) => METHODS.includes(m)));
      return { template, regex: new RegExp(`^/${pattern}$`), names, literals, methods };
    });
    // Literal segments win over parameters (`/issues/comments` before `/issues/{issue_number}`).
    this.routes.sort((a, b) => b.literals - a.literals);
    // OpenAPI 3.0 schemas: `nullable`, `example`, `x-github` etc.; strict mode would refuse them.
    this.ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, components: doc.components }, DOC_ID);
  }

  private isMultiSegment(ops: Record<string, OpenApiOperation>, name: string): boolean {
    return Object.values(ops).some((op) =>
      (op.parameters ?? []).some((p) => !p.$ref && p.name === name && (p as unknown as Record<string, unknown>)['x-multi-segment'] === true),
    );
  }

  /** Checks a request's method, path, query and JSON body against the description. */
  validate(method: string, pathname: string, query: URLSearchParams, body: unknown): ValidationOutcome {
    const m = method.toLowerCase();
    for (const route of this.routes) {
      const match = route.regex.exec(pathname);
      if (!match) continue;
      const op = route.methods[m];
      if (!op) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
      const operation: MatchedOperation = { operationId: op.operationId, template: route.template, params };
      const problem = this.checkParameters(op, params, query) ?? this.checkBody(op, body);
      return problem ? { ok: false, status: 422, message: `${op.operationId}: ${problem}`, operation } : { ok: true, operation };
    }
    return { ok: false, status: 404, message: `${method} ${pathname} is not an operation of GitHub's REST API` };
  }

  private resolveParameter(p: OpenApiParameter): OpenApiParameter {
    if (!p.$ref) return p;
    const name = p.$ref.replace('#/components/parameters/', '');
    const resolved = this.doc.components.parameters[name];
    if (!resolved) throw new Error(`unresolvable parameter ${p.$ref}`);
    return resolved;
  }

  private checkParameters(op: OpenApiOperation, params: Record<string, string>, query: URLSearchParams): string | undefined {
    for (const raw of op.parameters ?? []) {
      const p = this.resolveParameter(raw);
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? (query.get(p.name) ?? undefined) : undefined;
      if (value === undefined) {
        if (p.required && p.in !== 'header') return `missing required ${p.in} parameter ${p.name}`;
        continue;
      }
      const schema = p.schema ?? {};
      if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return `${p.in} parameter ${p.name} must be an integer, got ${JSON.stringify(value)}`;
      if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return `${p.in} parameter ${p.name} must be one of ${schema.enum.join(', ')}`;
    }
    return undefined;
  }

  private checkBody(op: OpenApiOperation, body: unknown): string | undefined {
    const content = op.requestBody?.content;
    if (!content) return undefined;
    const json = content['application/json'];
    if (!json) return undefined;
    if (body === undefined) return op.requestBody?.required ? 'missing request body' : undefined;
    let validate = this.bodyValidators.get(op.operationId);
    if (!validate) {
      validate = this.ajv.compile(rebase(json.schema));
      this.bodyValidators.set(op.operationId, validate);
    }
    if (validate(body)) return undefined;
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `body${e.instancePath} ${e.message ?? 'is invalid'}`)
      .join('; ');
  }
}

/** Points the operation's local `#/components/...` references at the shared document. */
function rebase(schema: unknown): Record<string, unknown> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === '$ref' && typeof x === 'string' && x.startsWith('#/') ? `${DOC_ID}${x}` : walk(x)]),
      );
    }
    return v;
  };
  return walk(schema) as Record<string, unknown>;
}
