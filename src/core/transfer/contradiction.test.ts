/** Hand-made files and links with a contradiction go through the same answer rules, and say why. */
import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../../tests/fixtures/miniQuestionnaire';
import { encodeBase64url } from './base64url';
import { BitWriter, checksum24 } from './bits';
import { parseExport } from './exportFile';
import { fieldsOf, structureHash, writeField } from './shareCodec';
import { decodeShare } from './shareLink';

/** A link written by hand, bypassing encodeShare's checks. */
function handMadeLink(answers: Record<string, string | string[]>): string {
  const fields = fieldsOf(miniQuestionnaire);
  const w = new BitWriter();
  w.write(1, 8); // version 1: answers only (version 2 adds a plan)
  w.write(structureHash(miniQuestionnaire), 16);
  w.write(0, 1);
  for (const f of fields.profile) writeField(w, f, undefined);
  for (const f of fields.questions) writeField(w, f, answers[f.key]);
  const body = w.toBytes();
  const sum = checksum24(body);
  return encodeBase64url(Uint8Array.from([...body, sum >>> 16, (sum >>> 8) & 0xff, sum & 0xff]));
}

describe('a contradiction ("Aucun" plus other options)', () => {
  it('in a hand-made share link: the other options are kept, as anywhere else, and it is reported as adjusted', () => {
    const outcome = decodeShare(handMadeLink({ a_uses: 'yes', a_which: ['x', 'none'] }), miniQuestionnaire);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect({ ...outcome.data.answers }).toEqual({ a_uses: 'yes', a_which: ['x'] });
    expect(outcome.adjusted).toEqual(['a_which']);
  });

  it('in a hand-made file: reported as adjusted, not as a question that no longer exists', () => {
    const file = JSON.stringify({ format: 'siae-diagnostic', formatVersion: 1, questionnaireVersion: 'mini-1', exportedAt: '2026-11-30T10:00:00.000Z', profile: {}, answers: { a_which: ['none', 'y'], gone: 'x' } });
    const outcome = parseExport(file, miniQuestionnaire, { now: new Date('2026-12-01T00:00:00Z') });
    expect(outcome.ok && { answers: { ...outcome.data.answers }, dropped: outcome.dropped, adjusted: outcome.adjusted }).toEqual({ answers: { a_which: ['y'] }, dropped: ['a_which', 'gone'], adjusted: ['a_which'] });
  });
});
