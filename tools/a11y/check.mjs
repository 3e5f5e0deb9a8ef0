// Runs axe-core (WCAG 2.0 A/AA, 2.1 AA) over HTML files in headless Chromium.
// Usage: node check.mjs FILE.html...   Exits 1 when any violation is serious or critical.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.html...');
  process.exit(2);
}

// Chromium's sandbox needs user namespaces, which containers and root often lack.
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
const byImpact = {};
let blocking = 0;
for (const file of files) {
  await page.goto(pathToFileURL(file).href);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
  );
  for (const v of result.violations) {
    byImpact[v.impact] = (byImpact[v.impact] || 0) + 1;
    if (v.impact === 'serious' || v.impact === 'critical') blocking++;
    console.log(`${file}: ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}`);
  }
}
await browser.close();
const summary = Object.entries(byImpact).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
console.log(`axe: ${files.length} files, violations by impact: ${summary}`);
process.exit(blocking > 0 ? 1 : 0);
