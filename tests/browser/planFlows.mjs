// Steps on the action plan, as a user takes them: open an action's follow-up,
// fill who, when, where it stands and a note; add another recommendation.
import { fr } from './flows.mjs';

export const planRegion = (page) => page.getByRole('region', { name: fr.ui.plan.title, exact: true });

/** Fill the follow-up of the `index`-th action of the plan. */
export async function setPlanEntry(page, index, { owner, target, status, note }) {
  const card = planRegion(page).getByRole('article').nth(index);
  const group = card.getByRole('group', { name: new RegExp(`^${fr.ui.plan.fieldsLegend.split(' «')[0]}`) });
  if (!(await group.isVisible())) await card.locator('summary', { hasText: fr.ui.plan.fieldsSummary.split(' :')[0] }).click();
  // A text is saved when its field is left (change), as when the user tabs on.
  const type = async (label, value) => {
    const field = group.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Tab');
  };
  if (owner !== undefined) await type(fr.ui.plan.owner, owner);
  if (target !== undefined) await type(fr.ui.plan.target, target);
  if (status !== undefined) await group.getByLabel(fr.ui.plan.status, { exact: true }).selectOption(status);
  if (note !== undefined) await type(fr.ui.plan.note, note);
}

/** Add the first recommendation offered; returns its title, or null when none is left to add. */
export async function addFirstOffered(page) {
  const select = planRegion(page).getByLabel(fr.ui.plan.addLabel, { exact: true });
  if ((await select.count()) === 0) return null;
  const title = (await select.locator('option').first().textContent()).trim();
  await planRegion(page).getByRole('button', { name: fr.ui.plan.add, exact: true }).click();
  return title;
}

/** Titles of the plan's actions, in order. */
export async function planTitles(page) {
  return (await planRegion(page).getByRole('article').getByRole('heading', { level: 4 }).allInnerTexts()).map((s) => s.trim());
}
