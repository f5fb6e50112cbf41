// @vitest-environment jsdom
/**
 * The team code arrives in its own file: when it cannot be loaded, the
 * screen says so with a button to try again, and the invitation opened is
 * not lost; once it loads, the landing is there.
 */
import { describe, expect, it, vi } from 'vitest';
import invite from '../../locales/fr/invite.json';
import team from '../../locales/fr/team.json';
import { encodeInvitation, invitationFragment } from '../../src/core/team';
import { questionnaire } from '../../src/data/questionnaire';
import { click, mountWidget, useCleanPage } from './domHelpers';

const loads = vi.hoisted(() => ({ failNext: 0 }));
vi.mock('../../src/ui/team/loadTeam', async () => {
  const real = await vi.importActual<typeof import('../../src/ui/team/loadTeam')>('../../src/ui/team/loadTeam');
  return {
    loadTeam: (nonce: string | null) => (loads.failNext-- > 0 ? Promise.reject(new Error('team.js could not be loaded')) : real.loadTeam(nonce)),
  };
});

useCleanPage();

describe('the team code, loaded when needed', () => {
  it('says when it cannot be loaded, and a retry shows the invitation that was opened', { timeout: 30_000 }, async () => {
    loads.failNext = 1;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    location.hash = invitationFragment(encodeInvitation(questionnaire, { teamId: 'Ab3-_x9Q', profile: { structureType: 'aci' }, structureName: 'Atelier du Port' }));
    const w = mountWidget();
    expect(w.screen.getByRole('heading', { name: invite.invited.title })).toBeTruthy();
    expect((await w.screen.findByRole('alert')).textContent).toContain(invite.lazy.failed);
    await click(w.screen.getByRole('button', { name: invite.lazy.retry }));
    expect(await w.screen.findByRole('button', { name: team.landing.start }, { timeout: 15_000 })).toBeTruthy();
    expect(w.screen.getByText(/Atelier du Port vous invite/)).toBeTruthy();
    w.unmount();
    location.hash = '';
  });
});
