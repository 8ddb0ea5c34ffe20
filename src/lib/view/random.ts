/** mulberry32: a tiny seeded PRNG, so layouts give the same picture for the same seed. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

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
