// A keyboard-only journey: every interaction below is page.keyboard; the page is
// only read (focus, URL, language), never clicked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** What has focus: { tag, id, cls, href, text, inNav, inMain, visible }. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: String(el.className),
      href: el.getAttribute('href'),
      text: el.textContent.trim(),
      inNav: !!el.closest('nav'),
      inMain: !!el.closest('main'),
      visible: r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    };
  });
}

/** Presses `key` until `done(focus)` holds; fails after `max` presses. Returns the focus trail. */
async function pressUntil(page, key, done, max = 30) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    trail.push(f);
    if (done(f)) return trail;
  }
  assert.fail(`${key} ×${max} never reached the target; focus went ${trail.map((f) => f.text || f.tag).join(' → ')}`);
}

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 360, height: 740 }]]) {
  test(`keyboard only: skip link, navigation, heading focus, language (${device})`, async () => {
    const context = await env.browser.newContext({ viewport });
    const page = await newPage(context, env.base);
    const homeTitle = await page.locator('main h1').textContent();

    // 1. The first Tab reaches the skip link, which then shows on screen.
    await page.keyboard.press('Tab');
    let f = await focused(page);
    assert.equal(f.cls, 'skip-link', `first Tab focused ${f.tag} "${f.text}"`);
    assert.equal(f.visible, true, 'the focused skip link is visible');

    // 2. Enter skips to the content: focus in <main>, same page, same URL.
    await page.keyboard.press('Enter');
    f = await focused(page);
    assert.equal(f.id, 'main', `after the skip link, focus is on ${f.tag}#${f.id}`);
    assert.match(page.url(), /#\/$/);
    assert.equal(await page.locator('main h1').textContent(), homeTitle);
    assert.equal((await focused(page)).visible, true);
    assert.equal(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().right <= 0), true,
      'the skip link hides again once it loses focus');

    // 3. Tab goes on through the content (not back through the header), round to the navigation.
    const trail = await pressUntil(page, 'Tab', (x) => x.inNav, 80);
    assert.equal(trail[0].inMain, true, `the first Tab after skipping stays in the content, got "${trail[0].text}"`);

    // 4. Tab along the navigation links to "Collectief" and open it with Enter: another
    //    page (its own wasm module), which starts at the top like any page load, so the
    //    first Tab reaches its skip link.
    await pressUntil(page, 'Tab', (x) => x.inNav && x.href?.endsWith('#/collectief'), 10);
    await page.keyboard.press('Enter');
    await page.waitForURL(/collectief\.html#\/collectief$/);
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.equal(f.cls, 'skip-link', `first Tab on the new page focused ${f.tag} "${f.text}"`);

    //    "Vergadering" is on the same page: Enter moves focus to its heading.
    await pressUntil(page, 'Tab', (x) => x.inNav && x.href?.endsWith('#/vergadering'), 12);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/vergadering$/);
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));
    f = await focused(page);
    assert.equal(f.tag, 'h1', 'focus lands on the page heading');
    assert.notEqual(f.text, homeTitle);

    // 5. Back to the language switch with Shift+Tab; Enter switches to English, Space back to Dutch.
    await pressUntil(page, 'Shift+Tab', (x) => x.id === 'lang-switch', 10);
    await page.keyboard.press('Enter');
    await page.locator('html[lang="en"]').waitFor();
    f = await focused(page);
    assert.equal(f.id, 'lang-switch', 'focus stays on the language switch');
    assert.equal(f.text, 'Nederlands');
    await page.keyboard.press('Space');
    await page.locator('html[lang="nl"]').waitFor();
    assert.equal((await focused(page)).text, 'English');
    assert.match(page.url(), /#\/vergadering$/, 'switching language keeps the page');

    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
