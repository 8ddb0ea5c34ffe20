import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium-path.js';
import { gexf, overlappingZipBomb } from './tests/bench/pathological-files';
const server = spawn('npx', ['vite', 'preview', '--port', '4184', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 4000));
const base = 'http://127.0.0.1:4184';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const f = (name: string, text: string | Uint8Array) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text as never) });
async function open(lang: 'id' | 'en', width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: lang === 'id' ? 'id-ID' : 'en-GB' });
  await page.goto(base + '/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return page;
}
const odd = JSON.stringify({
  attributes: { name: 'Jaringan guru', kinds: [{ id: 'profesi', label: { id: 'Profesi', en: 'Profession' }, color: '#0072B2;position:fixed;inset:0;background:url(http://x.test/b)', shape: 'star;x' }] },
  nodes: [{ key: 'a', attributes: { label: 'Guru', x: 'NaN', y: 1, kind: 'profesi' } }, { key: 'b', attributes: { label: 'PGRI', kind: 'organisasi' } }, { key: 'c', attributes: { label: 'Sekolah' } }],
  edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'b', target: 'c' }]
});
for (const lang of ['id', 'en'] as const) {
  let page = await open(lang);
  await page.getByTestId('import-file').setInputFiles([f('besar.gexf', gexf(4000, 6000, { seed: 5 }))]);
  await page.getByTestId('import-progress').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/imports-shots/progress-${lang}.png` });
  await page.getByTestId('import-progress').getByRole('button').click();
  await page.getByTestId('import-file').setInputFiles([f('hostile.json', JSON.stringify({ nodes: [{ key: 'a' }, { key: '__proto__' }], edges: [] }))]);
  await page.getByTestId('import-error').waitFor();
  await page.screenshot({ path: `/tmp/imports-shots/proto-${lang}.png` });
  await page.getByTestId('import-file').setInputFiles([f('bomb.zip', overlappingZipBomb(65535, 1 << 20))]);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/imports-shots/bomb-${lang}.png` });
  await page.getByTestId('import-file').setInputFiles([f('jaringan.json', odd)]);
  await page.getByTestId('import-summary').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/imports-shots/summary-${lang}.png` });
  await page.close();
}
let page = await open('id');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Storage.overrideQuotaForOrigin', { origin: base, quotaSize: 1 });
await page.getByTestId('import-file').setInputFiles([f('jaringan.json', odd)]);
await page.getByTestId('not-saved').waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/imports-shots/notsaved-id.png` });
await page.close();
page = await open('en');
await page.getByTestId('import-file').setInputFiles([f('dense.gexf', gexf(700, 21000, { positions: true, seed: 4 }))]);
await page.getByTestId('too-big').waitFor({ timeout: 60000 });
await page.screenshot({ path: `/tmp/imports-shots/toobig-en.png` });
await page.close();
page = await open('id', 390);
await page.getByTestId('import-file').setInputFiles([f('jaringan.json', odd)]);
await page.getByTestId('import-summary').waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/imports-shots/summary-390.png` });
await browser.close();
process.kill(-server.pid!);
