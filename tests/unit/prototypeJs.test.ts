/**
 * A host page on Prototype.js: its Array.prototype.toJSON (and String's)
 * return JSON text. Saved answers, export files and share links must not care.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeShare, parseExport, serializeExport } from '../../src/core/transfer';
import { structureHash } from '../../src/core/transfer/shareCodec';
import { createDiagnosticStore } from '../../src/store/diagnosticStore';
import type { SafeStorage } from '../../src/store/safeStorage';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

type WithToJSON = { toJSON?: () => string };
const arrays = Array.prototype as unknown as WithToJSON;
const strings = String.prototype as unknown as WithToJSON;

function installPrototypeJs() {
  // What Prototype.js 1.6 does, in short.
  Object.defineProperty(arrays, 'toJSON', { value: function (this: unknown[]) { return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`; }, configurable: true, writable: true });
  Object.defineProperty(strings, 'toJSON', { value: function (this: string) { return `"${this}"`; }, configurable: true, writable: true });
}

describe('a host page running Prototype.js', () => {
  const hashWithout = structureHash(miniQuestionnaire);
  const linkWithout = encodeShare({ questionnaire: miniQuestionnaire, profile: {}, answers: { a_uses: 'yes', a_which: ['x', 'y'] } });
  beforeEach(installPrototypeJs);
  afterEach(() => {
    delete arrays.toJSON;
    delete strings.toJSON;
  });

  it('saves multiple-choice answers as lists, not strings, and puts the host’s toJSON back', () => {
    const data = new Map<string, string>();
    const storage: SafeStorage = { kind: 'local', get: (k) => data.get(k) ?? null, set: (k, v) => (data.set(k, v), true), remove: (k) => void data.delete(k), status: () => 'ok' };
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'k');
    store.getState().setAnswer('a_uses', 'yes');
    store.getState().setAnswer('a_which', ['x', 'y']);
    delete arrays.toJSON;
    delete strings.toJSON;
    expect(JSON.parse(data.get('k') ?? '{}').answers).toEqual({ a_uses: 'yes', a_which: ['x', 'y'] });
    expect(createDiagnosticStore(miniQuestionnaire, storage, 'k').getState().answers).toEqual({ a_uses: 'yes', a_which: ['x', 'y'] });
  });

  it('keeps the questionnaire hash and the share link, and exports files that read back', () => {
    expect(structureHash(miniQuestionnaire)).toBe(hashWithout);
    expect(encodeShare({ questionnaire: miniQuestionnaire, profile: {}, answers: { a_uses: 'yes', a_which: ['x', 'y'] } })).toBe(linkWithout);
    const file = serializeExport({ questionnaire: miniQuestionnaire, profile: {}, answers: { a_which: ['x'] }, structureName: 'Atelier', savedAt: new Date('2026-12-01T00:00:00Z') });
    expect(typeof arrays.toJSON).toBe('function');
    const parsed = parseExport(file, miniQuestionnaire);
    expect(parsed.ok && { ...parsed.data.answers }).toEqual({ a_which: ['x'] });
  });
});
