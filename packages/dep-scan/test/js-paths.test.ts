import { depScanTool } from '../src/index.js';
import { fakeOptions, fakePorts } from './helpers.js';
import { osv, project } from './tmp-project.js';

const db = [osv('GHSA-FR', 'npm', 'follow-redirects', [{ introduced: '0' }, { fixed: '1.14.8' }]), osv('GHSA-LO', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }])].join('\n');
const pkgJson = JSON.stringify({ name: 'dash', version: '1.0.0', dependencies: { axios: '^0.21.4', lodash: '4.17.20' } });

async function scan(files: Record<string, string>) {
  const dir = project({ 'osv.ndjson': db, 'web/package.json': pkgJson, ...files });
  const r = await depScanTool.run(fakeOptions({ advisories: ['osv.ndjson'] }), fakePorts(dir));
  return Object.fromEntries(r.findings.filter((f) => f.ruleId.startsWith('GHSA')).map((f) => [f.ruleId, { line: f.location?.startLine, direct: f.properties.direct, through: f.properties.introducedThrough }]));
}

describe('introduced-through paths for yarn and pnpm (snyk-nodejs-lockfile-parser graph)', () => {
  it('yarn.lock v1', async () => {
    const lock = [
      '# yarn lockfile v1',
      '',
      'axios@^0.21.4:',
      '  version "0.21.4"',
      '  dependencies:',
      '    follow-redirects "^1.14.0"',
      '',
      'follow-redirects@^1.14.0:',
      '  version "1.14.0"',
      '',
      'lodash@4.17.20:',
      '  version "4.17.20"',
      '',
    ].join('\n');
    expect(await scan({ 'web/yarn.lock': lock })).toEqual({
      'GHSA-FR': { line: 8, direct: false, through: ['axios'] },
      'GHSA-LO': { line: 11, direct: true, through: undefined },
    });
  });
  it('pnpm-lock.yaml v9', async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      axios:',
      '        specifier: ^0.21.4',
      '        version: 0.21.4',
      '      lodash:',
      '        specifier: 4.17.20',
      '        version: 4.17.20',
      'packages:',
      '  axios@0.21.4:',
      '    resolution: {integrity: sha512-a}',
      '  follow-redirects@1.14.0:',
      '    resolution: {integrity: sha512-b}',
      '  lodash@4.17.20:',
      '    resolution: {integrity: sha512-c}',
      'snapshots:',
      '  axios@0.21.4:',
      '    dependencies:',
      '      follow-redirects: 1.14.0',
      '  follow-redirects@1.14.0: {}',
      '  lodash@4.17.20: {}',
      '',
    ].join('\n');
    expect(await scan({ 'web/pnpm-lock.yaml': lock })).toEqual({
      'GHSA-FR': { line: 14, direct: false, through: ['axios'] },
      'GHSA-LO': { line: 16, direct: true, through: undefined },
    });
  });
});
