import type { Hit } from '../hit.js';
import { imageTag } from '../k8s/checks.js';
import { obj } from '../k8s/podspecs.js';
import { exposureProblems, isLiteralSecret, isSecretName, TOKEN_FORMAT } from '../ml/patterns.js';
import type { YamlDoc } from '../yaml/documents.js';

/** A docker-compose file: a `services` map whose entries have an image or a build. */
export function isComposeFile(v: unknown): boolean {
  const services = obj(obj(v)?.services);
  return !!services && Object.values(services).some((s) => obj(s)?.image !== undefined || obj(s)?.build !== undefined);
}

const SENSITIVE = /^(\/var\/run\/docker\.sock|\/run\/docker\.sock|\/|\/etc(\/.*)?|\/proc|\/sys|\/root|\/var\/lib\/docker)$/;

export function checkCompose(doc: YamlDoc, file: string): Hit[] {
  const hits: Hit[] = [];
  const services = obj(obj(doc.value)?.services) ?? {};
  for (const [name, raw] of Object.entries(services)) {
    const s = obj(raw) ?? {};
    const base = ['services', name];
    const block = { line: doc.lineOf(base), endLine: doc.endLine };
    const add = (ruleId: string, path: (string | number)[], message: string) =>
      hits.push({ ruleId, file, line: doc.lineOf([...base, ...path]), resource: `service ${name}`, message: `service "${name}": ${message}`, attrPath: path.join('.'), block });
    if (s.privileged === true) add('IAC-COMPOSE-001', ['privileged'], 'privileged: true');
    for (const k of ['network_mode', 'pid', 'ipc']) if (s[k] === 'host') add('IAC-COMPOSE-002', [k], `${k}: host`);
    const vols = s.volumes;
    if (Array.isArray(vols)) vols.forEach((v, i) => {
      const src = typeof v === 'string' ? v.split(':')[0] ?? '' : String(obj(v)?.source ?? '');
      if (SENSITIVE.test(src)) add('IAC-COMPOSE-003', ['volumes', i], `mounts host path ${src}`);
    });
    if (typeof s.image === 'string' && !s.image.includes('$')) {
      const tag = imageTag(s.image);
      if (tag === undefined || tag === 'latest') add('IAC-COMPOSE-004', ['image'], `image ${JSON.stringify(s.image)} ${tag ? 'uses :latest' : 'has no tag'}`);
    }
    for (const key of ['command', 'entrypoint']) {
      const c = s[key];
      const line = Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ') : typeof c === 'string' ? c : '';
      for (const problem of exposureProblems(line)) add('IAC-COMPOSE-006', [key], problem);
    }
    const env = s.environment;
    const entries: [string, unknown, (string | number)[]][] = Array.isArray(env)
      ? env.map((e, i) => {
          const [k, ...v] = String(e).split('=');
          return [k ?? '', v.length ? v.join('=') : undefined, ['environment', i]];
        })
      : Object.entries(obj(env) ?? {}).map(([k, v]) => [k, v, ['environment', k]]);
    for (const [k, v, path] of entries) {
      if ((isSecretName(k) && isLiteralSecret(v)) || (typeof v === 'string' && TOKEN_FORMAT.test(v))) add('IAC-COMPOSE-005', path, `${k} is set to a literal value`);
    }
  }
  return hits;
}
