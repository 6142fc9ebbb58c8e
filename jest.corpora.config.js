// Conformance suite on the real-world corpora (../shared/corpora or MLGUARD_CORPORA).
import base from './jest.config.js';
export default { ...base, testMatch: ['<rootDir>/{packages,actions}/*/test/**/*.corpora.test.ts', '<rootDir>/test/**/*.corpora.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
