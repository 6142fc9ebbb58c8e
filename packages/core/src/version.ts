/** The suite's version, reported in results and SARIF. Kept in step with package.json by a test. */
export const MLGUARD_VERSION = '0.1.0';
