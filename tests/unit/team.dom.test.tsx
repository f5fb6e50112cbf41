// @vitest-environment jsdom
/**
 * The team journey in the DOM: the starter creates an invitation; a
 * colleague opens it, picks a role, answers and gets a reply link; the
 * starter adds it and sees the team view.
 */
import { describe, expect, it } from 'vitest';
import invite from '../../locales/fr/invite.json';
import team from '../../locales/fr/team.json';
import ui from '../../locales/fr/ui.json';
import { answer, click, mountWidget, optionOf, profileLabel, profileOptionOf, questionLabel, useCleanPage } from './domHelpers';
import { act } from 'preact/test-utils';
import { makeReply, serializeTeamFile } from '../../src/core/team';
import { questionnaire } from '../../src/data/questionnaire';

useCleanPage();

const button = (w: ReturnType<typeof mountWidget>, name: string) => w.screen.getByRole('button', { name });

async function createInvitation(): Promise<{ w: ReturnType<typeof mountWidget>; link: string }> {
  const w = mountWidget();
  await click(button(w, invite.entry.button));
  expect(w.screen.getByRole('heading', { name: invite.view.title })).toBeTruthy();
  // The team view's body loads when the step opens.
  await click(await w.screen.findByRole('button', { name: team.create }, { timeout: 15_000 }));
  expect(w.screen.getByRole('alert').textContent).toBe(team.typeMissing);
  await answer(w.screen, profileLabel('structureType'), profileOptionOf('structureType'), 'aci');
  await answer(w.screen, profileLabel('role'), profileOptionOf('role'), 'director');
  await click(button(w, team.create));
  const link = (w.screen.getByRole('textbox', { name: team.invite.label }) as HTMLInputElement).value;
  expect(link).toMatch(/#i=[A-Za-z0-9_-]+$/);
  return { w, link };
}

async function replyAs(link: string, role: string, firstName: string, pathway: string): Promise<string> {
  location.hash = link.slice(link.indexOf('#'));
  const w = mountWidget();
  expect(w.screen.getByRole('heading', { name: invite.invited.title })).toBeTruthy();
  // The landing (and the invitation's reading) comes with the team code.
  await click(await w.screen.findByRole('button', { name: team.landing.start }, { timeout: 15_000 }));
  expect(w.screen.getByRole('alert').textContent).toBe(team.landing.roleMissing);
  await answer(w.screen, team.landing.role, (id) => team.roles[id as keyof typeof team.roles], role);
  const name = w.screen.getByRole('textbox', { name: team.landing.firstName }) as HTMLInputElement;
  await act(() => {
    name.value = firstName;
    name.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(button(w, team.landing.start));
  // Not asked the profile again: straight to the first theme.
  expect(w.screen.queryByRole('group', { name: profileLabel('structureType') })).toBeNull();
  for (let i = 0; i < 12 && !w.screen.queryByRole('button', { name: ui.review.seeResults }); i += 1) {
    if (w.screen.queryByRole('group', { name: questionLabel('pw_access') })) await answer(w.screen, questionLabel('pw_access'), optionOf('pw_access'), pathway);
    await click(button(w, ui.nav.next));
  }
  await click(button(w, ui.review.seeResults));
  const reply = ((await w.screen.findByRole('textbox', { name: team.reply.label }, { timeout: 15_000 })) as HTMLInputElement).value;
  w.unmount();
  location.hash = '';
  return reply;
}

describe('team diagnostic, in the DOM', () => {
  it('invites, replies, and gathers the replies in the team view', { timeout: 60_000 }, async () => {
    const { w, link } = await createInvitation();
    const cip = await replyAs(link, 'cip', 'Karim', 'no');
    const director = await replyAs(link, 'director', 'Nadia', 'autonomous');
    expect(cip).toMatch(/#r=/);
    // The colleagues answered in "other browsers" that are this one window: the starter's page
    // saw the invitation's address too (as a tab would if the link were pasted into it). The
    // starter comes back to the page afresh, and opens the team view.
    w.remount();
    await click(button(w, invite.entry.button));
    const paste = (await w.screen.findByRole('textbox', { name: team.add.pasteLabel }, { timeout: 15_000 })) as HTMLTextAreaElement;
    await act(() => {
      paste.value = `${cip}\n${director}\n${cip}`;
      paste.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(w, team.add.paste));
    const status = w.screen.getAllByRole('status').map((s) => s.textContent).join(' ');
    expect(status).toContain('2 réponses ajoutées.');
    expect(status).toContain(team.add.refusal.duplicate);
    const replies = w.screen.getByRole('table', { name: team.replies.caption });
    expect(replies.textContent).toContain('Karim');
    expect(replies.textContent).toContain(team.roles.cip);
    expect(w.screen.getByRole('heading', { name: team.discuss.title })).toBeTruthy();
    expect(w.screen.getByRole('table', { name: team.lines.caption }).textContent).toContain('Nadia');
    // Kept in this browser: a reload finds the replies again.
    w.remount();
    await click(button(w, invite.entry.button));
    expect((await w.screen.findByRole('table', { name: team.replies.caption }, { timeout: 15_000 })).querySelectorAll('tbody tr')).toHaveLength(2);
    await click(w.screen.getByRole('button', { name: /Retirer la réponse CIP/ }));
    expect(w.screen.getByRole('table', { name: team.replies.caption }).querySelectorAll('tbody tr')).toHaveLength(1);
  });
});

describe('the team view as one file', () => {
  it('opens in a new browser, with its replies, before any invitation is made there', { timeout: 60_000 }, async () => {
    const kept = { id: 'Ab3-_x9Q', profile: { structureType: 'aci' }, structureName: 'Atelier du Port', createdOn: '2026-11-20' };
    const text = serializeTeamFile(questionnaire, kept, [makeReply(kept.id, 'cip', 'Karim', '2026-11-21', { pw_access: 'no' }), makeReply(kept.id, 'admin', undefined, undefined, { pw_access: 'autonomous' })], new Date('2026-11-22T10:00:00Z'));
    const w = mountWidget();
    await click(button(w, invite.entry.button));
    const input = (await w.screen.findByLabelText('Importer une vue d’équipe', {}, { timeout: 15_000 })) as HTMLInputElement;
    // jsdom's File has no text(): what the view reads of a chosen file.
    const file = { name: 'diagnostic-equipe.json', size: text.length, text: async () => text };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 50));
    });
    const rows = (await w.screen.findByRole('table', { name: 'Réponses rassemblées' }, { timeout: 5000 })).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(w.screen.getByRole('textbox', { name: 'Lien d’invitation à copier' })).toBeTruthy();
  });
});
