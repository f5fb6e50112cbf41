/**
 * Export files and links made with the widget's own serialisers from the
 * personas, with a structure type and a date of one's choice.
 */
import { questionnaire } from '../../../src/data/questionnaire';
import { personas } from '../../personas';
import { encodeShare, serializeExport, shareFragment } from '../../../src/core/transfer';

export const NOW = new Date('2026-11-30T12:00:00Z');

export function exportOf(persona: number, structureType: string, savedAt: string, structureName = 'Atelier du quartier'): string {
  const p = personas[persona % personas.length];
  if (!p) throw new Error('no persona');
  return serializeExport({ questionnaire, profile: { ...p.profile, structureType }, answers: p.answers, structureName, savedAt: new Date(savedAt) });
}

export function linkOf(persona: number, structureType: string, createdAt: string): string {
  const p = personas[persona % personas.length];
  if (!p) throw new Error('no persona');
  return `https://partenaire.example/diagnostic/${shareFragment(encodeShare({ questionnaire, profile: { ...p.profile, structureType }, answers: p.answers, createdAt: new Date(createdAt) }))}`;
}
