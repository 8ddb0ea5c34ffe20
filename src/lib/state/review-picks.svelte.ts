/**
 * The checked rows of a review list, for its bulk actions. A set replaced on each change rather
 * than svelte/reactivity's SvelteSet, which would ship with the explorer's first load.
 */
export class Picks {
	#keys = $state.raw(new Set<string>());

	get size(): number {
		return this.#keys.size;
	}

	get keys(): string[] {
		return [...this.#keys];
	}

	has(key: string): boolean {
		return this.#keys.has(key);
	}

	set(keys: string[], on: boolean) {
		const next = new Set(this.#keys);
		for (const key of keys) on ? next.add(key) : next.delete(key);
		this.#keys = next;
	}

	clear() {
		this.#keys = new Set();
	}
}
