/** When an edited map is written: within the delay of the first unwritten change, bursts included. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, Autosave } from '../../src/lib/state/map-autosave';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

/** An autosave whose writes take `writeMs` and record the time they started. */
function recorder(writeMs = 0) {
	const starts: number[] = [];
	const autosave = new Autosave(async () => {
		starts.push(Date.now());
		await new Promise((resolve) => setTimeout(resolve, writeMs));
	});
	return { autosave, starts };
}

describe('Autosave', () => {
	it('writes once, the delay after a change, for every change made meanwhile', async () => {
		const { autosave, starts } = recorder();
		const start = Date.now();
		autosave.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
		autosave.changed();
		expect(starts).toEqual([]);
		expect(autosave.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
		expect(starts).toEqual([start + AUTOSAVE_DELAY_MS]);
		expect(autosave.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		expect(autosave.pending).toBe(false);
		expect(starts).toHaveLength(1);
	});

	it('keeps writing during an endless burst: no change waits longer than the delay and one write', async () => {
		const writeMs = 40;
		const { autosave, starts } = recorder(writeMs);
		const changes: number[] = [];
		for (let i = 0; i < 40; i++) {
			changes.push(Date.now());
			autosave.changed();
			await vi.advanceTimersByTimeAsync(50);
		}
		await autosave.flush();
		// Every change is covered by a write that started after it, soon enough.
		for (const changedAt of changes) {
			const written = starts.find((at) => at >= changedAt)!;
			expect(written - changedAt).toBeLessThanOrEqual(AUTOSAVE_DELAY_MS + writeMs);
		}
		expect(starts.length).toBeGreaterThan(4);
	});

	it('flushes at once what waits, also a change made during a write; cancel forgets what waits', async () => {
		const { autosave, starts } = recorder(100);
		autosave.changed();
		const flushed = autosave.flush();
		expect(starts).toHaveLength(1);
		autosave.changed();
		await vi.runAllTimersAsync();
		await flushed;
		expect(starts).toHaveLength(2);
		autosave.changed();
		autosave.cancel();
		await vi.runAllTimersAsync();
		expect(starts).toHaveLength(2);
		expect(autosave.pending).toBe(false);
	});
});
