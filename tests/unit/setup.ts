import fc from 'fast-check';

// `npm test` replays the same property cases on every run, so a red build always means a change;
// `npm run fuzz` (FUZZ_RUNS set) draws new ones each time to find what is still unknown.
if (process.env.FUZZ_RUNS === undefined) fc.configureGlobal({ seed: 20261201 });
