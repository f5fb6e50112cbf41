/**
 * What the network page holds: accepted diagnostics and rejected inputs,
 * each rejection named (file name or "lien n") with its reason. A diagnostic
 * already held is a duplicate, never counted twice.
 */
import type { Questionnaire } from '../questionnaire';
import { readInput, type NetworkEntry, type Rejection } from './readInput';

export interface Collected {
  readonly entries: readonly NetworkEntry[];
  readonly rejected: readonly { readonly name: string; readonly reason: Rejection }[];
}

export const EMPTY_COLLECTION: Collected = { entries: [], rejected: [] };

/** `text: null` is an input refused before reading (e.g. a file too large to open). */
export function collect(
  held: Collected,
  inputs: readonly { readonly name: string; readonly text: string | null }[],
  questionnaire: Questionnaire,
  now: Date = new Date(),
): Collected {
  const keys = new Set(held.entries.map((e) => e.key));
  const entries = [...held.entries];
  const rejected = [...held.rejected];
  for (const input of inputs) {
    const reading = input.text === null ? ({ ok: false, reason: 'tooLarge' } as const) : readInput(input.text, questionnaire, now);
    if (!reading.ok) rejected.push({ name: input.name, reason: reading.reason });
    else if (keys.has(reading.entry.key)) rejected.push({ name: input.name, reason: 'duplicate' });
    else {
      keys.add(reading.entry.key);
      entries.push(reading.entry);
    }
  }
  return { entries, rejected };
}
