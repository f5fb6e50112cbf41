import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { parseSaved, SAVED_VERSION } from './savedState';

const valid = {
  version: SAVED_VERSION,
  profile: { structureType: 'aci' },
  answers: { a_uses: 'yes', a_which: ['x'], b_often: 'often' },
  step: 'dim:b',
  structureName: 'Atelier du Nord',
  startedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  earlier: { date: '2025-11-02T10:00:00.000Z', profile: { structureType: 'aci' }, answers: { a_uses: 'no' }, plan: [{ id: 'r_old', owner: 'Léa', target: '2025-12', status: 'doing', note: '' }] },
  language: 'en',
  questionnaireVersion: 'mini-1',
  team: null,
  answeringFor: null,
  plan: [{ id: 'r_one', owner: 'Marc, directeur', target: '2027-01', status: 'todo', note: 'Voir OPCO' }],
};
/** What version 5 saved: no plan anywhere. */
const { plan: _plan, ...validV5 } = valid;
const v5 = { ...validV5, version: 5, earlier: { date: valid.earlier.date, profile: valid.earlier.profile, answers: valid.earlier.answers } };
/** What version 4 saved: no team either. */
const { team: _team, answeringFor: _for, ...v4 } = { ...v5, version: 4 };
const { questionnaireVersion: _qv, ...v3 } = { ...v4, version: 3 };
/** A version 1 to 5 save read back: no plan yet, none for the earlier diagnostic. */
const noPlan = { ...valid, plan: null, earlier: { ...valid.earlier, plan: [] } };

describe('parseSaved', () => {
  it('reads back what was saved, with no notice', () => {
    const { state, notice } = parseSaved(JSON.stringify(valid), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state).toEqual(valid);
  });

  it('gives nothing and no notice when nothing was saved', () => {
    expect(parseSaved(null, miniQuestionnaire)).toEqual({ state: null, notice: null });
  });

  it.each(['{not json', '[]', '"text"', '{"answers":{}}', 'null'])('reports corrupt data %s', (text) => {
    expect(parseSaved(text, miniQuestionnaire)).toEqual({ state: null, notice: 'corrupt' });
  });

  it('refuses a version from the future', () => {
    expect(parseSaved(JSON.stringify({ ...valid, version: 99 }), miniQuestionnaire).notice).toBe('unknownVersion');
  });

  it('migrates version 1, which had no earlier diagnostic, no language and no plan', () => {
    const { earlier: _earlier, language: _language, ...v1 } = v3;
    const { state, notice } = parseSaved(JSON.stringify({ ...v1, version: 1 }), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state).toEqual({ ...valid, earlier: null, language: null, plan: null });
  });

  it('migrates version 3, which had no questionnaire version (every such save was made with 2026.1)', () => {
    const { state, notice } = parseSaved(JSON.stringify(v3), miniQuestionnaire);
    // The mini questionnaire declares no revision from 2026.1: its answers are only sanitised.
    expect(notice).toBeNull();
    expect(state).toEqual(noPlan);
  });

  it('migrates version 2, which had no language and no plan', () => {
    const { language: _language, ...v2 } = v3;
    const { state, notice } = parseSaved(JSON.stringify({ ...v2, version: 2 }), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state).toEqual({ ...noPlan, language: null });
  });

  it('migrates version 4, which had no team: none started, none answered for, and no plan', () => {
    const { state, notice } = parseSaved(JSON.stringify(v4), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state).toEqual(noPlan);
  });

  it('migrates version 5, which had no plan: the priority actions are shown until the user changes one', () => {
    const answeringFor = { teamId: 'AbCdEfGh', firstName: 'Léa' };
    const { state, notice } = parseSaved(JSON.stringify(v5), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state).toEqual(noPlan);
    expect(parseSaved(JSON.stringify({ ...v5, earlier: null }), miniQuestionnaire).state?.earlier).toBeNull();
    expect(parseSaved(JSON.stringify({ ...v5, answeringFor }), miniQuestionnaire).state?.answeringFor).toEqual(answeringFor);
  });

  it('keeps the valid plan entries of a tampered save, cleaned, and says something was dropped', () => {
    const plan = [{ id: 'r_one', owner: '<script>x</script>\u202e', status: 'done', target: '2027-99' }, { id: '../../x' }, 'junk'];
    const { state, notice } = parseSaved(JSON.stringify({ ...valid, plan }), miniQuestionnaire);
    expect(notice).toBe('dropped');
    expect(state?.plan).toEqual([{ id: 'r_one', owner: '<script>x</script>', target: '', status: 'done', note: '' }]);
    expect(state?.answers).toEqual(valid.answers);
  });

  it.each([42, 'english', '<b>', '', null])('ignores a saved language that is not a language code: %s', (language) => {
    const { state, notice } = parseSaved(JSON.stringify({ ...valid, language }), miniQuestionnaire);
    expect(notice).toBeNull();
    expect(state?.language).toBeNull();
    expect(state?.answers).toEqual(valid.answers);
  });

  it('drops an earlier diagnostic without a valid date, keeping the rest', () => {
    const { state } = parseSaved(JSON.stringify({ ...valid, earlier: { date: 'yesterday', answers: {} } }), miniQuestionnaire);
    expect(state?.earlier).toBeNull();
    expect(state?.answers).toEqual(valid.answers);
  });

  it('keeps valid answers, drops those to removed questions or options, and says so', () => {
    const text = JSON.stringify({ ...valid, answers: { a_uses: 'yes', gone_question: 'yes', b_often: 'unknown-option' } });
    const { state, notice } = parseSaved(text, miniQuestionnaire);
    expect(notice).toBe('dropped');
    expect(state?.answers).toEqual({ a_uses: 'yes' });
    expect(state?.profile).toEqual({ structureType: 'aci' });
  });

  it('survives hostile values without polluting prototypes', () => {
    const text = '{"version":1,"answers":{"__proto__":{"polluted":1},"a_uses":["yes","no"]},"profile":{"constructor":"x"},"step":5,"startedAt":"not a date","structureName":42}';
    const { state } = parseSaved(text, miniQuestionnaire);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(state?.answers).toEqual({});
    expect(state?.step).toBe('welcome');
    expect(state?.startedAt).toBeNull();
    expect(state?.structureName).toBe('');
  });
});
