/**
 * Splits a passage into runs for display: plain, strongly highlighted (the
 * concept or the stating sentence) or softly highlighted (a relation's ends),
 * leaving out hidden ranges such as scraped list markers.
 */
export type Range = readonly [number, number];
export type RunMark = 'strong' | 'soft' | null;

export interface TextRun {
	text: string;
	mark: RunMark;
	/** Offset of the run in the passage text. */
	start: number;
}

export function passageRuns(
	text: string,
	strong: readonly Range[],
	soft: readonly Range[] = [],
	hidden: readonly Range[] = []
): TextRun[] {
	const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
	const cuts = new Set<number>([0, text.length]);
	for (const [s, e] of [...strong, ...soft, ...hidden]) {
		cuts.add(clamp(s));
		cuts.add(clamp(e));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const inside = (ranges: readonly Range[], at: number) => ranges.some(([s, e]) => s <= at && at < e);
	const runs: TextRun[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		if (inside(hidden, start)) continue;
		const mark: RunMark = inside(strong, start) ? 'strong' : inside(soft, start) ? 'soft' : null;
		const last = runs.at(-1);
		if (last && last.mark === mark && last.start + last.text.length === start) last.text += text.slice(start, end);
		else runs.push({ text: text.slice(start, end), mark, start });
	}
	return runs;
}
