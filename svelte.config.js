import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// A static site: the explorer runs entirely in the browser from static/graph.json.
		// BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. parallel test runs).
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			fallback: '404.html'
		}),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
