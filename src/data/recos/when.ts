/**
 * Builders for recommendation conditions. Every recommendation needs at
 * least one actual answer to fire: no advice is given on an empty form.
 */
import type { Condition, LevelId } from '../../core/conditions';
import { DONT_KNOW } from '../../core/questionnaire';
import { isType, MISSION_TYPES, NO_WORKSHOP_TYPES } from '../questions/options';

export const is = (question: string, ...options: string[]): Condition => ({ question, anyOf: options });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });

/** Answered (possibly "je ne sais pas") and none of `options` picked. */
export const answeredWithout = (question: string, ...options: string[]): Condition =>
  all({ answered: question }, { not: is(question, ...options) });

export const dontKnow = (question: string): Condition => is(question, DONT_KNOW);

export const levelAtMost = (dimension: string, level: LevelId): Condition => ({ dimension, levelAtMost: level });

export const type = (...types: string[]): Condition => isType(types);

/** ETTI and AI: people on a pathway on missions with clients or households. */
export const onMissions: Condition = isType(MISSION_TYPES);
/** ACI, EI, several types: people come to the structure's premises, workshops or chantiers. */
export const onSite: Condition = { not: isType([...MISSION_TYPES, 'eiti']) };
/**
 * Guards advice about encadrants techniques: their question does not apply
 * to these types, but an answer given before the type changed is still in
 * the answers that recommendations are evaluated on.
 */
export const hasWorkshop: Condition = { not: isType(NO_WORKSHOP_TYPES) };
