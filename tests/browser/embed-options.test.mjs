// Options and theming (issue 4): invalid values fall back to defaults with one
// console warning each and the widget still renders; `accent` and the
// documented CSS custom properties change the look.
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './helpers.mjs';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';
const DEFAULT_ACCENT = 'rgb(11, 92, 173)'; // --sd-accent: #0b5cad in src/ui/styles.css

async function blankWithEmbed(page, baseUrl) {
  await page.route(`${baseUrl}/__blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><head><title>Vide</title></head><body><main></main></body></html>' }),
  );
  await page.goto(`${baseUrl}/__blank.html`);
  await page.addScriptTag({ url: `${baseUrl}/embed.js` });
}

function recordWarnings(page) {
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  return warnings;
}

/** Computed style of the first `.sd-button` in `selector`'s shadow root. */
function buttonStyle(page, selector, prop = 'background-color') {
  return page.evaluate(
    ({ selector, prop }) => getComputedStyle(document.querySelector(selector).shadowRoot.querySelector('.sd-button')).getPropertyValue(prop),
    { selector, prop },
  );
}

const INVALID = [
  ['storage', 'cloud'],
  ['accent', 'notacolour'],
  ['lang', 'xx'],
];

function assertOneWarningEach(warnings) {
  for (const [name, value] of INVALID) {
    const about = warnings.filter((w) => w.includes(`"${value}"`));
    assert.equal(about.length, 1, `${name}="${value}": ${about.length} warning(s) instead of 1:\n  ${warnings.join('\n  ')}`);
    assert.match(about[0], new RegExp(name));
  }
  assert.equal(warnings.length, INVALID.length, `warnings:\n  ${warnings.join('\n  ')}`);
}

test('<siae-diagnostic storage="cloud" accent="notacolour" lang="xx">: renders in French with defaults, one warning per invalid value', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  const warnings = recordWarnings(page);
  await blankWithEmbed(page, baseUrl);
  await page.evaluate(() => {
    const el = document.createElement('siae-diagnostic');
    el.setAttribute('storage', 'cloud');
    el.setAttribute('accent', 'notacolour');
    el.setAttribute('lang', 'xx');
    el.setAttribute('storage-key', 'demo-invalid');
    document.querySelector('main').append(el);
  });
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).waitFor();
  await page.waitForTimeout(200);
  assertOneWarningEach(warnings);
  assert.equal(await buttonStyle(page, 'siae-diagnostic'), DEFAULT_ACCENT, 'accent did not fall back to the default');

  // storage fell back to "local": answers are kept under the key.
  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio').first().check();
  assert.ok(await page.evaluate(() => localStorage.getItem('demo-invalid')), 'storage did not fall back to local');
  assert.equal(warnings.length, INVALID.length, 'more warnings while answering');
  await assertClean(page);
});

test('SiaeDiagnostic.mount with invalid options: renders, one warning per invalid value', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  const warnings = recordWarnings(page);
  await blankWithEmbed(page, baseUrl);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'by-mount';
    document.querySelector('main').append(div);
    window.SiaeDiagnostic.mount(div, { storage: 'cloud', accent: 'notacolour', lang: 'xx' });
  });
  await page.locator('#by-mount').getByRole('button', { name: START }).waitFor();
  await page.waitForTimeout(200);
  assertOneWarningEach(warnings);
  await assertClean(page);
});

test('valid options give no warning; accent="…" sets the start button colour', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  const warnings = recordWarnings(page);
  await page.goto(`${baseUrl}/demo/two.html`);
  await page.locator('#diagnostic-b').getByRole('button', { name: START }).waitFor();
  assert.deepEqual(warnings, []);
  assert.equal(await buttonStyle(page, '#diagnostic-a'), 'rgb(11, 92, 173)');
  assert.equal(await buttonStyle(page, '#diagnostic-b'), 'rgb(123, 31, 162)');
  // On plain.html (no accent) the default colour.
  await page.goto(`${baseUrl}/demo/plain.html`);
  await page.locator('siae-diagnostic').getByRole('button', { name: START }).waitFor();
  assert.equal(await buttonStyle(page, 'siae-diagnostic'), DEFAULT_ACCENT);
});

test('theme.html: CSS custom properties set by the host on the element theme the widget', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/theme.html`);
  await page.locator('siae-diagnostic').getByRole('button', { name: START }).waitFor();
  assert.equal(await buttonStyle(page, 'siae-diagnostic'), 'rgb(0, 128, 0)', '--sd-accent from theme.css');
  assert.equal(await buttonStyle(page, 'siae-diagnostic', 'border-top-left-radius'), '0px', '--sd-radius from theme.css');
  assert.match(await buttonStyle(page, 'siae-diagnostic', 'font-family'), /^Georgia/, '--sd-font-family from theme.css');
  const text = await page.evaluate(() => getComputedStyle(document.querySelector('siae-diagnostic').shadowRoot.querySelector('.sd-host')).color);
  assert.equal(text, 'rgb(16, 42, 18)', '--sd-text from theme.css');

  // The same works for a property set later by the host, and the accent attribute wins over it.
  await page.evaluate(() => document.querySelector('siae-diagnostic').style.setProperty('--sd-accent', 'rgb(128, 0, 0)'));
  assert.equal(await buttonStyle(page, 'siae-diagnostic'), 'rgb(128, 0, 0)');
  await page.evaluate(() => document.querySelector('siae-diagnostic').setAttribute('accent', 'rgb(0, 0, 128)'));
  await page.waitForFunction(() => {
    const b = document.querySelector('siae-diagnostic').shadowRoot.querySelector('.sd-button');
    return b && getComputedStyle(b).backgroundColor === 'rgb(0, 0, 128)';
  });
  await assertClean(page);
});

test('a light brand accent (yellow option, turquoise host CSS, mounted before insertion) is kept readable: axe finds no contrast issue', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await blankWithEmbed(page, baseUrl);
  await page.addStyleTag({ content: '#by-css { --sd-accent: #7fffd4; }' });
  await page.evaluate(() => {
    for (const [id, options] of [['by-option', { accent: '#ffd400', storageKey: 'yellow' }], ['by-css', { storageKey: 'turquoise' }], ['detached', { accent: '#ffd400', storageKey: 'detached' }]]) {
      const el = document.createElement('div');
      el.id = id;
      if (id !== 'detached') document.querySelector('main').append(el);
      window.SiaeDiagnostic.mount(el, options);
      if (id === 'detached') document.querySelector('main').append(el);
    }
  });
  for (const id of ['by-option', 'by-css', 'detached']) {
    const widget = page.locator(`#${id}`);
    await widget.getByRole('button', { name: START }).waitFor();
    assert.notEqual(await buttonStyle(page, `#${id}`, 'color'), 'rgb(255, 255, 255)', `${id}: white text on a light accent`);
    assert.equal(await buttonStyle(page, `#${id}`), id === 'by-css' ? 'rgb(127, 255, 212)' : 'rgb(255, 212, 0)', 'the brand colour still fills the buttons');
    await widget.getByRole('button', { name: START }).click();
    await widget.getByRole('radio').first().check();
  }
  await assertNoAxeViolations(page);
  await assertClean(page);
});
