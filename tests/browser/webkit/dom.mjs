// Small WebDriver steps for the WebKit smoke suite: classic WebDriver has no locators that
// pierce shadow roots, so elements are found by script inside the widget's open shadow root
// (by role-like tag and visible text, as a user reads them) and then clicked by WebDriver.

import { readFileSync } from 'node:fs';

export const fr = JSON.parse(readFileSync(new URL('../../../locales/fr/ui.json', import.meta.url), 'utf8'));

/** Waits until `fn(...args)`, run in the page, returns something truthy; returns it. */
export function waitIn(wd, what, fn, ...args) {
  // 20 s: each step is a WebDriver round trip, slow on a loaded machine under Xvfb.
  return wd.wait(async () => (await wd.executeScript(fn, ...args)) || false, 20_000, `WebKit: waited for ${what}`);
}

/** In the shadow root of `host`, the first `selector` element whose text is `text` (all when text is null). */
function findInShadow(host, selector, text) {
  const root = document.querySelector(host)?.shadowRoot;
  if (!root) return null;
  const els = [...root.querySelectorAll(selector)];
  return text === null ? els[0] ?? null : els.find((e) => e.textContent.trim() === text) ?? null;
}

export const shadowEl = (wd, host, selector, text = null) =>
  waitIn(wd, `${selector} "${text ?? ''}" in ${host}`, findInShadow, host, selector, text);

export async function clickButton(wd, host, text) {
  await (await shadowEl(wd, host, 'button', text)).click();
}

/** Is a button labelled `text` in the widget now? */
export const hasButton = (wd, host, text) => wd.executeScript(findInShadow, host, 'button', text).then(Boolean);

/** Computed style properties of the first `selector` in the shadow root of `host`. */
export const shadowStyles = (wd, host, selector, props) =>
  wd.executeScript(
    (h, s, ps) => {
      const el = document.querySelector(h).shadowRoot.querySelector(s);
      const cs = getComputedStyle(el);
      return Object.fromEntries(ps.map((p) => [p, cs.getPropertyValue(p)]));
    },
    host,
    selector,
    props,
  );

/** Start, tick the first option of each step, "Suivant" until "Voir mes résultats", then the results. */
export async function walkToResults(wd, host) {
  await clickButton(wd, host, fr.welcome.start);
  for (let step = 0; step < 20 && !(await hasButton(wd, host, fr.review.seeResults)); step++) {
    const progress = await wd.executeScript((h) => document.querySelector(h).shadowRoot.querySelector('.sd-progress__text')?.textContent, host);
    const first = await wd.executeScript((h) => document.querySelector(h).shadowRoot.querySelector('input[type=radio]'), host);
    if (first) await first.click();
    await clickButton(wd, host, fr.nav.next);
    await waitIn(wd, 'the next step', (h, before) => document.querySelector(h).shadowRoot.querySelector('.sd-progress__text')?.textContent !== before, host, progress);
  }
  await clickButton(wd, host, fr.review.seeResults);
  await shadowEl(wd, host, 'h2', fr.results.title);
  // The heading shows at once; the results themselves come with results.js (fetched in idle time).
  await shadowEl(wd, host, '.sd-summary__score');
}

/** Records securitypolicyviolation events from now on (WebDriver classic has no init script: load-time ones are missed). */
export const collectCsp = (wd) =>
  wd.executeScript(() => {
    window.__wkCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__wkCsp.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
export const cspSeen = (wd) => wd.executeScript(() => window.__wkCsp);
