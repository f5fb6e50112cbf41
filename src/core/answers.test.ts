import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { checkAnswer, sanitizeAnswers, toggleOption } from './answers';

const which = miniQuestionnaire.questions[1]!;

describe('toggleOption', () => {
  it('adds and removes an option', () => {
    expect(toggleOption(which.options, ['x'], 'y', true)).toEqual(['x', 'y']);
    expect(toggleOption(which.options, ['x', 'y'], 'x', false)).toEqual(['y']);
  });
  it('lets an exclusive option ("aucun") or "je ne sais pas" clear the others, and any other option clear them', () => {
    expect(toggleOption(which.options, ['x', 'y'], 'none', true)).toEqual(['none']);
    expect(toggleOption(which.options, ['x'], 'dk', true)).toEqual(['dk']);
    expect(toggleOption(which.options, ['none'], 'x', true)).toEqual(['x']);
    expect(toggleOption(which.options, ['dk'], 'y', true)).toEqual(['y']);
  });
});

describe('checkAnswer and sanitizeAnswers', () => {
  it('keep what the question accepts and resolve a contradiction the way toggling would not have allowed', () => {
    expect(checkAnswer(which, ['x', 'none'])).toEqual(['x']);
    expect(checkAnswer(which, ['x', 'gone'])).toEqual(['x']);
    expect(checkAnswer(miniQuestionnaire.questions[0]!, ['yes'])).toBeUndefined();
    expect(sanitizeAnswers(miniQuestionnaire, { a_uses: 'dk', b_often: 'later', gone: 'x' })).toEqual({ a_uses: 'dk' });
  });
});
