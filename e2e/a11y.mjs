// Accessibility helpers for the end-to-end suite: axe-core (WCAG 2.0/2.1 A and AA)
// and the checks axe cannot make (tap target size, visible keyboard focus).
//
// axe is injected with page.evaluate(source): that runs through the DevTools
// protocol and is not subject to the page's Content-Security-Policy. (Playwright's
// page.addScriptTag, with `content` or with `path`, adds an inline <script>, which
// the CSP blocks, as it should.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The axe rule tags we hold the app to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a check; `minor` and `moderate` are returned for reporting. */
export const FAILING_IMPACTS = ['serious', 'critical'];

/**
 * Runs axe on the whole page. Throws, with one readable paragraph per rule (id,
 * impact, help, the CSS selectors of the offending nodes), when any violation has
 * impact `serious` or `critical`. Returns { rules, passes, incomplete, violations }.
 */
export async function checkA11y(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    return {
      rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
      passes: r.passes.length,
      incomplete: r.incomplete.map((v) => v.id),
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      })),
    };
  }, WCAG_TAGS);
  const failing = result.violations.filter((v) => FAILING_IMPACTS.includes(v.impact));
  if (failing.length > 0) {
    throw new Error(`axe (${label}): ${failing.length} serious or critical violation(s)\n\n${formatViolations(failing)}`);
  }
  return result;
}

/** One paragraph per violation: what is wrong, where, and how to fix it. */
export function formatViolations(violations) {
  return violations.map((v) => [
    `[${v.impact}] ${v.id}: ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  at ${n.target}\n    ${(n.summary ?? '').replace(/\n/g, '\n    ')}`),
  ].join('\n')).join('\n\n');
}

/**
 * Buttons, nav links, the brand link and the skip link smaller than `min` px in
 * either direction, as [{ what, width, height }]. Hidden elements are skipped;
 * the skip link is measured while it has focus.
 */
export async function smallTapTargets(page, min = 44) {
  return page.evaluate((min) => {
    const small = [];
    const measure = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return; // not rendered
      if (r.width < min || r.height < min) {
        small.push({ what: `${el.tagName.toLowerCase()} "${el.textContent.trim()}"`, width: r.width, height: r.height });
      }
    };
    document.querySelectorAll('button, nav a, .brand-name, .card h2 a').forEach(measure);
    const skip = document.querySelector('.skip-link');
    if (skip) {
      const before = document.activeElement;
      skip.focus();
      measure(skip);
      if (before instanceof HTMLElement) before.focus(); else skip.blur();
    }
    return small;
  }, min);
}

/**
 * Presses Tab through the page from the top until focus comes round again and
 * returns, for every element reached, its description, whether it lies inside
 * the viewport, its computed outline and its box in page coordinates. `maxTabs`
 * bounds the walk.
 */
export async function tabThrough(page, maxTabs = 60) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const seen = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${el.textContent.trim().slice(0, 40)}"`,
        key: el.outerHTML.slice(0, 200) + r.x + ',' + r.y,
        inViewport: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight && r.width > 0,
        outlineStyle: s.outlineStyle,
        outlineWidth: s.outlineWidth,
        outlineColor: s.outlineColor,
        box: { left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY },
      };
    });
    if (info === null || (seen.length > 0 && info.key === seen[0].key)) break;
    seen.push(info);
  }
  return seen;
}

/**
 * Steps of a Tab walk (from tabThrough) where focus jumps backwards against the
 * reading order: to the left on the same row, or up and to the left. Moving up to
 * the right (the next column of a grid) is allowed. Returns ["a → b", …].
 */
export function focusOrderJumps(reached) {
  const jumps = [];
  for (let i = 1; i < reached.length; i++) {
    const a = reached[i - 1].box;
    const b = reached[i].box;
    const sameRow = b.top < a.bottom - 1 && b.bottom > a.top + 1;
    const above = b.bottom <= a.top + 1;
    if ((sameRow && b.right <= a.left + 1) || (above && b.left < a.left - 1)) {
      jumps.push(`${reached[i - 1].what} → ${reached[i].what}`);
    }
  }
  return jumps;
}
