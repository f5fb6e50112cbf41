// Issue 3: the journey on the standalone page (`/`) — keyboard only, focus on each
// step's heading, resume after reload, visible focus, prefers-reduced-motion.
// Accessibility (axe) and layout (320 px, screenshots) are in journey-a11y / journey-layout.
import assert from 'node:assert/strict';
import {
  STEP_TITLES, button, deepActive, emptyToResults, fr, heading, overallScore, startJourney, tabUntil, waitHeading,
  widgetFocus,
} from './flows.mjs';
import { test } from './fixtures.mjs';

const TOTAL = STEP_TITLES.length; // 9: profile, 7 dimensions, review

/** Wait until the widget's shadowRoot.activeElement is the <h2> `title`. */
async function assertFocusOnHeading(page, title, when) {
  const want = `<h2> ${title}`;
  try {
    await page.waitForFunction((w) => {
      const el = document.querySelector('#siae-diagnostic')?.shadowRoot?.activeElement;
      return !!el && `<${el.tagName.toLowerCase()}> ${(el.textContent || '').trim()}` === w;
    }, want, { timeout: 3_000 });
  } catch {
    assert.equal(await widgetFocus(page), want, `${when}: focus should be on the step's <h2>`);
  }
}

const isInput = (a) => a.tag === 'input' && (a.type === 'radio' || a.type === 'checkbox');

/**
 * From the focused step heading, answer up to `count` questions with the keyboard:
 * Tab into each group; radios: Space picks the first option, ArrowDown moves to
 * (and picks) the second; checkboxes: Space ticks. Returns the legends answered.
 */
async function answerByKeyboard(page, count) {
  const answered = [];
  for (let i = 0; i < count; i++) {
    let a;
    try {
      a = await tabUntil(page, (x) => isInput(x) && !answered.includes(x.legend), { max: 15, what: 'a new question' });
    } catch {
      break; // no more question before the buttons (Tab went past them): fine, fewer answers
    }
    await page.keyboard.press('Space');
    let after = await deepActive(page);
    assert.equal(after.checked, true, `Space should tick "${a.label}" (${a.legend})`);
    if (a.type === 'radio') {
      await page.keyboard.press('ArrowDown');
      after = await deepActive(page);
      assert.equal(after.type, 'radio');
      assert.equal(after.legend, a.legend, 'ArrowDown should stay within the radio group');
      assert.notEqual(after.label, a.label, 'ArrowDown should move to the next option');
      assert.equal(after.checked, true, `ArrowDown should pick "${after.label}"`);
    }
    answered.push(a.legend);
  }
  return answered;
}

test('keyboard only: welcome → 9 steps → results, focus on each step heading (timed)', async ({ baseUrl, newPage, assertClean }) => {
  test.setTimeout(60_000);
  const page = await newPage();
  let presses = 0;
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = (key, opts) => {
    presses++;
    return press(key, opts);
  };
  const t0 = performance.now();
  await page.goto(`${baseUrl}/`);
  await waitHeading(page, fr.ui.welcome.title);
  await tabUntil(page, (a) => a.tag === 'button' && a.text === fr.ui.welcome.start, { what: fr.ui.welcome.start });
  await page.keyboard.press('Enter');

  let answeredTotal = 0;
  for (let i = 0; i < TOTAL; i++) {
    const title = STEP_TITLES[i];
    await assertFocusOnHeading(page, title, `step ${i + 1}`);
    await page.getByText(`Étape ${i + 1} sur ${TOTAL}`, { exact: true }).waitFor();
    if (i === 0) {
      answeredTotal += (await answerByKeyboard(page, 4)).length;
      await tabUntil(page, (a) => a.tag === 'input' && a.type === 'text', { what: fr.ui.profile.structureName });
      await page.keyboard.type('Atelier du Nord');
    } else if (i < TOTAL - 1) {
      answeredTotal += (await answerByKeyboard(page, 2)).length;
    }
    const nextLabel = i === TOTAL - 1 ? fr.ui.review.seeResults : fr.ui.nav.next;
    await tabUntil(page, (a) => a.tag === 'button' && a.text === nextLabel, { what: nextLabel });
    await page.keyboard.press('Enter');
  }
  await assertFocusOnHeading(page, fr.ui.results.title, 'results');
  const score = await overallScore(page);
  const ms = performance.now() - t0;
  console.log(
    `    ⏱ KEYBOARD-ONLY JOURNEY (welcome → results, ${answeredTotal} answers + structure name): ` +
      `${(ms / 1000).toFixed(1)} s, ${presses} key presses (automation time), score ${score} / 100`,
  );
  assert.ok(answeredTotal >= 4 + 2 * 7 - 2, `only ${answeredTotal} questions answered by keyboard`);
  assert.ok(score > 0, 'answers given by keyboard should score above 0');
  await assertClean(page);
});

test('resume after reload: "Reprendre où j’en étais" brings back step 2 with its answer', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await startJourney(page, `${baseUrl}/`);
  const equipment = STEP_TITLES[1];
  await button(page, fr.ui.nav.next).click();
  await waitHeading(page, equipment);
  const q = fr.q.questions.eq_connection;
  const radio = () => page.getByRole('group', { name: q.label, exact: true }).getByRole('radio', { name: q.options.good, exact: true });
  await radio().check();

  await page.reload();
  await waitHeading(page, fr.ui.welcome.title);
  await page.getByText(/^Vous avez un diagnostic en cours/).waitFor();
  await button(page, fr.ui.welcome.resume).click();
  await waitHeading(page, equipment);
  await page.getByText(`Étape 2 sur ${TOTAL}`, { exact: true }).waitFor();
  assert.equal(await radio().isChecked(), true, `"${q.options.good}" should still be checked after reload`);
  await assertFocusOnHeading(page, equipment, 'after resuming');
  await assertClean(page);
});

test('visible focus: buttons, links, radios, checkboxes and fields reached by Tab have an outline', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/`);
  await waitHeading(page, fr.ui.welcome.title);
  const seen = [];
  const check = async (match, what) => {
    const a = await tabUntil(page, match, { what });
    seen.push(`${what}: outline ${a.outlineStyle} ${a.outlineWidth}`);
    return a;
  };
  await check((a) => a.text === fr.ui.welcome.start, 'primary button');
  await page.keyboard.press('Enter');
  await waitHeading(page, fr.ui.profile.title);
  await check((a) => a.type === 'radio', 'radio');
  await page.keyboard.press('Space');
  await check((a) => a.text?.startsWith(fr.ui.question.clear), 'link-style button');
  await check((a) => a.type === 'text', 'text field');
  await check((a) => a.text === fr.ui.nav.next, 'next button');
  await page.keyboard.press('Enter');
  await waitHeading(page, STEP_TITLES[1]);
  await check((a) => a.type === 'checkbox', 'checkbox');
  await check((a) => a.text === fr.ui.nav.previous, 'secondary button');
  const none = seen.filter((s) => /outline none/.test(s));
  assert.deepEqual(none, [], `focus not visible on:\n  ${none.join('\n  ')}\n(all: ${seen.join('; ')})`);
});

test.describe(() => {
  test.use({ reducedMotion: 'reduce' });
  test('prefers-reduced-motion: reduce — the journey still works to the results, nothing moves', async ({ baseUrl, newPage, assertClean, browserName }) => {
    test.skip(browserName === 'firefox', 'Playwright over WebDriver BiDi does not apply the reducedMotion context option in Firefox');
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
    await emptyToResults(page, `${baseUrl}/`);
    assert.equal(await overallScore(page), 0);
    await heading(page, fr.ui.results.dimensionsTitle, 3).waitFor();
    const moving = await page.evaluate(() => {
      const root = document.querySelector('#siae-diagnostic').shadowRoot;
      return [...root.querySelectorAll('*')]
        .map((el) => ({ el, cs: getComputedStyle(el) }))
        .filter(({ cs }) => cs.animationName !== 'none' || cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
        .map(({ el }) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    });
    assert.deepEqual(moving, [], 'no animation or transition left under prefers-reduced-motion');
    await assertClean(page);
  });
});
