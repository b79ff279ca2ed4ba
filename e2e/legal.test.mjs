// Rechtsvorm kiezen: founders answer the interview on a phone and on a laptop, read
// the result with reasons and citations, compare forms, open, print and download the
// founding summary, and go on to the collective with the chosen form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { start, newPage, OUT, at } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

// A broodfonds of 35 self-employed people (governance/src/legal/scenarios.rs).
const BROODFONDS = [
  "Broodfonds: zzp'ers steunen elkaar bij ziekte",
  'De leden: samen, in een ledenvergadering, ieder één stem',
  'Nee',
  'Nee',
  'Een beetje geld: een pot of een bankrekening, kleine aankopen',
  'Nee',
  '11 tot 50 mensen',
  'Een klein risico is oké; we houden het klein',
  'Nee',
  'Nee',
  'Ja',
  'Ja, liefst zonder notaris',
];

// An energy cooperative that owns solar panels and supplies its members.
const ENERGY = [
  'Energiecoöperatie',
  'De leden: samen, in een ledenvergadering, ieder één stem',
  'Ja',
  'Ja',
  'Contracten: huur, leveranciers, leningen',
  'Weet ik nog niet',
  'Meer dan 50 mensen',
  'Nee, niemand mag persoonlijk risico lopen',
  'Nee',
  'Ja',
  'Nee',
  'Een notaris is geen probleem',
];

/** The radio button `label` of question `n` (1-based). */
const option = (page, n, label) => page.locator(`#vraag-${n}`).getByLabel(label, { exact: true });

/** Waits until the page heading is `text` (a hash change re-renders a moment later). */
const heading = (page, text) => page.locator('main h1', { hasText: text }).waitFor();

/** Horizontal overflow of the whole page, in pixels (0 = nothing sticks out). */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('journey 1 on a phone: a broodfonds of 35 self-employed people, one question at a time', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await newPage(context, env.base, '#/rechtsvorm');
  assert.equal(await page.locator('main h1').textContent(), 'Rechtsvorm kiezen');
  // One question at a time on a phone.
  assert.equal(await page.locator('fieldset.question:visible').count(), 1);
  await page.screenshot({ path: join(OUT, 'legal-question-phone.png'), fullPage: true });

  for (const [i, label] of BROODFONDS.entries()) {
    const n = i + 1;
    const question = page.locator(`#vraag-${n}`);
    assert.equal(await question.isVisible(), true, `question ${n} is shown`);
    assert.equal(await page.locator('fieldset.question:visible').count(), 1);
    await option(page, n, label).check();
    if (n < BROODFONDS.length) {
      await page.getByRole('link', { name: 'Volgende vraag' }).click();
      await page.waitForURL(new RegExp(`#/rechtsvorm/vraag/${n + 1}$`));
      // Keyboard and screen-reader users land on the new question.
      await page.waitForFunction((id) => document.activeElement?.id === id, `vraag-${n + 1}`);
    }
  }
  await page.screenshot({ path: join(OUT, 'legal-question-12-phone.png') });
  // The result so far changed with the answers.
  const summary = page.locator('aside.summary');
  await summary.locator('[data-fit="fits"] li', { hasText: 'Informele vereniging (zonder notaris)' }).waitFor();

  // Back and forward follow the questions.
  await page.goBack();
  await page.waitForURL(/#\/rechtsvorm\/vraag\/11$/);
  await page.locator('#vraag-11').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#vraag-12').isVisible(), false);
  await page.goForward();
  await page.waitForURL(/#\/rechtsvorm\/vraag\/12$/);
  await page.locator('#vraag-12').waitFor({ state: 'visible' });

  await page.getByRole('link', { name: 'Bekijk de uitslag' }).first().click();
  await page.waitForURL(/#\/rechtsvorm\/uitslag$/);
  await heading(page, 'Welke rechtsvorm past bij jullie?');

  const fits = page.locator('section[data-fit="fits"]');
  assert.match(await fits.locator('h2').textContent(), /Past bij jullie/);
  const card = fits.locator('#vorm-vereniging_limited');
  assert.match(await card.textContent(), /vereniging met beperkte rechtsbevoegdheid/);
  assert.ok(await card.locator('.reason').count() >= 2, 'reasons are shown');
  assert.match(await card.locator('.reason').first().textContent(), /Pleit ervoor/);
  const bw = card.locator('a.cite', { hasText: /^BW 2:/ }).first();
  assert.match(await bw.getAttribute('href'), /^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0003045&boek=2&artikel=/);
  assert.equal(await bw.getAttribute('target'), '_blank');
  assert.equal(await bw.getAttribute('rel'), 'noopener noreferrer');
  // Not plain law is said so.
  assert.match(await card.textContent(), /Gebruik in de praktijk, geen wet/);
  // The disclaimer is there, and everything answered.
  assert.match(await page.locator('.disclaimer').textContent(), /geen juridisch advies/);
  assert.equal(await page.locator('.open-questions').count(), 0);
  assert.equal(await overflow(page), 0, 'no sideways scrolling on a phone');
  await page.screenshot({ path: join(OUT, 'legal-result-phone.png'), fullPage: true });

  // Tap targets are at least 44 px high.
  for (const sel of ['.form-actions a', '.form-actions label', '#compare-button']) {
    const box = await page.locator(sel).first().boundingBox();
    assert.ok(box.height >= 44, `${sel}: ${box.height}px`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('journey 2 on a laptop: an energy cooperative, compare, founding summary, print, download, use', async () => {
  const context = await env.browser.newContext({ ...LAPTOP, acceptDownloads: true });
  const page = await newPage(context, env.base, '#/rechtsvorm');
  // On a laptop every question is visible.
  assert.equal(await page.locator('fieldset.question:visible').count(), 12);
  const summary = page.locator('aside.summary');

  for (const [i, label] of ENERGY.entries()) {
    await option(page, i + 1, label).check();
  }
  // The result follows every answer at once.
  await summary.locator('[data-fit="fits"] li', { hasText: 'Coöperatie U.A.' }).waitFor();
  assert.equal(await summary.locator('[data-fit="fits"] li').count(), 1);
  // Changing an answer changes the result: no notary rules the coöperatie out.
  await option(page, 12, 'Ja, liefst zonder notaris').check();
  await summary.locator('[data-fit="no-fit"] li', { hasText: 'Coöperatie U.A.' }).waitFor();
  await option(page, 12, 'Een notaris is geen probleem').check();
  await summary.locator('[data-fit="fits"] li', { hasText: 'Coöperatie U.A.' }).waitFor();
  await page.screenshot({ path: join(OUT, 'legal-interview-laptop.png'), fullPage: true });

  await page.getByRole('link', { name: 'Bekijk de uitslag met redenen' }).click();
  await page.waitForURL(/#\/rechtsvorm\/uitslag$/);
  await heading(page, 'Welke rechtsvorm past bij jullie?');
  const fits = page.locator('section[data-fit="fits"]');
  assert.match(await fits.locator('#vorm-cooperative_ua h3').textContent(), /Coöperatie U\.A\./);
  assert.match(await fits.textContent(), /BW 2:53/);
  // The one open question ("not sure") is listed with a link to it.
  const open = page.locator('.open-questions a');
  assert.equal(await open.count(), 1);
  assert.equal(await open.getAttribute('href'), '#/rechtsvorm/vraag/6');
  await page.screenshot({ path: join(OUT, 'legal-result-laptop.png'), fullPage: true });

  // Compare: one form is not enough; two are.
  await page.getByLabel('Vergelijken: Coöperatie U.A.').check();
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  assert.equal(await page.getByRole('alert').textContent(), 'Kies minstens 2 vormen om te vergelijken.');
  await page.getByLabel('Vergelijken: Formele vereniging (bij de notaris)').check();
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await page.waitForURL(/#\/rechtsvorm\/vergelijk\/cooperative_ua,vereniging_full$/);
  await heading(page, 'Vormen vergelijken');
  const table = page.locator('table.compare-table');
  assert.deepEqual(await table.locator('thead th').allTextContents(),
    ['Coöperatie U.A.', 'Formele vereniging (bij de notaris)']);
  const differs = table.locator('tbody[data-diff="differs"]');
  assert.ok(await differs.count() >= 3, 'rows that differ are marked');
  assert.match(await differs.first().locator('th').textContent(), /≠ Verschilt/);
  assert.match(await table.locator('tbody[data-diff="same"] th').first().textContent(), /= Gelijk/);
  await page.screenshot({ path: join(OUT, 'legal-compare-laptop.png'), fullPage: true });
  await page.getByLabel('Toon alleen de verschillen').check();
  await table.locator('tbody[data-diff="same"]').first().waitFor({ state: 'detached' });
  assert.ok(await table.locator('tbody[data-diff="differs"]').count() >= 3);
  await page.getByLabel('Toon alleen de verschillen').uncheck();

  // The comparison on a phone: two forms fit the width; with three the table scrolls
  // inside its wrapper, the page does not.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await overflow(page), 0);
  await page.screenshot({ path: join(OUT, 'legal-compare-phone.png'), fullPage: true });
  const phone = await context.newPage();
  await phone.goto(at(env.base, '#/rechtsvorm/vergelijk/cooperative_ua,vereniging_full,stichting'));
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.locator('table.compare-table').waitFor();
  assert.equal(await overflow(phone), 0);
  const wrapper = phone.locator('.table-scroll');
  assert.ok(await wrapper.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table scrolls sideways');
  assert.equal(await wrapper.getAttribute('tabindex'), '0', 'keyboard users can scroll it');
  await phone.screenshot({ path: join(OUT, 'legal-compare-3-phone.png') });
  await phone.close();
  await page.setViewportSize(LAPTOP.viewport);

  // The founding summary.
  await page.getByRole('link', { name: 'Wat moet je regelen? (Coöperatie U.A.)' }).click();
  await page.waitForURL(/#\/rechtsvorm\/oprichting\/cooperative_ua$/);
  await heading(page, 'Coöperatie U.A.: wat moet je regelen?');
  const article = page.locator('article.founding');
  assert.match(await article.textContent(), /Notaris: Verplicht/);
  assert.match(await article.textContent(), /Stappen/);
  assert.match(await article.textContent(), /Naam en vestigingsplaats/);
  assert.match(await article.textContent(), /Regels voor besluiten die deze vorm meebrengt/);
  await page.screenshot({ path: join(OUT, 'legal-founding-laptop.png'), fullPage: true });

  // Print: the button calls window.print(); print media hides the navigation and shows a
  // header with the date.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'navigation hidden in print');
  assert.equal(await page.locator('.site-footer').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  const header = page.locator('.print-header');
  assert.equal(await header.isVisible(), true);
  assert.match(await header.textContent(), /Samen · Gemaakt op \d{1,2} \w+ \d{4}/);
  const colour = await page.locator('main h1').evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(0, 0, 0)', 'black on white in print');
  await page.screenshot({ path: join(OUT, 'legal-founding-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Download the summary as an HTML file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als bestand' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'samen-oprichting-cooperative_ua.html');
  const file = await readFile(await download.path(), 'utf8');
  assert.match(file, /^<!doctype html>/);
  assert.match(file, /<h1>Coöperatie U\.A\.: wat moet je regelen\?<\/h1>/);
  assert.match(file, /<strong>Notaris: Verplicht<\/strong>/);
  assert.match(file, /href="https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0003045&amp;boek=2&amp;artikel=54"/);
  assert.match(file, /&#39;coöperatief&#39;/, 'catalog text is escaped');
  assert.match(file, /geen juridisch advies/);

  // Use this form: on to the collective.
  await page.getByRole('link', { name: 'Gebruik deze vorm: Coöperatie U.A.' }).click();
  await page.waitForURL(/#\/collectief\/nieuw\?vorm=cooperative_ua$/);
  // …and the collective is created with the governance defaults of that form.
  assert.equal(await page.getByLabel('Rechtsvorm').inputValue(), 'cooperative_ua');
  await page.getByLabel('Naam van het collectief').fill('Energiecoöperatie Zonnedak');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#\/collectief\/leden$/);
  await page.goto(at(env.base, '#/collectief/regels'));
  assert.match(await page.locator('#rule-statute_amendment .current').textContent(),
    /ten minste twee derde van de uitgebrachte stemmen/);
  assert.match(await page.locator('#rule-regular .current').textContent(),
    /meer dan de helft van de uitgebrachte stemmen/);

  // A reload keeps the answers.
  await page.goto(at(env.base, '#/rechtsvorm'));
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await option(page, 1, 'Energiecoöperatie').isChecked(), true);
  assert.equal(await option(page, 6, 'Weet ik nog niet').isChecked(), true);
  assert.match(await page.evaluate(() => localStorage.getItem('samen.legal.answers')),
    /"kind":"energy_cooperative"/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('start over forgets every answer, after a confirmation', async () => {
  const context = await env.browser.newContext(LAPTOP);
  const page = await newPage(context, env.base, '#/rechtsvorm');
  await option(page, 2, 'Een klein bestuur; leden zijn niet nodig').check();
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('button', { name: 'Nee, bewaar ze' }).click();
  assert.equal(await option(page, 2, 'Een klein bestuur; leden zijn niet nodig').isChecked(), true);
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
  await page.waitForFunction(() => !document.querySelector('input[type="radio"]:checked'));
  await page.waitForFunction(() => localStorage.getItem('samen.legal.answers') === null);
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('input[type="radio"]:checked').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the result in English, and a compare link with too few forms explains itself', async () => {
  const context = await env.browser.newContext(LAPTOP);
  const page = await newPage(context, env.base, '#/rechtsvorm/uitslag');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('main h1', { hasText: 'Which legal form fits you?' }).waitFor();
  assert.match(await page.locator('section[data-fit="caveats"] h2').textContent(), /Possible, with caveats/);
  // Nothing answered: all twelve questions are open.
  assert.equal(await page.locator('.open-questions li').count(), 12);
  await page.goto(at(env.base, '#/rechtsvorm/vergelijk/stichting'));
  await page.locator('main h1', { hasText: 'Compare forms' }).waitFor();
  assert.match(await page.locator('main').textContent(), /First choose at least 2 forms/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
