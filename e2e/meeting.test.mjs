// Meeting mode end to end: a collective of 12 members, 10 present and 2 by proxy;
// a statute amendment and a regular motion by open count (decision-rules-nl.md §J
// example 1), a secret vote on one shared device, a board election by STV with its
// round table, and the minutes rendered for print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { start, newPage, OUT, ROOT, at } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const MEMBERS = [
  'Anna de Vries', 'Bram Jansen', 'Cor Bakker', 'Daan Visser', 'Eva Smit', 'Fatima El Amrani',
  'Gerrit Mulder', 'Hanna de Boer', 'Ilse Dekker', 'Joost Peters', 'Karin Hendriks', 'Lars Bos',
];

/** Creates the collective through the UI and imports the members as CSV. */
async function createCollective(page, name, members) {
  await page.goto(at(page.url(), '#/collectief/nieuw'));
  await page.locator('#new-name').fill(name);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#\/collectief\/leden$/);
  await page.locator('#csv-text').fill(members.map((m) => `${m};;1`).join('\n'));
  await page.getByRole('button', { name: 'Controleer' }).click();
  await page.getByRole('button', { name: `Importeer ${members.length} leden` }).click();
  await page.getByText(`${members.length} leden geïmporteerd.`).waitFor();
}

async function addProposal(page, title, text, type) {
  await page.locator('#proposal-title').fill(title);
  await page.locator('#proposal-text').fill(text);
  await page.locator('#proposal-type').selectOption(type);
  await page.getByRole('button', { name: 'Voorstel op de agenda zetten' }).click();
  await page.getByText(`Voorstel '${title}' staat op de agenda.`).waitFor();
}

async function openCount(page, item, counts) {
  await page.locator(`main a[href$="/punt/${item}"]`).first().click();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const labels = ['Voor', 'Tegen', 'Onthouding', 'Blanco'];
  for (const [i, n] of counts.entries()) {
    await page.getByLabel(labels[i], { exact: true }).fill(String(n));
  }
}

test('a general meeting: check-in, proxies, quorum, open count, secret vote, STV election, minutes', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context, env.base);
  await createCollective(page, 'Energiecoöperatie Zuid', MEMBERS);

  // A meeting on a given date.
  await page.getByRole('navigation').getByRole('link', { name: 'Vergadering' }).click();
  await page.locator('main h1', { hasText: 'Vergadering' }).waitFor();
  await page.locator('#meeting-title').fill('ALV voorjaar 2026');
  await page.locator('#meeting-date').fill('2026-03-14');
  await page.locator('#meeting-time').fill('19:30');
  await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await page.locator('main h1', { hasText: 'Agenda' }).waitFor();
  assert.match(await page.locator('.meeting-bar').textContent(), /14 maart 2026, 19:30/);

  // The agenda: a statute amendment, a regular motion, a motion for a secret vote, an election.
  await addProposal(page, 'Statutenwijziging artikel 5', 'Artikel 5 lid 1 komt te luiden:\n"De vereniging heeft ten doel <samen> energie op te wekken."', 'statute_amendment');
  await addProposal(page, 'Zonnepanelen op het dak', 'Het bestuur koopt 40 panelen.\nBudget: € 12.000.', 'regular');
  await addProposal(page, 'Contributie omhoog', 'De contributie wordt € 30 per jaar.', 'regular');
  await page.locator('#election-title').fill('Bestuur 2026');
  await page.locator('#election-seats').fill('2');
  await page.locator('#election-candidates').fill('Anna de Vries\nBram Jansen\nCor Bakker\nDaan Visser');
  await page.locator('#election-method').selectOption('stv');
  await page.getByRole('button', { name: 'Verkiezing op de agenda zetten' }).click();
  await page.locator('.agenda-item').nth(3).waitFor();
  assert.equal(await page.locator('.agenda-item').count(), 4);
  // The proposal text is shown as text, never as HTML.
  await page.locator('main a[href$="/punt/i1"]').first().click();
  assert.match(await page.locator('.proposal-text').textContent(), /<samen> energie/);
  assert.equal(await page.locator('.proposal-text samen').count(), 0);

  // Check-in: 10 of 12 present, by searching and tapping.
  await page.getByRole('link', { name: 'Aanwezigheid', exact: true }).click();
  await page.locator('main h1', { hasText: 'Aanwezigheid' }).waitFor();
  for (const name of MEMBERS.slice(0, 10)) {
    await page.locator('#checkin-search').fill(name.split(' ')[0]);
    await page.getByRole('button', { name: `${name} aanmelden` }).click();
    await page.getByText(`${name} is aangemeld.`).waitFor();
  }
  // Undo: check out and in again.
  await page.locator('#checkin-search').fill('Joost');
  await page.getByRole('button', { name: 'Joost Peters afmelden' }).click();
  await page.getByText('Joost Peters is afgemeld.').waitFor();
  await page.getByRole('button', { name: 'Joost Peters aanmelden' }).click();
  await page.getByText('Joost Peters is aangemeld.').waitFor();
  await page.locator('#checkin-search').fill('');
  assert.match(await page.locator('.present-count').textContent(), /Aanwezig: 10 leden\. Met volmacht: 0\. Samen 10 van 12 leden\./);

  // Proxies: an oral proxy is refused with the reason; written ones are recorded.
  await page.getByRole('button', { name: 'Volmacht van Karin Hendriks vastleggen' }).click();
  await page.locator('#proxy-holder').selectOption({ label: 'Anna de Vries' });
  await page.getByLabel('mondeling').check();
  await page.getByRole('button', { name: 'Volmacht vastleggen' }).click();
  await page.getByText('Volgens jullie regels moet een volmacht schriftelijk (of elektronisch) zijn (BW 2:38 lid 5).').waitFor();
  await page.getByRole('button', { name: 'Volmacht van Karin Hendriks vastleggen' }).click();
  await page.locator('#proxy-holder').selectOption({ label: 'Anna de Vries' });
  await page.getByRole('button', { name: 'Volmacht vastleggen' }).click();
  await page.getByText('Volmacht vastgelegd: Karin Hendriks stemt via Anna de Vries.').waitFor();
  await page.getByRole('button', { name: 'Volmacht van Lars Bos vastleggen' }).click();
  await page.locator('#proxy-holder').selectOption({ label: 'Bram Jansen' });
  await page.getByLabel('elektronisch (bijvoorbeeld e-mail)').check();
  await page.getByRole('button', { name: 'Volmacht vastleggen' }).click();
  await page.getByText('Volmacht vastgelegd: Lars Bos stemt via Bram Jansen.').waitFor();
  assert.match(await page.locator('.present-count').textContent(), /Met volmacht: 2\. Samen 12 van 12 leden\./);
  assert.match(await page.locator('.quorum-panel').textContent(), /Jullie regels vragen voor geen enkel besluit een quorum/);
  await page.screenshot({ path: join(OUT, 'meeting-attendance-laptop.png'), fullPage: true });

  // 1. Statute amendment, 2/3 of votes cast: 6 / 3 / 1 → exactly 2/3 → passed.
  await page.getByRole('link', { name: 'Agenda', exact: true }).first().click();
  await openCount(page, 'i1', [13, 0, 0, 0]);
  await page.getByText('Je hebt 13 stemmen ingevuld, maar er zijn maar 12 stemmen aanwezig of vertegenwoordigd. Tel opnieuw.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).isDisabled(), true);
  await page.getByLabel('Voor', { exact: true }).fill('6');
  await page.getByLabel('Tegen', { exact: true }).fill('3');
  await page.getByLabel('Onthouding', { exact: true }).fill('1');
  await page.locator('.preview .result-headline', { hasText: '✔ Aangenomen' }).waitFor();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✔ Aangenomen').waitFor();
  const amendment = await page.locator('.results-live .result').textContent();
  assert.match(amendment, /✔ Aangenomen/);
  assert.match(amendment, /Voor 6, tegen 3, onthouding 1, blanco 0, ongeldig 0\./);
  assert.match(amendment, /6 stemmen voor van de 9 uitgebrachte stemmen; nodig was minstens 6 \(ten minste twee derde van de uitgebrachte stemmen\)\./);
  assert.match(await page.locator('.results-live').textContent(), /vastgesteld door de voorzitter · besluitenlog nr\. 1/);
  await page.screenshot({ path: join(OUT, 'meeting-result-laptop.png'), fullPage: true });

  // 2. Regular motion, absolute majority: 6 / 3 / 1 → 6 > 4.5 → passed.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.locator('main h1', { hasText: 'Zonnepanelen op het dak' }).waitFor();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  await page.getByLabel('Voor', { exact: true }).fill('6');
  await page.getByLabel('Tegen', { exact: true }).fill('3');
  await page.getByLabel('Onthouding', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✔ Aangenomen').waitFor();
  assert.match(await page.locator('.results-live .result').textContent(),
    /6 stemmen voor van de 9 uitgebrachte stemmen; nodig was minstens 5 \(meer dan de helft van de uitgebrachte stemmen\)\./);

  // 3. A secret vote on one shared device by 5 voters.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.locator('main h1', { hasText: 'Contributie omhoog' }).waitFor();
  await page.getByLabel('Geheime stemming').check();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const secret = [
    ['Anna de Vries', 'Voor'], ['Cor Bakker', 'Tegen'], ['Eva Smit', 'Voor'],
    ['Karin Hendriks (volmacht: Anna de Vries)', 'Voor'], ['Hanna de Boer', 'Blanco'],
  ];
  for (const [who, choice] of secret) {
    await page.getByRole('button', { name: `Stemmen als ${who}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await page.locator('.ballot-screen input:checked').count(), 0, 'a clean screen');
    await dialog.getByLabel(choice, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Verder' }).click();
    assert.equal(await dialog.locator('.ballot-summary').textContent(), choice);
    await dialog.getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
    await dialog.getByText('✔ Je stem is uitgebracht').waitFor();
    await dialog.getByRole('button', { name: 'Volgende kiezer' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  assert.match(await page.locator('.voted-count').textContent(), /5 van 12 stemgerechtigden hebben gestemd\./);
  assert.equal(await page.getByRole('button', { name: 'Stemmen als Anna de Vries' }).count(), 0, 'Anna cannot vote twice');
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✔ Aangenomen').waitFor();
  assert.match(await page.locator('.results-live .result').textContent(), /Voor 3, tegen 1, onthouding 0, blanco 1, ongeldig 0\./);

  // The stored file keeps the tally and who voted — no link between voter and choice.
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('samen.collective.'));
    return localStorage.getItem(key);
  });
  const file = JSON.parse(stored.slice(stored.indexOf('\n') + 1)); // "revision\njson"
  const meeting = file.collective.meetings[0];
  const secretVote = meeting.agenda.find((i) => i.id === 'i3').votes[0];
  assert.deepEqual(Object.keys(secretVote.record), ['secret']);
  const record = secretVote.record.secret;
  assert.deepEqual(Object.keys(record).sort(), ['counts', 'voted']);
  assert.deepEqual(record.counts, { yes: 3, no: 1, abstain: 0, blank: 1, invalid: 0 });
  assert.deepEqual([...record.voted].sort(), ['m1', 'm11', 'm3', 'm5', 'm8']);
  const text = JSON.stringify(secretVote);
  for (const [who] of secret) assert.ok(!text.includes(who.split(' ')[0]), `no name in the vote: ${who}`);

  // 4. Board election: 2 seats among 4 candidates by STV, 7 ranked ballots.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.locator('main h1', { hasText: 'Bestuur 2026' }).waitFor();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const ballots = [
    ['Anna de Vries', ['Anna de Vries', 'Cor Bakker']],
    ['Bram Jansen', ['Anna de Vries', 'Cor Bakker']],
    ['Cor Bakker', ['Anna de Vries', 'Cor Bakker']],
    ['Daan Visser', ['Anna de Vries', 'Cor Bakker']],
    ['Eva Smit', ['Cor Bakker']],
    ['Fatima El Amrani', ['Cor Bakker']],
    ['Gerrit Mulder', ['Daan Visser', 'Cor Bakker']],
  ];
  for (const [who, ranking] of ballots) {
    await page.getByRole('button', { name: `Stemmen als ${who}` }).click();
    const dialog = page.getByRole('dialog');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    for (const c of ranking) {
      // With the keyboard: focus the button and press Enter.
      await dialog.getByRole('button', { name: `${c} toevoegen aan je volgorde` }).focus();
      await page.keyboard.press('Enter');
    }
    if (ranking.length === 2) {
      // Reorder with the keyboard and back; focus stays on the moved candidate.
      await dialog.getByRole('button', { name: `${ranking[1]} hoger zetten` }).focus();
      await page.keyboard.press('Enter');
      assert.equal(await focused(), `${ranking[1]} lager zetten`);
      await page.keyboard.press('Enter');
      assert.equal(await focused(), `${ranking[1]} hoger zetten`);
    } else {
      assert.equal(await focused(), 'Daan Visser toevoegen aan je volgorde'); // the next one to add
    }
    await dialog.getByRole('button', { name: 'Verder' }).click();
    assert.equal(await dialog.locator('.ballot-summary').textContent(), ranking.map((c, i) => `${i + 1}. ${c}`).join(' · '));
    await dialog.getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
    await dialog.getByRole('button', { name: 'Volgende kiezer' }).click();
  }
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('De uitslag van de verkiezing is vastgesteld.').waitFor();
  const election = page.locator('.results-live .result');
  assert.match(await election.locator('.result-headline').textContent(), /✔ Gekozen: Anna de Vries, Cor Bakker/);
  const table = election.locator('table.rounds');
  assert.match(await table.locator('caption').textContent(), /quota 3\.00000/);
  assert.match(await table.locator('thead').textContent(), /Ronde 1: eerste telling.*Ronde 2: overschot van Anna de Vries/);
  assert.match(await table.locator('tbody tr', { hasText: 'Cor Bakker' }).textContent(), /2\.00000.*3\.00000 ✔ gekozen/);
  await page.screenshot({ path: join(OUT, 'meeting-election-laptop.png'), fullPage: true });
  // On a 1920 px projector the result is large and readable from the back of the room.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(OUT, 'meeting-election-projector.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The decision log has every declared result.
  await page.goto(at(env.base, '#/collectief/log'));
  await page.locator('main h1', { hasText: 'Besluitenlog' }).waitFor();
  assert.equal(await page.locator('main tbody tr').count(), 4);

  // 5. Minutes, printed.
  await page.goto(at(env.base, '#/vergadering/v1/notulen'));
  await page.locator('main h1', { hasText: 'Notulen — ALV voorjaar 2026' }).waitFor();
  const minutes = await page.locator('.minutes').textContent();
  assert.match(minutes, /Aanwezig: 10 leden\. Met volmacht vertegenwoordigd: 2\. Aantal leden: 12\./);
  assert.match(minutes, /Karin Hendriks stemt via Anna de Vries \(schriftelijk\)/);
  assert.match(minutes, /6 stemmen voor van de 9 uitgebrachte stemmen; nodig was minstens 6/);
  assert.match(minutes, /Gekozen: Anna de Vries, Cor Bakker/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.print-header').isVisible(), true);
  await page.screenshot({ path: join(OUT, 'meeting-minutes-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Runs axe-core (WCAG 2 A/AA) on the page; returns the violations as short strings. */
async function axe(page) {
  // Injected through the DevTools protocol: the page's CSP rightly refuses inline script tags.
  await page.evaluate(await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${what}: horizontal scrolling at 360 px`);
}

test('meeting mode on a 360 px phone, in English: no horizontal scrolling, no axe violations', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await newPage(context, env.base);
  await createCollective(page, 'Buurtmoestuin De Wilg', MEMBERS.slice(0, 5));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.goto(at(env.base, '#/vergadering'));
  await page.locator('main h1', { hasText: 'Meeting' }).waitFor();
  await page.locator('#meeting-date').fill('2026-09-01');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('main h1', { hasText: 'Agenda' }).waitFor();
  await page.locator('#proposal-title').fill('A longer proposal title that has to wrap nicely on a small phone screen');
  await page.locator('#proposal-text').fill('Line one.\nLine two.');
  await page.getByRole('button', { name: 'Put the proposal on the agenda' }).click();
  await page.locator('.agenda-item').first().waitFor();
  await noOverflow(page, 'agenda');
  assert.deepEqual(await axe(page), [], 'agenda');
  await page.screenshot({ path: join(OUT, 'meeting-agenda-phone.png'), fullPage: true });

  await page.getByRole('link', { name: 'Attendance', exact: true }).click();
  for (const name of MEMBERS.slice(0, 4)) await page.getByRole('button', { name: `Check in ${name}` }).click();
  await page.getByText(`${MEMBERS[3]} is checked in.`).waitFor();
  await page.getByRole('button', { name: `Record a proxy from ${MEMBERS[4]}` }).click();
  await noOverflow(page, 'attendance');
  assert.deepEqual(await axe(page), [], 'attendance');
  await page.screenshot({ path: join(OUT, 'meeting-attendance-phone.png'), fullPage: true });

  await page.getByRole('link', { name: 'Agenda', exact: true }).first().click();
  await page.locator('main a[href$="/punt/i1"]').first().click();
  await page.getByLabel('Secret vote').check();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await page.getByRole('button', { name: `Vote as ${MEMBERS[0]}` }).click();
  await page.getByRole('dialog').waitFor();
  await noOverflow(page, 'ballot');
  assert.deepEqual(await axe(page), [], 'ballot');
  await page.screenshot({ path: join(OUT, 'meeting-ballot-phone.png') });
  await page.getByRole('dialog').getByRole('button', { name: 'Back without voting' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await noOverflow(page, 'item');
  await page.screenshot({ path: join(OUT, 'meeting-item-phone.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('challenge and revote, roll call, IRV election with BLT import and export', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context, env.base);
  const members = MEMBERS.slice(0, 6);
  await createCollective(page, 'Wooncoöperatie Het Erf', members);
  await page.goto(at(env.base, '#/vergadering'));
  await page.locator('#meeting-date').fill('2026-05-20');
  await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await addProposal(page, 'Kascommissie benoemen', 'Eva en Daan vormen de kascommissie.', 'regular');
  await addProposal(page, 'Huur verhogen', 'De huur stijgt met 2%.', 'regular');
  await page.locator('#election-title').fill('Voorzitter');
  await page.locator('#election-candidates').fill('Anna\nBram\nCor');
  await page.locator('#election-method').selectOption('irv');
  await page.getByRole('button', { name: 'Verkiezing op de agenda zetten' }).click();
  await page.locator('.agenda-item').nth(2).waitFor();
  await page.goto(at(env.base, '#/vergadering/v1/aanwezig'));
  for (const name of members.slice(0, 5)) await page.getByRole('button', { name: `${name} aanmelden` }).click();
  await page.getByText(`${members[4]} is aangemeld.`).waitFor();

  // 1. Declared 3–2, challenged at once by the majority (BW 2:13 lid 4): a new vote, 2–3.
  await page.goto(at(env.base, '#/vergadering/v1/punt/i1'));
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  await page.getByLabel('Voor', { exact: true }).fill('3');
  await page.getByLabel('Tegen', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✔ Aangenomen').waitFor();
  await page.getByText('Uitslag betwist?').click();
  await page.getByRole('button', { name: 'De meerderheid wil een nieuwe stemming' }).click();
  await page.getByText('De betwisting staat in het log. Er is een nieuwe stemming geopend.').waitFor();
  await page.getByText('Deze uitslag is direct betwist; de nieuwe stemming geldt (BW 2:13 lid 4).').waitFor();
  await page.getByLabel('Voor', { exact: true }).fill('2');
  await page.getByLabel('Tegen', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✘ Verworpen').waitFor();
  assert.match(await page.locator('.results-live').textContent(), /Open stemming · herstemming · vastgesteld door de voorzitter · besluitenlog nr\. 3/);

  // 2. Roll call: each member's vote recorded openly.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.locator('main h1', { hasText: 'Huur verhogen' }).waitFor();
  await page.getByLabel('Hoofdelijke stemming').check();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const rollCall = { [members[0]]: 'Voor', [members[1]]: 'Voor', [members[2]]: 'Tegen', [members[3]]: 'Onthouding' };
  for (const [who, choice] of Object.entries(rollCall)) {
    await page.getByRole('button', { name: `${who}: ${choice}`, exact: true }).click();
    await page.locator(`button[aria-label="${who}: ${choice}"][aria-pressed="true"]`).waitFor();
  }
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('Uitslag vastgesteld: ✔ Aangenomen').waitFor();

  // 3. IRV election: one ballot on the device, six paper ballots from a BLT file.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.locator('main h1', { hasText: 'Voorzitter' }).waitFor();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  await page.getByRole('button', { name: `Stemmen als ${members[0]}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bram toevoegen aan je volgorde' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Volgende kiezer' }).click();
  await page.getByText('Papieren stembiljetten toevoegen (BLT-bestand)').click();
  const blt = '3 1\n3 1 2 0\n2 2 1 0\n1 3 1 0\n0\n"Anna" "Bram" "Cor"\n"Voorzitter"\n';
  await page.getByLabel('BLT-bestand').setInputFiles({ name: 'papier.blt', mimeType: 'text/plain', buffer: Buffer.from(blt) });
  await page.getByText('6 stembiljetten uit het BLT-bestand toegevoegd.').waitFor();
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('De uitslag van de verkiezing is vastgesteld.').waitFor();
  const result = page.locator('.results-live .result');
  assert.match(await result.locator('.result-headline').textContent(), /✔ Gekozen: Anna/);
  assert.match(await result.locator('table.rounds thead').textContent(), /Ronde 1.*Ronde 2/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de stembiljetten als BLT-bestand' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /\.blt$/);
  const { readFile } = await import('node:fs/promises');
  const exported = await readFile(await file.path(), 'utf8');
  assert.match(exported, /^3 1\n/);
  assert.match(exported, /"Anna" "Bram" "Cor"|"Anna"\n"Bram"\n"Cor"/);

  // Minutes: the challenge, the roll call and the election, exported as Markdown.
  await page.goto(at(env.base, '#/vergadering/v1/notulen'));
  const minutes = await page.locator('.minutes').textContent();
  assert.match(minutes, /⚠ Uitslag nr\. 1 direct betwist \(door de meerderheid\): nieuwe stemming\./);
  assert.match(minutes, /Anna de Vries: Voor; Bram Jansen: Voor; Cor Bakker: Tegen; Daan Visser: Onthouding/);
  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als Markdown' }).click();
  const md = await readFile(await (await mdDownload).path(), 'utf8');
  assert.match(md, /^# Notulen — Algemene ledenvergadering\n/);
  assert.match(md, /\*\*✘ Verworpen\*\*/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('approval and score ballots on the shared device', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context, env.base);
  const members = MEMBERS.slice(0, 3);
  await createCollective(page, 'Repair Café Oost', members);
  await page.goto(at(env.base, '#/vergadering'));
  await page.locator('#meeting-date').fill('2026-10-01');
  await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  for (const [title, method] of [['Coördinator (goedkeuring)', 'approval'], ['Coördinator (score)', 'score']]) {
    await page.locator('#election-title').fill(title);
    await page.locator('#election-candidates').fill('Ria\nSem\nTom');
    await page.locator('#election-method').selectOption(method);
    await page.getByRole('button', { name: 'Verkiezing op de agenda zetten' }).click();
    await page.locator('.agenda-item', { hasText: title }).waitFor();
  }
  await page.goto(at(env.base, '#/vergadering/v1/aanwezig'));
  for (const name of members) await page.getByRole('button', { name: `${name} aanmelden` }).click();
  await page.getByText(`${members[2]} is aangemeld.`).waitFor();

  // Approval: Ria and Sem, Sem, Sem and Tom → Sem (3 approvals).
  await page.goto(at(env.base, '#/vergadering/v1/punt/i1'));
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const approvals = [['Ria', 'Sem'], ['Sem'], ['Sem', 'Tom']];
  for (const [k, chosen] of approvals.entries()) {
    await page.getByRole('button', { name: `Stemmen als ${members[k]}` }).click();
    const dialog = page.getByRole('dialog');
    for (const c of chosen) await dialog.getByLabel(c, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Verder' }).click();
    assert.equal(await dialog.locator('.ballot-summary').textContent(), chosen.join(', '));
    await dialog.getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
    await dialog.getByRole('button', { name: 'Volgende kiezer' }).click();
  }
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('De uitslag van de verkiezing is vastgesteld.').waitFor();
  let result = page.locator('.results-live .result');
  assert.match(await result.locator('.result-headline').textContent(), /✔ Gekozen: Sem/);
  assert.match(await result.locator('caption').textContent(), /Goedkeuringen per kandidaat/);

  // Score 0–5: Tom gets 5 + 4 + 0 = 9, Ria 1 + 2 + 5 = 8 → Tom.
  await page.getByRole('link', { name: 'Volgend punt →' }).click();
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const scores = [{ Ria: '1', Tom: '5' }, { Ria: '2', Tom: '4' }, { Ria: '5', Sem: '3' }];
  for (const [k, given] of scores.entries()) {
    await page.getByRole('button', { name: `Stemmen als ${members[k]}` }).click();
    const dialog = page.getByRole('dialog');
    for (const [c, v] of Object.entries(given)) await dialog.getByLabel(c, { exact: true }).selectOption(v);
    await dialog.getByRole('button', { name: 'Verder' }).click();
    await dialog.getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
    await dialog.getByRole('button', { name: 'Volgende kiezer' }).click();
  }
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('De uitslag van de verkiezing is vastgesteld.').waitFor();
  result = page.locator('.results-live .result');
  assert.match(await result.locator('.result-headline').textContent(), /✔ Gekozen: Tom/);
  assert.match(await result.locator('tbody tr', { hasText: 'Tom' }).textContent(), /9/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the facilitator corrects a proposal until the first vote on it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context, env.base);
  await createCollective(page, 'Voedselcollectief Oogst', MEMBERS.slice(0, 4));
  await page.goto(at(env.base, '#/vergadering'));
  await page.locator('#meeting-date').fill('2026-10-05');
  await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await addProposal(page, 'Begrting 2027', 'Concept', 'regular');

  // Edit: the form opens in the card with the cursor in the title.
  await page.getByRole('button', { name: 'Bewerken: Begrting 2027' }).click();
  await page.locator('#edit-proposal-title').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-proposal-title');
  assert.equal(await page.locator('#edit-proposal-text').inputValue(), 'Concept');
  assert.deepEqual(await axe(page), [], 'edit form');
  // Cancel keeps the proposal as it was.
  await page.locator('#edit-proposal-title').fill('Iets anders');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.locator('#edit-proposal-title').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Begrting 2027', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Bewerken: Begrting 2027' }).click();
  await page.locator('#edit-proposal-title').fill('Begroting 2027');
  await page.locator('#edit-proposal-text').fill('De ledenvergadering stelt de begroting 2027 vast.');
  await page.locator('#edit-proposal-type').selectOption('statute_amendment');
  await page.locator('.agenda-item').getByRole('button', { name: /^Amendement toevoegen/ }).click();
  await page.locator('#edit-amendment-title-0').fill('Reservering verhogen');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText("Voorstel 'Begroting 2027' is gewijzigd.").waitFor();
  const link = page.getByRole('link', { name: 'Begroting 2027', exact: true });
  await link.waitFor();
  assert.equal(await link.evaluate((a) => a === document.activeElement), true, 'focus back on the item');
  assert.match(await page.locator('.agenda-item').first().textContent(), /Statutenwijziging/);
  // Nothing is left in the new-proposal form, which never saw the edit.
  assert.equal(await page.locator('#proposal-title').inputValue(), '');

  // The item page shows the corrected text and the amendment; once a vote is opened,
  // the proposal can no longer be edited.
  await link.click();
  await page.getByText('De ledenvergadering stelt de begroting 2027 vast.').waitFor();
  await page.getByText('Reservering verhogen').first().waitFor();
  await page.getByRole('button', { name: 'Stemming openen' }).first().click();
  await page.getByRole('link', { name: 'Agenda', exact: true }).first().click();
  await page.locator('.agenda-item').first().waitFor();
  assert.equal(await page.getByRole('button', { name: /^Bewerken/ }).count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a candidate withdraws before the count: off the ballot, their votes pass on', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context, env.base);
  const members = MEMBERS.slice(0, 3);
  await createCollective(page, 'Buurtfonds De Linde', members);
  await page.goto(at(env.base, '#/vergadering'));
  await page.locator('#meeting-date').fill('2026-11-30');
  await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await page.locator('#election-title').fill('Penningmeester');
  await page.locator('#election-candidates').fill('Anna\nBram\nCor');
  await page.locator('#election-method').selectOption('irv');
  await page.getByRole('button', { name: 'Verkiezing op de agenda zetten' }).click();
  await page.locator('.agenda-item').first().waitFor();
  await page.goto(at(env.base, '#/vergadering/v1/aanwezig'));
  for (const name of members) await page.getByRole('button', { name: `${name} aanmelden` }).click();
  await page.getByText(`${members[2]} is aangemeld.`).waitFor();

  await page.goto(at(env.base, '#/vergadering/v1/punt/i1'));
  await page.getByRole('button', { name: 'Terugtrekken: Cor' }).click();
  await page.getByText('Cor heeft zich teruggetrokken.', { exact: false }).waitFor();
  assert.match(await page.locator('.candidates li.withdrawn').textContent(), /Cor.*teruggetrokken/);
  // Stand again, and withdraw once more; the last candidate running cannot withdraw.
  await page.getByRole('button', { name: 'Toch weer kandidaat: Cor' }).click();
  await page.getByText('Cor is weer kandidaat.').waitFor();
  await page.getByRole('button', { name: 'Terugtrekken: Cor' }).click();
  await page.getByRole('button', { name: 'Terugtrekken: Anna' }).click();
  await page.getByText('Anna heeft zich teruggetrokken.', { exact: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Terugtrekken: Bram' }).count(), 0, 'Bram is the last one running');
  await page.getByRole('button', { name: 'Toch weer kandidaat: Anna' }).click();
  await page.getByText('Anna is weer kandidaat.').waitFor();
  assert.deepEqual(await axe(page), [], 'candidates with a withdrawal');

  // The ballot on the shared device lists only Anna and Bram.
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  await page.getByRole('button', { name: `Stemmen als ${members[0]}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Bram toevoegen aan je volgorde' }).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Cor toevoegen aan je volgorde' }).count(), 0);
  await dialog.getByRole('button', { name: 'Bram toevoegen aan je volgorde' }).click();
  await dialog.getByRole('button', { name: 'Verder' }).click();
  await dialog.getByRole('button', { name: 'Ja, stem uitbrengen' }).click();
  await dialog.getByRole('button', { name: 'Volgende kiezer' }).click();
  // Paper ballots printed before the withdrawal: two put Cor first, then Bram.
  await page.getByText('Papieren stembiljetten toevoegen (BLT-bestand)').click();
  const blt = '3 1\n2 3 2 0\n2 1 0\n0\n"Anna" "Bram" "Cor"\n"Penningmeester"\n';
  await page.getByLabel('BLT-bestand').setInputFiles({ name: 'papier.blt', mimeType: 'text/plain', buffer: Buffer.from(blt) });
  await page.getByText('4 stembiljetten uit het BLT-bestand toegevoegd.').waitFor();
  await page.getByRole('button', { name: 'Stemming sluiten en uitslag tonen' }).click();
  await page.getByRole('button', { name: 'Voorzitter stelt de uitslag vast' }).click();
  await page.getByText('De uitslag van de verkiezing is vastgesteld.').waitFor();
  // Cor's two ballots count for Bram: 3 against Anna's 2.
  assert.match(await page.locator('.results-live .result .result-headline').textContent(), /✔ Gekozen: Bram/);
  assert.match(await page.locator('.results-live table.rounds').textContent(), /teruggetrokken/);
  // Declared: no more withdrawals.
  assert.equal(await page.getByRole('button', { name: /^Terugtrekken|^Toch weer kandidaat/ }).count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});
