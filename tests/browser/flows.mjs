// User flows shared by the journey / print / transfer browser tests: French wording
// read from locales/fr, the personas read from tests/personas/*.ts, and small
// steps (start, answer a persona by mouse, reach the results) that query by role
// and accessible name as a user would. Playwright locators pierce open shadow roots.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { RESULTS_DIR, REPO_ROOT, newPage } from './helpers.mjs';
import { CONTEXT_OPTIONS, WAIT_TIMEOUT } from './lib/context.mjs';

const readJson = (rel) => JSON.parse(readFileSync(path.join(REPO_ROOT, rel), 'utf8'));

/** `ui` with `resultsUi` (the results screens' keys, which come with results.js) merged in, as the widget looks them up. */
function uiWording(lng) {
  const ui = readJson(`locales/${lng}/ui.json`);
  for (const [group, keys] of Object.entries(readJson(`locales/${lng}/resultsUi.json`))) ui[group] = { ...ui[group], ...keys };
  return ui;
}

/** The French wording, as shipped. */
export const fr = {
  ui: uiWording('fr'),
  q: readJson('locales/fr/questionnaire.json'),
  recos: readJson('locales/fr/recommendations.json'),
  study: readJson('locales/fr/study.json'),
};
export const DIMENSIONS = ['equipment', 'software', 'processes', 'skills', 'pathway', 'remote', 'strategy'];
export const dimTitle = (id) => fr.q.dimensions[id].title;
/** Headings of the 9 numbered steps: profile, 7 dimensions, review. */
export const STEP_TITLES = [fr.ui.profile.title, ...DIMENSIONS.map(dimTitle), fr.ui.review.title];
/** Question id → dimension, read from src/data/questions/<dimension>.ts (ids such as iae_who carry no dimension prefix). */
const DIMENSION_OF = new Map();
for (const file of readdirSync(path.join(REPO_ROOT, 'src', 'data', 'questions'))) {
  const ts = readFileSync(path.join(REPO_ROOT, 'src', 'data', 'questions', file), 'utf8');
  const dimension = /const dimension = '(\w+)'/.exec(ts)?.[1];
  if (dimension) for (const m of ts.matchAll(/id: '(\w+)'/g)) DIMENSION_OF.set(m[1], dimension);
}
export const dimensionOf = (questionId) => DIMENSION_OF.get(questionId);

/**
 * A persona from tests/personas/<name>.ts. Those files are plain object literals
 * with a type annotation; dropping the `import type` line and `: Persona` makes
 * them JavaScript, so the browser tests always use the same answers as the unit tests.
 */
const personaCache = new Map();
export async function persona(name) {
  if (!personaCache.has(name)) {
    const ts = readFileSync(path.join(REPO_ROOT, 'tests', 'personas', `${name}.ts`), 'utf8');
    const js = ts.replace(/^import type .*$/gm, '').replace(/:\s*Persona\s*=/, ' =');
    const mod = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
    const p = mod[name];
    if (!p?.answers) throw new Error(`tests/personas/${name}.ts: could not read the persona`);
    for (const id of Object.keys(p.answers)) {
      if (!dimensionOf(id) || !fr.q.questions[id]) throw new Error(`persona ${name}: unknown question ${id}`);
    }
    personaCache.set(name, p);
  }
  return personaCache.get(name);
}
/** Overall scores as checked by hand in tests/unit/personas.test.ts. */
export const EXPECTED_SCORE = { beginnerAci: 14, equippedEi: 84, ettiToolsNotPeople: 58, allDontKnow: 0, smallAi: 36, eitiSupport: 63, smallAciNoComputers: 6, empty: 0 };

export const heading = (page, name, level = 2) => page.getByRole('heading', { name, exact: true, level });
export const button = (page, name) => page.getByRole('button', { name, exact: true });

/** Wait until the heading `name` is visible. */
export async function waitHeading(page, name, level = 2) {
  await heading(page, name, level).waitFor({ state: 'visible' });
}

/** Open `/` (or `url`) and start a fresh diagnostic: ends on the profile step. */
export async function startJourney(page, url) {
  await page.goto(url);
  await button(page, fr.ui.welcome.start).click();
  await waitHeading(page, fr.ui.profile.title);
}

function optionLabel(labels, value) {
  return value === 'dk' ? fr.ui.question.dontKnow : labels.options[value];
}

/**
 * Tick the answer(s) `value` (a string: radio; an array: checkboxes; 'dk': "Je ne sais pas")
 * of the profile or dimension question `id`, found by its legend and option labels.
 */
export async function answer(page, id, value) {
  const labels = id in fr.q.profile ? fr.q.profile[id] : fr.q.questions[id];
  const group = page.getByRole('group', { name: labels.label, exact: true });
  const role = Array.isArray(value) ? 'checkbox' : 'radio';
  for (const v of [value].flat()) await group.getByRole(role, { name: optionLabel(labels, v), exact: true }).check();
}

/** Click "Suivant" (or `label`) and wait for the next step's heading. */
export async function next(page, nextTitle, label = fr.ui.nav.next) {
  await button(page, label).click();
  await waitHeading(page, nextTitle);
}

/**
 * From the profile step, answer everything `p` answers (and type `structureName`),
 * step by step, by mouse; ends on the review step.
 */
export async function answerPersona(page, p, { structureName } = {}) {
  for (const [id, value] of Object.entries(p.profile)) await answer(page, id, value);
  if (structureName) await structureNameBox(page).fill(structureName);
  for (let i = 0; i < DIMENSIONS.length; i++) {
    await next(page, dimTitle(DIMENSIONS[i]));
    for (const [id, value] of Object.entries(p.answers)) {
      if (dimensionOf(id) === DIMENSIONS[i]) await answer(page, id, value);
    }
  }
  await next(page, fr.ui.review.title);
}

export const structureNameBox = (page) =>
  page.getByRole('textbox', { name: new RegExp(`^${escapeRe(fr.ui.profile.structureName)}`) });

/**
 * Waits until every frame of `page` that holds the widget has its late script (results.js,
 * fetched in idle time after the first screen). Instead of `networkidle`, which an iframe's
 * late fetch kept from coming within 10 s on a loaded CI machine.
 */
export async function lateLoaded(page) {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => Boolean(window.SiaeDiagnostic))) await frame.waitForFunction(() => Boolean(window.SiaeDiagnostic?.results));
  }
}

/** From the review step: "Voir mes résultats", wait for "Vos résultats". */
export async function finishToResults(page) {
  await next(page, fr.ui.results.title, fr.ui.review.seeResults);
  // The heading shows at once; the results themselves come with results.js (fetched in idle time).
  await page.locator('.sd-summary__score').first().waitFor();
}

/** Start at `url`, answer persona `name`, reach the results. Returns the persona. */
export async function personaToResults(page, url, name, opts) {
  const p = await persona(name);
  await startJourney(page, url);
  await answerPersona(page, p, opts);
  await finishToResults(page);
  return p;
}

/** Start at `url` and click through every step without answering: results with score 0. */
export async function emptyToResults(page, url) {
  await startJourney(page, url);
  for (const title of STEP_TITLES.slice(1)) await next(page, title);
  await finishToResults(page);
}

/** Choose `file` ({ name, mimeType, buffer }) in the results' "Importer des réponses". */
export async function importFile(page, file) {
  await page.getByLabel(fr.ui.transfer.import, { exact: true }).setInputFiles(file);
}

/** Click "Télécharger mes réponses"; returns { name, text }. */
export async function downloadAnswers(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, fr.ui.transfer.download).click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** The overall score shown on the results ("NN / 100"), as a number. */
export async function overallScore(page) {
  const text = await page.locator('.sd-summary__score').first().innerText();
  const m = /^\s*(\d+)\s*\/\s*100\s*$/.exec(text);
  if (!m) throw new Error(`overall score not shown as "NN / 100": ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/** The element that has focus, through open shadow roots. */
export async function deepActive(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      text: (el.textContent || '').trim().replace(/\s+/g, ' '),
      label: el.closest('label')?.textContent.trim().replace(/\s+/g, ' ') ?? null,
      legend: el.closest('fieldset')?.querySelector('legend')?.textContent.trim() ?? null,
      checked: el.checked ?? null,
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      insideWidget: el.getRootNode() !== document,
    };
  });
}

/** The widget's shadowRoot.activeElement on the standalone page, as `<tag> text`. */
export async function widgetFocus(page) {
  return page.evaluate(() => {
    const el = document.querySelector('#siae-diagnostic')?.shadowRoot?.activeElement;
    return el ? `<${el.tagName.toLowerCase()}> ${(el.textContent || '').trim()}` : null;
  });
}

/** Press Tab until `match(active)` holds; throws after `max` presses. Returns the active element. */
export async function tabUntil(page, match, { max = 80, key = 'Tab', what = 'the target' } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const a = await deepActive(page);
    if (a && match(a)) return a;
    seen.push(a ? `<${a.tag}${a.type ? ` ${a.type}` : ''}> ${(a.label ?? a.text).slice(0, 40)}` : 'null');
  }
  throw new Error(`${max} × ${key} never reached ${what}; focus went through:\n  ${seen.join('\n  ')}`);
}

/** Full-page screenshot into test-results/screens/<name>-<width>.png. */
export async function screen(page, name) {
  const dir = path.join(RESULTS_DIR, 'screens');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}-${page.viewportSize().width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A second fresh context (as the runner makes them) and an instrumented page; close the context yourself. */
export async function freshPage(browser, options = {}) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...options });
  context.setDefaultTimeout(WAIT_TIMEOUT);
  return { context, page: await newPage(context) };
}

/** Every visible text whitespace-normalised (NBSP / narrow NBSP as spaces). */
export const norm = (s) => String(s).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Later: the structure wrote a plan, named a lead, trained its teams (edited from the review); returns the new score. */
export async function improveStrategy(page) {
  await button(page, fr.ui.results.edit).click();
  await heading(page, fr.ui.review.title).waitFor();
  await button(page, `${fr.ui.review.edit} : ${dimTitle('strategy')}`).click();
  await heading(page, dimTitle('strategy')).waitFor();
  const better = { strat_plan: 'budget', strat_lead: 'named_time', strat_training: 'all_teams', strat_ambassadors: 'several' };
  for (const [id, value] of Object.entries(better)) await answer(page, id, value);
  await next(page, fr.ui.review.title);
  await finishToResults(page);
  return overallScore(page);
}
