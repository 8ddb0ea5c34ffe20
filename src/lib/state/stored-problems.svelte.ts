/**
 * Things kept in this browser (maps, saved tours) that no longer open, and maps whose changes
 * could not be saved: listed here so the page can say which and offer the data as a file.
 * Nothing listed is ever deleted for failing.
 */
export interface StoredProblem {
	store: 'map' | 'tour';
	id: string;
	title: string;
	/**
	 * What happened: the record does not open (absent), its edit history does not (`history`),
	 * its changes could not be saved (`unsaved`, with `failure`), or another tab saved it at the
	 * same time and this tab's version was kept as `copyTitle` (`conflict`).
	 */
	kind?: 'history' | 'unsaved' | 'conflict';
	failure?: SaveFailure;
	copyTitle?: string;
	/** The file an imported map came from. */
	fileName?: string;
	/** What is wrong, as the check said it (the first problem, and how many more). */
	reason: string;
	/** The data as it is stored (an unsaved map: as it is in memory now), to download. */
	data: unknown;
}

class StoredProblems {
	list = $state.raw<StoredProblem[]>([]);

	/**
	 * Adds a problem once (stores are read again on every page); a failed save replaces the one
	 * before it, so the file offered is the map as it is now.
	 */
	report(problem: StoredProblem): void {
		const same = (p: StoredProblem) => p.store === problem.store && p.id === problem.id && p.kind === problem.kind;
		if (problem.kind === 'unsaved') this.list = this.list.filter((p) => !same(p));
		else if (this.list.some(same)) return;
		this.list = [...this.list, problem];
	}

	/** A map saved after all: its failed save is no longer a problem. */
	resolve(store: StoredProblem['store'], id: string): void {
		if (this.list.some((p) => p.store === store && p.id === id && p.kind === 'unsaved'))
			this.list = this.list.filter((p) => !(p.store === store && p.id === id && p.kind === 'unsaved'));
	}

	dismiss(): void {
		this.list = [];
	}
}

export const storedProblems = new StoredProblems();

interface CheckProblem {
	path?: string;
	field?: string;
	message?: string;
	code?: string;
	detail?: string;
}

/** "where: what (+N)" of a check's problems (a graph check's path and message, a tour check's field and code). */
export function reasonOf(problems: readonly CheckProblem[]): string {
	const [first] = problems;
	if (!first) return '';
	const where = first.path ?? first.field ?? '';
	const what = first.message ?? [first.code, first.detail].filter(Boolean).join(' ');
	const text = `${where ? `${where}: ` : ''}${what}`;
	return problems.length > 1 ? `${text} (+${problems.length - 1})` : text;
}

/** A readable name for a stored record, whatever shape it is in. */
export function storedTitle(record: unknown, fallback: string): string {
	const title = (record as { title?: unknown } | null)?.title;
	return typeof title === 'string' && title.trim() ? title : fallback;
}

/** Why a save failed, as the notice words it: the browser's storage is full, not there, or it failed otherwise. */
export type SaveFailure = 'quota' | 'unavailable' | 'failed';

export function saveFailureOf(error: unknown): SaveFailure {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'QuotaExceededError') return 'quota';
	// No IndexedDB at all (a private window, a policy: `indexedDB` missing or refusing), or one that does not answer.
	if (error instanceof ReferenceError || ['InvalidStateError', 'SecurityError', 'TimeoutError', 'UnknownError'].includes(String(name))) return 'unavailable';
	return 'failed';
}
