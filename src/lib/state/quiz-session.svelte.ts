/**
 * One run through the self-check quiz: the questions drawn from the map for a seed, the one
 * shown, the option chosen, the score and the questions missed. "Again" draws new questions.
 */
import type { KnowledgeGraph } from '../kg/model';
import { generateQuiz, type QuizQuestion } from '../kg/query/quiz';

export interface MissedQuestion {
	question: QuizQuestion;
	/** The option chosen instead of the right one. */
	choice: number;
}

export class QuizSession {
	readonly graph: KnowledgeGraph;
	readonly count: number;
	#seed = $state(1);
	#index = $state(0);
	/** The option the keyboard is on (answered or not). */
	#selected = $state<number | null>(null);
	#answered = $state<number | null>(null);
	#score = $state(0);
	#finished = $state(false);
	#missed = $state.raw<MissedQuestion[]>([]);

	constructor(graph: KnowledgeGraph, seed = 1, count = 8) {
		this.graph = graph;
		this.count = count;
		this.#seed = seed;
	}

	questions = $derived.by(() => generateQuiz(this.graph, { seed: this.#seed, count: this.count }));
	question = $derived<QuizQuestion | null>(this.questions[this.#index] ?? null);
	/** Whether the question shown is the last one. */
	isLast = $derived(this.#index + 1 >= this.questions.length);

	get seed() {
		return this.#seed;
	}
	/** The question shown, from 0. */
	get index() {
		return this.#index;
	}
	get selected() {
		return this.#selected;
	}
	/** The option answered for the question shown; null until answered. */
	get answered() {
		return this.#answered;
	}
	get score() {
		return this.#score;
	}
	get finished() {
		return this.#finished;
	}
	get missed(): readonly MissedQuestion[] {
		return this.#missed;
	}

	/** Answers the question shown; false when there is none or it was answered already. */
	answer(choice: number): boolean {
		const question = this.question;
		if (!question || this.#answered !== null) return false;
		this.#selected = choice;
		this.#answered = choice;
		if (choice === question.answer) this.#score++;
		else this.#missed = [...this.#missed, { question, choice }];
		return true;
	}

	/** Moves the keyboard's choice by one option, round the list; from none, to the first (or last). */
	moveSelection(by: 1 | -1): number | null {
		const count = this.question?.options.length ?? 0;
		if (count === 0 || this.#answered !== null) return null;
		const from = this.#selected;
		this.#selected = from === null ? (by > 0 ? 0 : count - 1) : (from + by + count) % count;
		return this.#selected;
	}

	/** The next question, or the result after the last one. */
	next() {
		if (this.isLast) {
			this.#finished = true;
			return;
		}
		this.#index++;
		this.#selected = null;
		this.#answered = null;
	}

	/** Starts again with new questions (the next seed). */
	restart() {
		this.#seed++;
		this.#index = 0;
		this.#selected = null;
		this.#answered = null;
		this.#score = 0;
		this.#missed = [];
		this.#finished = false;
	}
}
