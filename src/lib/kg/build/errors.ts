/** Everything the builder can find wrong, each naming its culprit so the curator can fix it. */
export interface BuildProblem {
	/** The file, concept, relation or quote at fault. */
	where: string;
	message: string;
}

export class BuildError extends Error {
	readonly problems: BuildProblem[];

	constructor(problems: BuildProblem[]) {
		super(problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
		this.name = 'BuildError';
		this.problems = problems;
	}
}
