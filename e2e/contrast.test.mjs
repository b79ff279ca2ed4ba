// Colour contrast of the palette in styles/main.css (WCAG 2.1: text 4.5:1, focus
// indicator and other non-text 3:1), including the pairs axe never sees on a
// rendered page: hover states, the focus ring, result colours not used yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const css = readFileSync(join(ROOT, 'styles', 'main.css'), 'utf8');
const root = css.match(/:root\s*{([^}]*)}/)[1];
const palette = Object.fromEntries([...root.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]));
palette.white = '#ffffff';

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum, where]
const PAIRS = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'text in the header'],
  ['muted', 'bg', 4.5, 'notes, footer'],
  ['muted', 'surface', 4.5, 'tagline'],
  ['primary', 'bg', 4.5, 'links, secondary buttons'],
  ['primary', 'surface', 4.5, 'nav links'],
  ['primary-dark', 'bg', 4.5, 'link hover'],
  ['primary-dark', 'surface', 4.5, 'language switch hover'],
  ['white', 'primary', 4.5, 'buttons, current nav link, skip link'],
  ['white', 'primary-dark', 4.5, 'button hover'],
  ['passed', 'bg', 4.5, 'passed'],
  ['rejected', 'bg', 4.5, 'rejected'],
  ['noquorum', 'bg', 4.5, 'no quorum, badge'],
  ['passed', 'surface', 4.5, 'passed on a card'],
  ['rejected', 'surface', 4.5, 'rejected on a card'],
  ['noquorum', 'surface', 4.5, 'no quorum on a card'],
  ['focus', 'bg', 3, 'focus ring'],
  ['focus', 'surface', 3, 'focus ring in the header'],
  ['primary', 'bg', 3, 'button border'],
];

test('the palette meets WCAG AA contrast', (t) => {
  const failures = [];
  for (const [fg, bg, min, where] of PAIRS) {
    assert.ok(palette[fg] && palette[bg], `--${fg} and --${bg} are defined in :root`);
    const ratio = contrast(palette[fg], palette[bg]);
    t.diagnostic(`${where}: --${fg} on --${bg} ${ratio.toFixed(2)}:1 (needs ${min})`);
    if (ratio < min) failures.push(`${where}: --${fg} ${palette[fg]} on --${bg} ${palette[bg]} is ${ratio.toFixed(2)}:1, needs ${min}:1`);
  }
  assert.deepEqual(failures, []);
});
