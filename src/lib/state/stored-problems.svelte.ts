/**
 * Things kept in this browser (imported maps, saved tours) that no longer open: listed here so the
 * page can say which and offer the data as a file. Nothing listed is ever deleted for failing.
 */
export interface StoredProblem {
	store: 'map' | 'tour';
	id: string;
	title: string;
	/** The file an imported map came from. */
	fileName?: string;
	/** What is wrong, as the check said it (the first problem, and how many more). */
	reason: string;
	/** The data as it is stored, to download. */
	data: unknown;
}

class StoredProblems {
	list = $state.raw<StoredProblem[]>([]);

	/** Adds a problem once (stores are read again on every page). */
	report(problem: StoredProblem): void {
		if (this.list.some((p) => p.store === problem.store && p.id === problem.id)) return;
		this.list = [...this.list, problem];
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
