/** The writes of edited maps: one map at a time, newer snapshots replacing waiting ones, revisions carried over. */
import { describe, expect, it } from 'vitest';
import type { SaveResult, StoredMapRecord } from '../../src/lib/state/map-database';
import { SaveQueue } from '../../src/lib/state/map-save-queue';

const record = (id: string, title: string) => ({ id, title }) as unknown as StoredMapRecord;

/** A write that finishes only when told, recording what it was given. */
function heldWrites(storedRevision = 0) {
	const calls: { title: string; revision: number; finish: () => void }[] = [];
	let stored = storedRevision;
	const write = (map: StoredMapRecord, _history: unknown, revision: number) =>
		new Promise<SaveResult>((resolve) => {
			calls.push({
				title: map.title,
				revision,
				finish: () => resolve(revision === stored ? { status: 'saved', revision: ++stored } : { status: 'conflict', revision: stored })
			});
		});
	return { calls, write, bumpStored: () => stored++ };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SaveQueue', () => {
	it('writes the first snapshot at once, and only the newest of those that came meanwhile, answering them all', async () => {
		const { calls, write } = heldWrites();
		const queue = new SaveQueue(write);
		const answers = ['a', 'b', 'c', 'd'].map((title) => queue.save(record('m', title), null, 0));
		await tick();
		expect(calls.map((c) => c.title)).toEqual(['a']);
		calls[0].finish();
		await tick();
		expect(calls.map((c) => c.title)).toEqual(['a', 'd']);
		// The second write expects the revision the first one wrote, though the page was not told yet.
		expect(calls[1].revision).toBe(1);
		calls[1].finish();
		expect(await Promise.all(answers)).toEqual([
			{ status: 'saved', revision: 1 },
			{ status: 'saved', revision: 2 },
			{ status: 'saved', revision: 2 },
			{ status: 'saved', revision: 2 }
		]);
	});

	it('writes two maps side by side', async () => {
		const { calls, write } = heldWrites();
		const queue = new SaveQueue(write);
		void queue.save(record('m', 'a'), null, 0);
		void queue.save(record('n', 'b'), null, 0);
		await tick();
		expect(calls.map((c) => c.title)).toEqual(['a', 'b']);
	});

	it('reports another tab’s save in between as a conflict, and takes a newer revision from the page', async () => {
		const { calls, write, bumpStored } = heldWrites();
		const queue = new SaveQueue(write);
		bumpStored();
		const first = queue.save(record('m', 'a'), null, 0);
		await tick();
		calls[0].finish();
		expect(await first).toEqual({ status: 'conflict', revision: 1 });
		// The page read the other tab's version (revision 1): its next write expects that one.
		const second = queue.save(record('m', 'b'), null, 1);
		await tick();
		calls[1].finish();
		expect(await second).toEqual({ status: 'saved', revision: 2 });
	});

	it('passes a failed write to the callers it answers, and goes on with the next', async () => {
		let fail = true;
		const queue = new SaveQueue(async (_map, _history, revision) => {
			if (fail) throw new DOMException('full', 'QuotaExceededError');
			return { status: 'saved', revision: revision + 1 };
		});
		await expect(queue.save(record('m', 'a'), null, 0)).rejects.toMatchObject({ name: 'QuotaExceededError' });
		fail = false;
		expect(await queue.save(record('m', 'b'), null, 0)).toEqual({ status: 'saved', revision: 1 });
	});
});
