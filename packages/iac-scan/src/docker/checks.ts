import { DockerfileParser, type Flag, type Instruction } from 'dockerfile-ast';
import type { Hit } from '../hit.js';
import { exposureProblems, isLiteralSecret, isSecretName, TOKEN_FORMAT } from '../ml/patterns.js';

const PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(-\S+\s+)*(ba|z|da|k)?sh\b|\b(ba|z|da)?sh\s+(-c\s+)?["']?\$\((curl|wget)\b|\b(ba)?sh\s+<\((curl|wget)\b/;
const WEAK_INDEX = /--extra-index-url\b|--trusted-host\b|\bcurl\b[^\n]*\s(-k|--insecure)\b|--no-check-certificate\b/;
const WEAK_ENV: Record<string, (v: string) => boolean> = {
  PIP_TRUSTED_HOST: () => true,
  PIP_EXTRA_INDEX_URL: () => true,
  PYTHONHTTPSVERIFY: (v) => v === '0',
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  GIT_SSL_NO_VERIFY: (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
  CURL_CA_BUNDLE: (v) => v === '',
  REQUESTS_CA_BUNDLE: (v) => v === '',
};

const lineOf = (i: Instruction) => i.getRange().start.line + 1;
const flags = (i: Instruction): Flag[] => ((i as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? []);

export function checkDockerfile(text: string, file: string): Hit[] {
  const df = DockerfileParser.parse(text);
  const hits: Hit[] = [];
  // Fingerprints must survive unrelated edits: name the stage and the n-th occurrence, never the line.
  let stage = 0;
  const seen = new Map<string, number>();
  const add = (ruleId: string, ins: Instruction, message: string, attrPath: string) => {
    const key = `stage ${stage} ${attrPath}`;
    const n = (seen.get(`${ruleId}|${key}`) ?? 0) + 1;
    seen.set(`${ruleId}|${key}`, n);
    hits.push({ ruleId, file, line: lineOf(ins), resource: n > 1 ? `${key} #${n}` : key, message, attrPath });
  };
  const instructions = df.getInstructions();
  const stages = new Set<string>();
  let finalFrom: Instruction | undefined;
  let lastUser: Instruction | undefined;
  let finalImage = '';
  for (const ins of instructions) {
    const kw = ins.getKeyword();
    const args = ins.getArgumentsContent() ?? '';
    if (kw === 'FROM') {
      const from = df.getFROMs().find((f) => lineOf(f) === lineOf(ins));
      const image = from?.getImageName() ?? '';
      const tag = from?.getImageTag();
      const digest = from?.getImageDigest();
      finalFrom = ins;
      lastUser = undefined;
      stage++;
      finalImage = image;
      const known = image && image !== 'scratch' && !stages.has(image) && !image.includes('$') && !(tag ?? '').includes('$');
      if (known && !digest && (!tag || tag === 'latest')) {
        add('IAC-DOCKER-002', ins, `base image ${from?.getImage() ?? image} ${tag ? 'uses :latest' : 'has no tag'}; pin a version and a digest`, `FROM ${image}`);
      }
      const stageName = from?.getBuildStage();
      if (stageName) stages.add(stageName);
    } else if (kw === 'USER') {
      lastUser = ins;
    } else if (kw === 'ADD') {
      const src = ins.getArguments().map((a) => a.getValue());
      const url = src.slice(0, -1).find((s) => /^https?:\/\//.test(s));
      if (url && !flags(ins).some((f) => f.getName() === 'checksum')) {
        add('IAC-DOCKER-003', ins, `ADD ${url} downloads a remote file without --checksum`, `ADD ${url}`);
      }
    } else if (kw === 'RUN') {
      const body = args;
      if (PIPE_TO_SHELL.test(body)) add('IAC-DOCKER-004', ins, 'RUN pipes a downloaded script into a shell', 'RUN curl|sh');
      const m = WEAK_INDEX.exec(body);
      if (m) add('IAC-DOCKER-006', ins, `RUN uses ${m[0].trim()}${m[0].includes('extra-index') ? ' (dependency confusion: a public package can shadow your private one)' : ' (TLS verification disabled)'}`, `RUN ${m[0].trim()}`);
    } else if (kw === 'CMD' || kw === 'ENTRYPOINT') {
      // JSON form ["jupyter", "lab", ...] or shell form; both become one command line.
      let cmd = args;
      try {
        const parsed: unknown = JSON.parse(args);
        if (Array.isArray(parsed)) cmd = parsed.map((x) => String(x)).join(' ');
      } catch {
        // shell form
      }
      for (const problem of exposureProblems(cmd)) add('IAC-DOCKER-007', ins, `${kw}: ${problem}`, kw);
    } else if (kw === 'ENV' || kw === 'ARG') {
      const props = kw === 'ENV' ? df.getENVs().find((e) => lineOf(e) === lineOf(ins))?.getProperties() ?? [] : [df.getARGs().find((a) => lineOf(a) === lineOf(ins))?.getProperty()].filter((p) => !!p);
      for (const p of props) {
        if (!p) continue;
        const name = p.getName();
        const value = p.getValue() ?? '';
        if ((isSecretName(name) && (kw === 'ARG' || isLiteralSecret(value))) || TOKEN_FORMAT.test(value)) {
          add('IAC-DOCKER-005', ins, `${kw} ${name} ${kw === 'ARG' && !value ? 'passes a secret as a build argument (kept in the image history)' : 'bakes a secret value into the image'}`, `${kw} ${name}`);
        }
        const weak = WEAK_ENV[name];
        if (kw === 'ENV' && weak?.(value)) add('IAC-DOCKER-006', ins, `ENV ${name}=${value} weakens package-index or TLS verification`, `ENV ${name}`);
      }
    }
  }
  if (finalFrom && finalImage !== 'scratch') {
    const user = lastUser?.getArgumentsContent()?.trim() ?? '';
    if (!lastUser) add('IAC-DOCKER-001', finalFrom, 'the final stage has no USER instruction: the container runs as root', 'USER');
    else if (/^(root|0)(:.*)?$/.test(user)) add('IAC-DOCKER-001', lastUser, `the final USER is ${user}`, 'USER');
  }
  return hits;
}
