// Fails `npm test` early, with a way out, when no Chromium is there to run the end-to-end tests.
import { chromiumFound, chromiumPath } from './chromium-path.js';

if (!chromiumFound()) {
	console.error(
		`No Chromium found at ${chromiumPath}; the end-to-end tests need one.\n` +
			'Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
	process.exit(1);
}
