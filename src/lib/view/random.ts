import { seededRandom } from '../kg/seeded-random';

/**
 * Runs `fn` with Math.random seeded. fcose draws its spectral samples from
 * Math.random and offers no seed option; this is the only way to make it repeatable.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
	const original = Math.random;
	Math.random = seededRandom(seed);
	try {
		return fn();
	} finally {
		Math.random = original;
	}
}
