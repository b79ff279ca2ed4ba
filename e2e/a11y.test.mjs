// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on every page, in Dutch and
// English, on a phone and a desktop; tap targets of at least 44 px; a visible
// 3 px focus outline on every control reached with Tab, in reading order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, at } from './harness.mjs';
import { checkA11y, formatViolations, smallTapTargets, tabThrough, focusOrderJumps } from './a11y.mjs';

const VIEWPORTS = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};
// The routes of the brief plus an unknown one; pages added later that appear in the
// navigation are picked up from it (see routesOf).
const ROUTES = ['#/', '#/rechtsvorm', '#/collectief', '#/vergadering', '#/bestaat-niet'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The fixed routes plus the route (`#/…`) of every link in the navigation. */
async function routesOf(page) {
  const nav = await page.locator('nav a[href*="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href').replace(/^[^#]*/, '')));
  return [...new Set([...ROUTES, ...nav])];
}

/** A fresh load of `hash` (not a same-document hash change), in the context's language. */
async function load(page, hash, lang) {
  await page.goto('about:blank');
  await page.goto(at(env.base, hash));
  await page.locator('main h1').waitFor();
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

/** A page in `lang` ('nl' or 'en'), switched through the interface as a user would. */
async function pageIn(context, lang) {
  const page = await newPage(context, env.base);
  if (lang === 'en') {
    await page.locator('#lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
  }
  return page;
}

for (const [device, options] of Object.entries(VIEWPORTS)) {
  for (const lang of ['nl', 'en']) {
    test(`axe: every page, ${lang}, ${device}`, async (t) => {
      const context = await env.browser.newContext(options);
      const page = await pageIn(context, lang);
      let rules = 0;
      const minor = [];
      for (const hash of await routesOf(page)) {
        await load(page, hash, lang);
        const result = await checkA11y(page, `${hash} ${lang} ${device}`);
        rules = Math.max(rules, result.rules);
        if (result.violations.length) minor.push(`${hash}:\n${formatViolations(result.violations)}`);
        if (result.incomplete.length) t.diagnostic(`${hash}: axe needs review: ${result.incomplete.join(', ')}`);
      }
      t.diagnostic(`${rules} axe rules per page`);
      for (const m of minor) t.diagnostic(`minor/moderate (not failing): ${m}`);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }

  test(`tap targets are at least 44 × 44 px, ${device}`, async () => {
    const context = await env.browser.newContext(options);
    const page = await newPage(context, env.base);
    for (const lang of ['nl', 'en']) {
      if (lang === 'en') await page.locator('#lang-switch').click();
      for (const hash of await routesOf(page)) {
        await load(page, hash, lang);
        assert.deepEqual(await smallTapTargets(page), [], `${hash} ${lang}`);
      }
    }
    await context.close();
  });

  test(`Tab reaches every control in reading order, with a visible 3 px focus outline, ${device}`, async () => {
    const context = await env.browser.newContext(options);
    const page = await newPage(context, env.base);
    for (const hash of await routesOf(page)) {
      await load(page, hash, 'nl');
      const reached = await tabThrough(page);
      assert.ok(reached.length >= 6, `${hash}: only ${reached.length} controls reached with Tab`);
      for (const c of reached) {
        assert.equal(c.inViewport, true, `${hash}: ${c.what} has focus but is not on screen`);
        assert.notEqual(c.outlineStyle, 'none', `${hash}: ${c.what} has no focus outline`);
        assert.equal(c.outlineWidth, '3px', `${hash}: ${c.what} focus outline is ${c.outlineWidth}`);
      }
      assert.deepEqual(focusOrderJumps(reached), [], `${hash}: Tab order does not follow the reading order`);
    }
    await context.close();
  });
}
