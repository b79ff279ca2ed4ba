// Content-Security-Policy: the strict policy is in the built page, the app runs
// under it without a single violation, and injected inline script does not run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, newPage, DIST } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A context that records every CSP violation into window.__cspViolations, from the first byte. */
async function recordingContext() {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return context;
}

/** The policy in dist/`file`, as { directive: [values] }. */
function builtPolicy(file) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  assert.equal(metas.length, 1, `exactly one CSP <meta> in dist/${file}`);
  assert.ok(metas[0].index < html.search(/<script|<link/), 'the CSP <meta> comes before every script and link');
  return Object.fromEntries(metas[0][1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

test('each built page carries a strict policy', () => {
  for (const file of ['index.html', 'rechtsvorm.html', 'collectief.html']) {
    const p = builtPolicy(file);
    assert.deepEqual(p['default-src'], ["'self'"]);
    assert.deepEqual(p['style-src'], ["'self'"]);
    assert.deepEqual(p['object-src'], ["'none'"]);
    assert.deepEqual(p['base-uri'], ["'none'"]);
    assert.deepEqual(p['form-action'], ["'none'"]);
    const script = p['script-src'];
    assert.deepEqual(script.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
    assert.ok(script.slice(2).length >= 1 && script.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
      `script-src allows inline script only by hash: ${script.join(' ')}`);
    const all = Object.values(p).flat();
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
      assert.ok(!all.includes(bad), `policy must not allow ${bad}`);
    }
    assert.ok(!all.some((v) => /^[a-z]+:\/\/|\./.test(v)), 'no external hosts');
  }
});

test('the app runs under the policy without violations, on every page', async () => {
  const context = await recordingContext();
  const page = await newPage(context, env.base);
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1);
  const nav = page.getByRole('navigation');
  // Every link in the navigation, to another page (a new document) or within one.
  const hrefs = await nav.locator('a[href*="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, 4);
  for (const href of [...hrefs, hrefs[0]]) {
    await nav.locator(`a[href="${href}"]`).click();
    await page.locator(`nav a[href="${href}"][aria-current="page"]`).waitFor();
    await page.locator('main h1').waitFor();
    // Each page is its own document with its own list: check it before leaving.
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], href);
  }
  await page.locator('#lang-switch').click();
  await page.locator('html[lang="en"]').waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  // the service worker registers on `load`; give it a moment to report trouble
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('injected inline script does not run', async () => {
  const context = await recordingContext();
  const page = await newPage(context, env.base);
  const violations = () => page.evaluate(() => window.__cspViolations);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__cspViolations.length >= 1);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await violations(), ['script-src-elem blocked inline']);

  // Nor do the other ways in: a string as code (eval), an inline event handler, a javascript: URL.
  // (eval called from page.evaluate itself is exempt: DevTools may always evaluate.)
  await page.evaluate(() => setTimeout('window.__pwned = 2', 0));
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="missing.png" onerror="window.__pwned = 3">'));
  await page.waitForFunction(() => window.__cspViolations.length >= 3);
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'javascript:window.__pwned = 4';
    document.body.append(a);
    a.click();
  });
  await page.waitForFunction(() => window.__cspViolations.length >= 4);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual((await violations()).sort(), [
    'script-src blocked eval',
    'script-src-attr blocked inline',
    'script-src-elem blocked inline',
    'script-src-elem blocked inline',
  ]);
  // The console reports each refusal (and the missing image): nothing else.
  assert.ok(page.errors.every((e) => /Content Security Policy|404/.test(e)), page.errors.join('\n'));
  await context.close();
});
