import { comparePypi, isPep440, isPypiPrerelease } from './pypi.js';
import { compareSemver, isSemverPrerelease, isValidSemverLike } from './semver-like.js';

export type Ecosystem = 'PyPI' | 'npm';

export interface Comparator {
  compare(a: string, b: string): number;
  /** A version the comparator understands; others are "unknown version". */
  valid(v: string): boolean;
  prerelease(v: string): boolean;
}

export const COMPARATORS: Record<Ecosystem, Comparator> = {
  PyPI: { compare: comparePypi, valid: isPep440, prerelease: isPypiPrerelease },
  npm: { compare: compareSemver, valid: isValidSemverLike, prerelease: isSemverPrerelease },
};

export { comparePypi, compareSemver };
