// Style isolation both ways (issue 4): the hostile page's CSS does not change
// the widget, and the widget's CSS does not change the host page.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

/** Computed properties compared between plain.html and hostile.html. */
const WIDGET_PROPS = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-indent', 'text-align', 'text-decoration-line', 'color', 'background-color',
  'display', 'visibility', 'float', 'box-sizing', 'transform', 'border-top-style', 'border-top-width',
  'border-top-color', 'border-top-left-radius', 'padding-top', 'padding-left', 'margin-top', 'cursor', 'opacity',
];

/** Widget elements measured on the welcome step, then on the profile step. */
const WELCOME = {
  host: '.sd-host', root: '.sd-root', brand: '.sd-brand', heading: 'h2', lead: '.sd-lead',
  fact: '.sd-facts li', start: '.sd-button', storage: '.sd-storage', lang: '.sd-lang__button',
};
const PROFILE = {
  heading: 'h2', intro: '.sd-step__intro', fieldset: 'fieldset', legend: 'legend', option: '.sd-option',
  radio: 'input[type="radio"]', label: '.sd-field__label', text: 'input[type="text"]', next: '.sd-nav .sd-button:last-child',
};

async function widgetStyles(page, selectors) {
  return page.evaluate(
    ({ selectors, props }) => {
      const root = document.querySelector('siae-diagnostic').shadowRoot;
      const out = {};
      for (const [name, sel] of Object.entries(selectors)) {
        const el = root.querySelector(sel);
        if (!el) throw new Error(`no ${sel} in the widget`);
        const cs = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        out[name] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        // Same styles, same wording, same width available => same height.
        out[name].height = Math.round(box.height);
      }
      return out;
    },
    { selectors, props: WIDGET_PROPS },
  );
}

/** Opens a demo with the widget given the same width on both pages. */
async function openAt(newPage, url) {
  const page = await newPage();
  await page.goto(url);
  await page.locator('siae-diagnostic').getByRole('button', { name: 'Commencer le diagnostic' }).waitFor();
  // The two pages give the widget different widths; fix the width of the
  // element's parent (its containing block even if the element were made
  // inline) so text wraps identically. Host-side styles only, nothing inside.
  await page.evaluate(() => {
    const parent = document.querySelector('siae-diagnostic').parentElement;
    parent.style.setProperty('width', '700px');
    parent.style.setProperty('max-width', 'none');
    parent.style.setProperty('padding', '0');
  });
  return page;
}

/** One line per differing property: `prop: plain "x" / hostile "y" (on: elements)`. */
function diff(a, b) {
  const byProp = new Map();
  for (const name of Object.keys(a)) {
    for (const [prop, value] of Object.entries(a[name])) {
      if (b[name][prop] === value) continue;
      const line = `${prop}: plain ${JSON.stringify(value)} / hostile ${JSON.stringify(b[name][prop])}`;
      byProp.set(line, [...(byProp.get(line) ?? []), name]);
    }
  }
  return [...byProp].map(([line, names]) => `${line} (on: ${names.join(', ')})`);
}

/** Computed styles and boxes of host elements, and what the host document holds in styles. */
async function hostSnapshot(page) {
  return page.evaluate(() => {
    const props = ['font-family', 'font-size', 'color', 'background-color', 'line-height', 'letter-spacing', 'text-transform',
      'margin-top', 'padding-top', 'border-top-width', 'border-top-style', 'display', 'box-sizing', 'font-weight', 'width', 'height'];
    const pick = (el) => {
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Page coordinates: the widget scrolls itself into view on a change of step. To 1/100 px:
      // Firefox's layout moves boxes by 0.00002 px when the page below them grows.
      const r = (v) => Math.round(v * 100) / 100;
      return { ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), x: r(box.x + scrollX), y: r(box.y + scrollY), w: r(box.width), h: r(box.height) };
    };
    const els = {};
    for (const sel of ['html', 'body', '.card', 'button.btn', 'h1', 'h2', 'p', 'header', '.site-header']) {
      const el = document.querySelector(sel);
      if (el) els[sel] = pick(el);
    }
    return {
      els,
      headStyles: document.head.querySelectorAll('style, link').length,
      docStyles: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
    };
  });
}

/** Differences between two snapshots; <html> and <body> contain the widget, so their height may grow. */
function changes(before, after) {
  const out = [];
  for (const [sel, props] of Object.entries(before.els)) {
    for (const [prop, value] of Object.entries(props)) {
      if (['html', 'body'].includes(sel) && ['height', 'h'].includes(prop)) continue;
      if (after.els[sel]?.[prop] !== value) out.push(`${sel} ${prop}: ${value} -> ${after.els[sel]?.[prop]}`);
    }
  }
  return out;
}

test('hostile.html: the widget computes the same styles as on plain.html (welcome and profile steps)', async ({ baseUrl, newPage }) => {
  const plain = await openAt(newPage, `${baseUrl}/demo/plain.html`);
  const hostile = await openAt(newPage, `${baseUrl}/demo/hostile.html`);
  const problems = diff(await widgetStyles(plain, WELCOME), await widgetStyles(hostile, WELCOME));

  for (const page of [plain, hostile]) {
    await page.locator('siae-diagnostic').getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await page.locator('siae-diagnostic').getByRole('radio').first().waitFor();
  }
  const p = await widgetStyles(plain, PROFILE);
  const h = await widgetStyles(hostile, PROFILE);
  problems.push(...diff(p, h));
  assert.ok(!problems.length, `the host page's CSS reaches the widget:\n  ${problems.join('\n  ')}`);

  // The key ones, spelled out (hostile.css sets them with !important).
  assert.equal(h.radio.display, p.radio.display);
  assert.notEqual(h.radio.display, 'none', 'input { display: none !important } hid the widget\'s radios');
  assert.notEqual(h.text.display, 'none', 'input { display: none !important } hid the widget\'s text input');
  assert.equal(h.heading['text-transform'], 'none');
  assert.ok(await hostile.locator('siae-diagnostic').getByRole('radio').first().isVisible());
});

test('hostile.html: the start button looks the same as on plain.html (font-size, background, family)', async ({ baseUrl, newPage }) => {
  const styles = [];
  for (const name of ['plain', 'hostile']) {
    const page = await openAt(newPage, `${baseUrl}/demo/${name}.html`);
    styles.push(await widgetStyles(page, { start: '.sd-button', heading: 'h2' }));
  }
  const [plain, hostile] = styles;
  assert.equal(hostile.start['font-size'], plain.start['font-size']);
  assert.equal(hostile.start['background-color'], plain.start['background-color']);
  assert.notEqual(hostile.start['background-color'], 'rgb(255, 105, 180)', 'hotpink leaked in');
  assert.equal(hostile.heading['font-family'], plain.heading['font-family']);
  assert.ok(!/comic/i.test(hostile.heading['font-family']), 'Comic Sans leaked in');
  assert.equal(hostile.heading['text-transform'], plain.heading['text-transform']);
  assert.equal(hostile.start.display, plain.start.display);
});

for (const name of ['hostile', 'plain']) {
  test(`${name}.html: the widget's CSS changes nothing on the host page (styles before / after mounting)`, async ({ baseUrl, newPage, assertClean, browserName }) => {
    const page = await newPage();
    // Firefox shows a real scrollbar (about 12 px) once the widget makes the page taller, which
    // narrows the host page: keep one from the start so only the widget's CSS could change it.
    if (browserName === 'firefox') await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.overflowY = 'scroll'; }));
    // First without the widget: embed.js is held back, <siae-diagnostic> stays an unknown element.
    await page.route('**/embed.js', (route) => route.abort());
    await page.goto(`${baseUrl}/demo/${name}.html`, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => customElements.get('siae-diagnostic')), undefined);
    const before = await hostSnapshot(page);
    // Pixels of the host page above the widget, as a partner would see them.
    const clip = await page.evaluate(() => {
      const top = document.querySelector('siae-diagnostic').getBoundingClientRect().top + scrollY;
      return { x: 0, y: 0, width: document.documentElement.clientWidth, height: Math.floor(top) };
    });
    const pixelsBefore = await page.screenshot({ clip });
    assert.ok(Object.keys(before.els).length >= 5, `too few host elements found: ${Object.keys(before.els)}`);

    // Then the widget mounts on the same page.
    await page.unroute('**/embed.js');
    await page.addScriptTag({ url: '../embed.js' });
    const start = page.locator('siae-diagnostic').getByRole('button', { name: 'Commencer le diagnostic' });
    await start.waitFor();
    const after = await hostSnapshot(page);

    const changed = changes(before, after);
    assert.ok((await page.screenshot({ clip })).equals(pixelsBefore), 'the host page above the widget changed pixels');
    assert.ok(!changed.length, `mounting the widget changed the host:\n  ${changed.join('\n  ')}`);
    // embed.js itself is the one <script> added; no <style>/<link> in the host document.
    assert.equal(after.headStyles, before.headStyles, 'a <style> or <link> was added to the host <head>');
    assert.equal(after.docStyles, before.docStyles, 'a <style> or <link> was added to the host document');
    assert.equal(after.styleSheets, before.styleSheets, 'document.styleSheets changed');
    assert.equal(after.adopted, 0, 'the host document got adopted stylesheets');

    // Still true once the widget has moved on to a step with form fields.
    await start.click();
    await page.locator('siae-diagnostic').getByRole('radio').first().waitFor();
    const later = await hostSnapshot(page);
    const changedLater = changes(before, later);
    assert.ok(!changedLater.length, `the widget's profile step changed the host:\n  ${changedLater.join('\n  ')}`);
    assert.equal(later.docStyles, before.docStyles);
    assert.equal(later.adopted, 0);
    // The only accepted noise is the embed.js request deliberately aborted above.
    await assertClean(page, { allowConsole: /Failed to load resource: net::ERR_FAILED/ });
  });
}
