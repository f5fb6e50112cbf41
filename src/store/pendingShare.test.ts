import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { encodeShare, shareFragment } from '../core/transfer';
import { createDiagnosticStore, shownStep } from './diagnosticStore';
import { readShareLink } from './openShareLink';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';

/** The store notes a share link without its codec; the results code (results.js) reads it later. */
const store = () => createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k');
const link = shareFragment(encodeShare({ questionnaire: miniQuestionnaire, profile: {}, answers: { a_uses: 'no' }, createdAt: new Date('2026-11-21T10:00:00Z') }));

describe('a share link in the address', () => {
  it('shows the shared step at once, and its answers once the results code reads it', () => {
    const s = store();
    s.getState().openShareLink(`#lang=fr&${link.slice(1)}`);
    expect(shownStep(s.getState())).toBe('shared');
    expect(s.getState().shared).toBeNull();
    s.getState().settleShare(readShareLink);
    expect(s.getState()).toMatchObject({ pendingShare: null, shareError: null, shared: { answers: { a_uses: 'no' } } });
    expect(shownStep(s.getState())).toBe('shared');
  });

  it('says why a damaged or cut link cannot be opened, and leaves the journey where it was', () => {
    for (const [hash, error] of [[link.slice(0, -2), 'checksum'], ['#r=', 'malformed'], ['#r=%%%', 'malformed']] as const) {
      const s = store();
      s.getState().openShareLink(hash);
      s.getState().settleShare(readShareLink);
      expect(s.getState()).toMatchObject({ pendingShare: null, shared: null, shareError: error });
      expect(shownStep(s.getState())).toBe('welcome');
    }
  });

  it('notes nothing for an address without a link, nor for an invitation', () => {
    const s = store();
    for (const hash of ['', '#', '#lang=fr', '#i=abc']) s.getState().openShareLink(hash);
    expect(s.getState().pendingShare).toBeNull();
    expect(shownStep(s.getState())).toBe('welcome');
  });
});
