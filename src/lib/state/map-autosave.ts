/**
 * When an edited map is written: at most `AUTOSAVE_DELAY_MS` after the first change not yet
 * written, with every change made meanwhile in the same write. A plain debounce (wait for a
 * quiet moment) would never write during a long burst of edits, and a tab closed in the middle
 * would lose all of it; this bounds the age of any unsaved change to the delay plus one write.
 */
export const AUTOSAVE_DELAY_MS = 300;

export class Autosave {
	readonly #write: () => Promise<void>;
	readonly #delay: number;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#writing: Promise<void> | null = null;
	/** A change came while a write was under way: write again once it ends. */
	#again = false;

	constructor(write: () => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
		this.#write = write;
		this.#delay = delay;
	}

	/** Changes made that are not yet written (waiting, or being written). */
	get pending(): boolean {
		return this.#timer !== null || this.#writing !== null;
	}

	/** Asks for a write: the map changed. */
	changed(): void {
		if (this.#writing) this.#again = true;
		else this.#timer ??= setTimeout(() => void this.flush(), this.#delay);
	}

	/** Writes now whatever is waiting (the page is going away, another map opens); resolves when written. */
	async flush(): Promise<void> {
		for (;;) {
			while (this.#writing) await this.#writing;
			if (!this.#timer) return;
			clearTimeout(this.#timer);
			this.#timer = null;
			this.#writing = this.#run();
		}
	}

	/** Forgets what waits: the map was replaced by another tab's version or deleted. */
	cancel(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#again = false;
	}

	async #run(): Promise<void> {
		try {
			await this.#write();
		} finally {
			this.#writing = null;
			if (this.#again) {
				this.#again = false;
				this.changed();
			}
		}
	}
}
