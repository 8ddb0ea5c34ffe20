// The browser the end-to-end tests and benchmarks drive: Debian's Chromium unless CHROMIUM_PATH says otherwise.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
export const chromiumFound = () => existsSync(chromiumPath);
