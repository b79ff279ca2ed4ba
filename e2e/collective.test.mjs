// Journey 2 and 4: a collective with members, kept across reloads, exported and
// imported elsewhere; bad files change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, newPage, OUT, at } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CSV = 'naam;email;stemmen\nAnna de Vries;anna@example.nl;\nBram Jansen;;2\n"Chris, jr.";chris@example.nl;1\n';

async function createCollective(page, name) {
  await page.goto(at(page.url(), '#/collectief/nieuw?vorm=cooperative_ua'));
  await page.getByLabel('Naam van het collectief').fill(name);
  assert.equal(await page.getByLabel('Rechtsvorm').inputValue(), 'cooperative_ua');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#\/collectief\/leden$/);
}

async function importCsv(page, text) {
  await page.getByLabel('Of plak de regels hier').fill(text);
  await page.getByRole('button', { name: 'Controleer' }).click();
}

test('create a collective, import members from CSV, reload: all there', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await createCollective(page, 'Energiecoöperatie Zonnedak');
  await importCsv(page, CSV);
  await page.getByRole('button', { name: 'Importeer 3 leden' }).click();
  await page.getByText('3 leden geïmporteerd.').waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Leden');
  const rows = page.locator('table.members tbody tr');
  assert.equal(await rows.count(), 3);
  assert.equal(await rows.nth(1).locator('td').nth(2).textContent(), '2');
  assert.equal(await rows.nth(2).locator('td').first().textContent(), 'Chris, jr.');
  await page.screenshot({ path: join(OUT, 'collective-members.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a CSV with bad lines imports nothing until the good lines are accepted', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await createCollective(page, 'Broodfonds Oost');
  await importCsv(page, 'Anna;;1\n;leeg@example.nl;\nBram;;nul\nDirk;dirk@example.nl;3\n');
  await page.getByText('2 regels met een fout. Er is nog niets geïmporteerd.').waitFor();
  await page.getByText('Regel 2: de naam is leeg').waitFor();
  await page.getByText("Regel 3: stemmen 'nul' is geen heel getal van 1 of meer").waitFor();
  assert.equal(await page.locator('table.members').count(), 0);
  await page.getByRole('button', { name: 'Importeer alleen de 2 goede regels' }).click();
  await page.getByText('2 leden geïmporteerd.').waitFor();
  assert.equal(await page.locator('table.members tbody tr').count(), 2);
  await context.close();
});

test('export, then import in a fresh browser profile: identical', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await newPage(context, env.base);
  await createCollective(page, 'Wooncoöperatie De Hof');
  await importCsv(page, CSV);
  await page.getByRole('button', { name: 'Importeer 3 leden' }).click();
  await page.goto(at(env.base, '#/collectief/bestanden'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download het bestand' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.samen\.json$/);
  const exported = join(OUT, 'export.samen.json');
  await download.saveAs(exported);
  const text = await readFile(exported, 'utf8');
  assert.equal(JSON.parse(text).format, 'samen/1');

  const fresh = await env.browser.newContext({ acceptDownloads: true });
  const page2 = await newPage(fresh, env.base, '#/collectief');
  await page2.getByLabel('Kies een bestand').setInputFiles(exported);
  await page2.locator('main h1', { hasText: 'Wooncoöperatie De Hof' }).waitFor();
  await page2.goto(at(env.base, '#/collectief/bestanden'));
  const [download2] = await Promise.all([
    page2.waitForEvent('download'),
    page2.getByRole('button', { name: 'Download het bestand' }).click(),
  ]);
  const again = join(OUT, 'export-again.samen.json');
  await download2.saveAs(again);
  assert.equal(await readFile(again, 'utf8'), text);
  assert.deepEqual(page2.errors, []);
  await fresh.close();
  await context.close();
});

test('a malformed file gives a clear error and changes nothing', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await createCollective(page, 'Buurtfonds');
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const bad = join(OUT, 'bad.samen.json');
  await writeFile(bad, '{\n  "format": "samen/1",\n  "collective": {\n    "name": 12\n  }\n}\n');
  await page.goto(at(env.base, '#/collectief/bestanden'));
  await page.getByLabel('Kies een bestand').setInputFiles(bad);
  const error = page.locator('#import-error');
  await error.waitFor();
  const message = await error.textContent();
  assert.match(message, /Dit bestand kan niet worden geopend\. Er is niets veranderd\./);
  assert.match(message, /bad\.samen\.json/);
  assert.match(message, /collective\.name/);
  assert.match(message, /4:/);
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
  await context.close();
});

test('a file with one past count edited is refused, naming the entry', async () => {
  const golden = JSON.parse(await readFile(new URL('../tests/data/golden-samen-1.samen.json', import.meta.url), 'utf8'));
  const entry = golden.collective.log[0];
  entry.body.motion.votes.no -= 1; // one past count changed after it was recorded
  const tampered = join(OUT, 'tampered.samen.json');
  await writeFile(tampered, JSON.stringify(golden, null, 2));

  const context = await env.browser.newContext();
  const page = await newPage(context, env.base, '#/collectief');
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.getByLabel('Kies een bestand').setInputFiles(tampered);
  const error = page.locator('#import-error');
  await error.waitFor();
  const message = await error.textContent();
  assert.match(message, /Er is niets veranderd/);
  assert.match(message, /collective\.log\[0\]/);
  assert.match(message, new RegExp(`${entry.seq}`));
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);

  // The untouched golden file opens, with its decision log intact.
  await page.getByLabel('Kies een bestand').setInputFiles(new URL('../tests/data/golden-samen-1.samen.json', import.meta.url).pathname);
  await page.locator('main h1', { hasText: golden.collective.name }).waitFor();
  await page.goto(at(env.base, '#/collectief/log'));
  await page.getByText(/De keten is intact/).waitFor();
  await page.screenshot({ path: join(OUT, 'collective-log.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('rules: what breaks the law is refused with its source; a deviation is saved and marked', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await createCollective(page, 'Zorgcoöperatie Dorp');
  await page.goto(at(env.base, '#/collectief/regels'));
  await page.locator('main h1', { hasText: 'Stemregels' }).waitFor();

  // Conversion needs at least 9/10 of the votes cast (BW 2:18): half is refused.
  const conversion = page.locator('#rule-conversion');
  await conversion.getByLabel('Meerderheid').selectOption('1/2');
  const refusal = conversion.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Niet opgeslagen/);
  assert.match(await refusal.textContent(), /BW 2:18/);
  assert.equal(await conversion.getByLabel('Meerderheid').inputValue(), '9/10');

  // A quorum on regular decisions deviates from the default: allowed, and marked.
  const regular = page.locator('#rule-regular');
  await regular.getByLabel('Quorum').selectOption('1/2');
  await page.getByText('Regel opgeslagen: Gewoon besluit.').waitFor();
  await regular.getByText(/Afwijking van de standaard/).waitFor();
  await page.locator('#general-proxy-max').selectOption('1');
  await page.getByText('Instelling opgeslagen.').waitFor();

  await page.reload();
  await page.locator('main h1', { hasText: 'Stemregels' }).waitFor();
  assert.equal(await page.locator('#rule-regular').getByLabel('Quorum').inputValue(), '1/2');
  assert.equal(await page.locator('#general-proxy-max').inputValue(), '1');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a decision file dropped on the import box opens', async () => {
  const golden = await readFile(new URL('../tests/data/golden-samen-1.samen.json', import.meta.url), 'utf8');
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base, '#/collectief');
  const drop = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gedeeld.samen.json', { type: 'application/json' }));
    return dt;
  }, golden);
  await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: drop });
  await page.locator('main h1', { hasText: JSON.parse(golden).collective.name }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
