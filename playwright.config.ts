import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium-path.js';

const port = Number(process.env.PW_PORT || 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// One more try for a test that fails once: the list then marks it flaky (a cause to find), while a real
	// breakage fails both tries.
	retries: 1,
	// Generous waits, never timing assertions: the suite must pass on a busy two-core machine.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs, headless: true },
		viewport: { width: 1280, height: 800 },
		locale: 'id-ID',
		// Tests stub the network (page.route); a service worker would answer in their place. The
		// offline tests allow it for themselves.
		serviceWorkers: 'block'
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
