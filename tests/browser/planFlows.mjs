// Steps on the action plan, as a user takes them: open an action's follow-up,
// fill who, when, where it stands and a note; add another recommendation.
import { fr } from './flows.mjs';

export const planRegion = (page) => page.getByRole('region', { name: fr.ui.plan.title, exact: true });

/** Fill the follow-up of the `index`-th action of the plan. */
export async function setPlanEntry(page, index, { owner, target, status, note }) {
  const card = planRegion(page).getByRole('article').nth(index);
  const group = card.getByRole('group', { name: new RegExp(`^${fr.ui.plan.fieldsLegend.split(' «')[0]}`) });
  if (!(await group.isVisible())) await card.locator('summary', { hasText: fr.ui.plan.fieldsSummary.split(' :')[0] }).click();
  if (owner !== undefined) await group.getByLabel(fr.ui.plan.owner, { exact: true }).fill(owner);
  if (target !== undefined) await group.getByLabel(fr.ui.plan.target, { exact: true }).fill(target);
  if (status !== undefined) await group.getByLabel(fr.ui.plan.status, { exact: true }).selectOption(status);
  if (note !== undefined) await group.getByLabel(fr.ui.plan.note, { exact: true }).fill(note);
  await group.getByLabel(fr.ui.plan.owner, { exact: true }).press('Tab'); // commits the last field
}

/** Add the first recommendation offered; returns its title. */
export async function addFirstOffered(page) {
  const select = planRegion(page).getByLabel(fr.ui.plan.addLabel, { exact: true });
  const title = (await select.locator('option').first().textContent()).trim();
  await planRegion(page).getByRole('button', { name: fr.ui.plan.add, exact: true }).click();
  return title;
}

/** Titles of the plan's actions, in order. */
export async function planTitles(page) {
  return (await planRegion(page).getByRole('article').getByRole('heading', { level: 4 }).allInnerTexts()).map((s) => s.trim());
}
