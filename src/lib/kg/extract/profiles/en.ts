/** English: cue words of headings and sentences, definition and example patterns, function words. */
import { stemEnglish } from '../../text/stem-en';
import { relationVerbs, words, type Cue, type LanguageProfile } from '../profile';

const CUES: readonly Cue[] = [
	{ words: ['characteristics', 'characteristic', 'features', 'traits', 'properties', 'hallmarks'], relation: 'has-characteristic', direction: 'subject-item', itemKind: 'characteristic' },
	{ words: ['functions', 'function', 'purposes', 'purpose', 'uses', 'aims'], relation: 'has-function', direction: 'subject-item', itemKind: 'function' },
	{ words: ['roles', 'role', 'tasks', 'duties', 'responsibilities'], relation: 'has-role', direction: 'subject-item', itemKind: 'role', towards: true },
	{ words: ['benefits', 'benefit', 'gains'], relation: 'has-benefit', direction: 'subject-item', itemKind: 'benefit' },
	{ words: ['contributions', 'contribution'], relation: 'contributes-to', direction: 'subject-item', itemKind: 'benefit', towards: true },
	{ words: ['advantages', 'strengths', 'pros', 'advantages and disadvantages', 'strengths and weaknesses', 'pros and cons'], relation: 'has-strength', direction: 'subject-item', itemKind: 'assessment' },
	{ words: ['disadvantages', 'weaknesses', 'drawbacks', 'limitations', 'cons'], relation: 'has-weakness', direction: 'subject-item', itemKind: 'assessment' },
	{ words: ['challenges', 'challenge', 'problems', 'obstacles', 'barriers', 'issues', 'difficulties'], relation: 'faces-challenge', direction: 'subject-item', itemKind: 'challenge' },
	{ words: ['solutions', 'remedies'], relation: 'overcome-by', direction: 'subject-item', itemKind: 'activity' },
	{ words: ['examples', 'example'], relation: 'example-of', direction: 'item-subject', itemKind: 'example' },
	{ words: ['types', 'type', 'kinds', 'kind', 'forms', 'form', 'categories', 'category', 'varieties', 'variety', 'classes', 'classification'], relation: 'subtype-of', direction: 'item-subject' },
	{ words: ['causes', 'cause', 'factors', 'drivers', 'reasons', 'origins', 'sources'], relation: 'arises-from', direction: 'subject-item', itemKind: 'context' },
	{ words: ['effects', 'impacts', 'consequences', 'outcomes'], relation: 'contributes-to', direction: 'subject-item', itemKind: 'context' },
	{ words: ['principles', 'principle', 'tenets'], relation: 'based-on', direction: 'subject-item', itemKind: 'norm' },
	{ words: ['requirements', 'conditions', 'prerequisites', 'foundations', 'bases'], relation: 'based-on', direction: 'subject-item', itemKind: 'context' },
	{ words: ['steps', 'stages', 'phases', 'how to join', 'how to become', 'how to start'], relation: 'has-step', direction: 'subject-item', itemKind: 'activity' },
	{ words: ['elements', 'components', 'parts', 'methods', 'ways'], relation: 'includes', direction: 'subject-item' },
	{ words: ['differences', 'difference', 'distinction'], relation: 'contrasts-with', direction: 'between' }
];

/**
 * Common verbs that are seldom nouns, in their base form: a name read forward stops before one
 * ("Craft unions organize workers" → "Craft unions"). Words as often nouns ("work", "change",
 * "need", "use") are left out, so names keep them.
 */
const VERBS = words(`
	is are was were be been being am has have had do does did can could will would shall should may might must
	make made take took taken give gave become became shape drive drove create offer push bring brought
	learn teach taught spread influence reduce encourage include consist comprise
	organize organise represent negotiate bargain perform allow enable prevent protect provide require involve
	describe define explain argue hold held believe claim suggest show shown see seen find found keep kept
	remain stay seem appear happen occur emerge arise arose grow grew grown rise rose risen
	lead led let leave left join joined belong depend rely refer relate connect divide distinguish
	determine affect improve develop promote oppose restrict regulate govern ensure
	maintain sustain strengthen weaken replace produce achieve receive lose lost earn pay paid spend spent
	choose chose chosen decide agree disagree accept reject meet met serve served fill motivate
	justify persist migrate tend try tried seek sought face confront undergo
	get got gotten go went gone come came run ran say said tell told think thought
	know knew known feel felt
`);

/** Inflected verbs of -ize/-ise/-ify: open classes the closed list above cannot hold ("marginalizes", "classified"). */
const VERB_ENDING = /\p{L}{3}(?:iz(?:es|ed|ing)|ised|if(?:ies|ied|ying))$/u;

/** Base forms a word may be inflected from: -s, -es, -ies, -ed, -ied, -ing (with a dropped "e" restored). */
function baseForms(w: string): string[] {
	const out: string[] = [];
	if (w.endsWith('ies') || w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
	if (w.endsWith('es')) out.push(w.slice(0, -2));
	if (w.endsWith('s')) out.push(w.slice(0, -1));
	if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
	if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
	return out;
}

const STOPWORDS = words(`
	a an the this that these those it its they them their there here he she his her we our you your i my
	is are was were be been being am do does did has have had having can could will would shall should may
	might must of to in on at by for from with without within into onto over under about above below between
	among through during before after since until as than then so such also too very more most less least
	and or but nor yet not no only just even both either neither each every all any some many much few
	several other another same own which who whom whose what when where why how while whereas because if
	unless although though however therefore thus hence often usually sometimes always never
	one two three four five first second third etc e.g i.e
	today nowadays now currently
`);

export const english: LanguageProfile = {
	language: 'en',
	stem: stemEnglish,
	stopwords: STOPWORDS,
	innerWords: words('and or of'),
	determiners: words('a an the this that these those its their our his her some several many various each every such one'),
	nameBreaks: words(`
		is are was were be been being has have had can could will would should may might must do does did
		which who whom whose that where when while whereas because although though if unless than
		to in on at by for from with without within into through during before after since until as about
		among between like such including include includes especially also not often usually
	`),
	relativisers: words('which that who whom whose where'),
	openers: words('in through according however for by with although though while when after before since as because if today generally overall moreover also thus therefore then finally first second in addition'),
	anaphora: /^(?:this|these|those|it|they|such\s+\p{L}+|this\s+\p{L}+|these\s+\p{L}+)$/iu,
	readers: words('you one'),
	itemOpeners: words('the a an'),
	itemPrefixes: ['as a place to', 'as a means of', 'as a means to', 'as a way to', 'a way to', 'serves to', 'helps to', 'to be able to', 'to'],
	clauseBreaks: words('but whereas while because although though so which who that unless if when'),
	relationVerbs: relationVerbs({
		'is based on': 'based-on',
		'are based on': 'based-on',
		'rests on': 'based-on',
		'is formed on the basis of': 'based-on',
		'are formed on the basis of': 'based-on',
		'is found in': 'found-in',
		'are found in': 'found-in',
		'are common in': 'found-in',
		'is common in': 'found-in',
		'is caused by': 'arises-from',
		'are caused by': 'arises-from',
		'results from': 'arises-from',
		'result from': 'arises-from',
		'arises from': 'arises-from',
		'causes': '~arises-from',
		'cause': '~arises-from',
		'leads to': '~arises-from',
		'lead to': '~arises-from',
		'plays a role in': 'has-role',
		'play a role in': 'has-role',
		'serves as': 'has-function',
		'contributes to': 'contributes-to',
		'contribute to': 'contributes-to'
	}),
	distributiveHeads: words('shared common'),
	quantities: words('several various many some two three four five six seven numerous'),
	cues: CUES,
	cueConnectors: ['faced by', 'facing', 'of being', 'of', 'between', 'in', 'for', 'to'],
	cueModifiers: words('main key major common important positive negative different basic primary'),
	headingFrames: ['what is meant by', 'what is a', 'what is an', 'what is', 'what are the', 'what are', 'what', 'why', 'definition of', 'defining', 'meaning of', 'introduction to', 'understanding', 'about', 'overview of', 'an overview of'],
	noSubjectHeadings: /^(?:conclusions?|summary|in summary|introduction|references|bibliography|sources|notes|faqs?\b.*|frequently asked questions.*|final thoughts|key takeaways|takeaways|further reading)$/i,
	qualifierStarts: words('in for at on during according based among across within and'),
	beneficiaryStarts: words('in for'),
	copulas: ['can be defined as', 'is defined as', 'are defined as', 'refers to', 'refer to', 'is described as', 'means', 'is', 'are'],
	aliasMarkers: ['also known as', 'otherwise known as', 'also called', 'sometimes called', 'known as', 'or simply'],
	namingVerbs: ['is called', 'are called', 'is termed', 'are termed', 'is known as', 'are known as', 'called', 'termed', 'dubbed'],
	otherNames: /^(?:another|other)\s+(?:name|names|term|terms)\b/i,
	exampleMarkers: ['such as', 'including', 'like'],
	exampleClauseMarkers: ['for example', 'for instance', 'e.g.'],
	exampleHeads: ['examples of', 'an example of', 'one example of'],
	listMarkers: ['include', 'includes', 'including', 'namely', 'are'],
	possessionVerbs: ['has', 'have', 'possess', 'possesses'],
	givingVerbs: ['provides', 'provide', 'gives', 'give', 'fosters', 'foster', 'brings', 'bring'],
	purposeVerbs: ['was founded to', 'were founded to', 'was established to', 'were established to', 'was formed to', 'were formed to', 'was created to', 'were created to', 'exists to', 'exist to', 'aims to', 'aim to'],
	servesAs: { verbs: ['can serve as', 'can act as', 'can be used as', 'can be', 'serve as', 'act as'], means: words('source means tool platform channel forum vehicle place') },
	degreeWords: words('too difficult hard'),
	hedges: words('might may perhaps possibly sometimes'),
	lightVerbs: words('gain gains gaining need needs needing require requires requiring obtain obtains obtaining make makes making take takes taking give gives giving conduct conducts conducting'),
	includeVerbs: ['consists of', 'consist of', 'comprises', 'comprise', 'is made up of', 'are made up of', 'include', 'includes'],
	divideVerbs: ['divided into', 'classified into', 'split into', 'grouped into', 'categorised into', 'categorized into'],
	whereas: words('whereas while'),
	contrastMarkers: ['differs from', 'differ from', 'different from', 'difference between', 'distinct from', 'unlike'],
	coordinators: words('and or'),
	listTail: /^(?:(?:and|or)\s+)?(?:so on|so forth|many more|more|others|many others|etc)$/,
	groupHeads: words('group groups community communities club clubs'),
	organisationHeads: words('association institute union council ministry commission federation organization organisation agency foundation committee party society league'),
	genericHeads: words('term concept thing things part way ways process increase kind type form act state set stage design people person individuals means'),
	headFirst: false,
	isVerb(word) {
		const w = word.toLowerCase();
		if (VERBS.has(w)) return true;
		// "organizes", "organized", "organizing", "carries", "carried": the base form is a known verb.
		if (baseForms(w).some((base) => VERBS.has(base))) return true;
		// "criminalizes", "stratified", "justifies": these endings make verbs of nouns and adjectives.
		return VERB_ENDING.test(w);
	},
};
