import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { createDiagnosticStore } from '../../src/store/diagnosticStore';
import { createSafeStorage } from '../../src/store/safeStorage';
import { cleanStructureName, MAX_STRUCTURE_NAME, normalizeStructureName } from '../../src/core/transfer/exportFile';

const loneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('structure name: one rule, by code points', () => {
  it('a name ending in an emoji at the limit, typed in the profile step, keeps no lone surrogate', () => {
    const store = createDiagnosticStore(miniQuestionnaire, createSafeStorage('none'), 'k');
    store.getState().setStructureName(`${'a'.repeat(MAX_STRUCTURE_NAME - 1)}🌱🌱`);
    const kept = store.getState().structureName;
    expect(loneSurrogate(kept)).toBe(false);
    expect(Array.from(kept)).toHaveLength(MAX_STRUCTURE_NAME);
    expect(kept).toBe(normalizeStructureName(kept));
  });

  it('bidirectional controls are stripped, so they cannot reverse the sheet’s header or the print title', () => {
    const name = 'Atelier \u202eduN\u202c \u2066Nord\u2069\u202a\u202b\u202d\u2067\u2068';
    expect(normalizeStructureName(name)).toBe('Atelier duN Nord');
    expect(cleanStructureName(name)).toBe('Atelier duN Nord');
    const store = createDiagnosticStore(miniQuestionnaire, createSafeStorage('none'), 'k');
    store.getState().setStructureName('\u202eRTL');
    expect(store.getState().structureName).toBe('RTL');
  });
});
