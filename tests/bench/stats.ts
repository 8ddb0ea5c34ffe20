/** Small statistics of the benchmark samples, and the row every benchmark reports. */
export interface Row {
	metric: string;
	value: number;
	unit: string;
	/** "≤ 33 ms", or "(info)" for figures without a target. */
	target: string;
	met: boolean;
	samples: number;
}

/** The q-quantile (0..1) by linear interpolation between the closest ranks. */
export function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	const at = (s.length - 1) * q;
	const lo = Math.floor(at);
	return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** A row with a "≤ limit" target. */
export function atMost(metric: string, value: number, unit: string, limit: number, samples: number): Row {
	return { metric, value: round(value), unit, target: `≤ ${limit} ${unit}`, met: value <= limit, samples };
}

export function info(metric: string, value: number, unit: string, samples: number): Row {
	return { metric, value: round(value), unit, target: '(info)', met: true, samples };
}
