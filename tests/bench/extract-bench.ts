/** The extractor's rows of `npm run bench`: quality with no curation, then speed; node only, no browser. */
import { qualityRows } from './extract-quality';
import { speedRows } from './extract-speed';
import type { Row } from './stats';

export function extractRows(): Row[] {
	return [...qualityRows(), ...speedRows()];
}
