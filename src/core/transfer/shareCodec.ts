/**
 * How answers become bits in a share link. Questions are written in
 * questionnaire order and options by index, so no id is in the link; the
 * price is that any change to ids or options makes old links unreadable,
 * which `structureHash` detects.
 */
import { stringify } from '../json';
import type { LegacyLayout } from '../revision';
import type { AnswerValue, OptionId, Questionnaire } from '../questionnaire';
import { DONT_KNOW, pickedOptions } from '../questionnaire';
import { type BitReader, type BitWriter, fnv1a, widthFor } from './bits';

/** A profile question or a question, as far as the encoding cares. */
export interface Field {
  readonly key: string;
  readonly multiple: boolean;
  readonly options: readonly OptionId[];
  readonly dontKnow: boolean;
}

export function fieldsOf(questionnaire: Questionnaire): { profile: Field[]; questions: Field[] } {
  return {
    profile: questionnaire.profile.map((p) => ({ key: p.id, multiple: p.kind === 'multiple', options: p.options.map((o) => o.id), dontKnow: false })),
    questions: questionnaire.questions.map((q) => ({
      key: q.id,
      multiple: q.kind === 'multiple',
      options: q.options.map((o) => o.id),
      dontKnow: q.dontKnow === true,
    })),
  };
}

/** The fields of a frozen earlier layout, to decode that version's links. */
export function fieldsOfLayout(layout: LegacyLayout): { profile: Field[]; questions: Field[] } {
  const field = ([key, multiple, dontKnow, options]: LegacyLayout['questions'][number]): Field => ({ key, multiple: multiple === 1, options, dontKnow: dontKnow === 1 });
  return { profile: layout.profile.map(field), questions: layout.questions.map(field) };
}

/**
 * 16 bits over exactly what the encoding depends on (order, ids, options,
 * arity, "je ne sais pas"), not points: rescoring keeps links valid.
 */
export function structureHash(questionnaire: Questionnaire): number {
  return fieldsHash(fieldsOf(questionnaire));
}

export function fieldsHash({ profile, questions }: { profile: readonly Field[]; questions: readonly Field[] }): number {
  const shape = [profile, questions].map((fields) => fields.map((f) => [f.key, f.multiple ? 'm' : 's', f.dontKnow ? 1 : 0, f.options]));
  const h = fnv1a(new TextEncoder().encode(stringify(shape)));
  return (h >>> 16) ^ (h & 0xffff);
}

/**
 * Single choice: 0 unanswered, k option k−1, then one more code for
 * "je ne sais pas". Multiple: a "je ne sais pas" bit, then one bit per option.
 */
export function writeField(w: BitWriter, field: Field, value: AnswerValue | undefined): void {
  const picked = pickedOptions(value);
  const dk = field.dontKnow && picked.includes(DONT_KNOW);
  if (field.multiple) {
    if (field.dontKnow) w.write(dk ? 1 : 0, 1);
    for (const option of field.options) w.write(!dk && picked.includes(option) ? 1 : 0, 1);
    return;
  }
  const count = field.options.length + 1 + (field.dontKnow ? 1 : 0);
  const code = dk ? field.options.length + 1 : field.options.indexOf(picked[0] ?? '') + 1;
  w.write(code, widthFor(count));
}

/** What one field decoded to: `bad` when its bits name no valid answer. */
export type FieldRead = { readonly value: AnswerValue | undefined; readonly bad: boolean };

/** Null when the bits run out before the field ends. */
export function readField(r: BitReader, field: Field): FieldRead | null {
  if (field.multiple) {
    const dk = field.dontKnow ? r.read(1) : 0;
    const picked: OptionId[] = [];
    for (const option of field.options) {
      const bit = r.read(1);
      if (bit === null) return null;
      if (bit === 1) picked.push(option);
    }
    if (dk === null) return null;
    // Our encoder never sets both; such a link was edited, so neither is trusted.
    if (dk === 1) return picked.length ? { value: undefined, bad: true } : { value: [DONT_KNOW], bad: false };
    return { value: picked.length ? picked : undefined, bad: false };
  }
  const code = r.read(widthFor(field.options.length + 1 + (field.dontKnow ? 1 : 0)));
  if (code === null) return null;
  if (code === 0) return { value: undefined, bad: false };
  if (code <= field.options.length) return { value: field.options[code - 1], bad: false };
  if (code === field.options.length + 1 && field.dontKnow) return { value: DONT_KNOW, bad: false };
  return { value: undefined, bad: true };
}
