import type { Profile, Questionnaire } from './questionnaire';

/** Keeps profile answers that name a known profile question and option. */
export function sanitizeProfile(questionnaire: Questionnaire, raw: Readonly<Record<string, unknown>>): Profile {
  const clean: Record<string, string | string[]> = {};
  for (const q of questionnaire.profile) {
    if (!Object.prototype.hasOwnProperty.call(raw, q.id)) continue;
    const value = raw[q.id];
    const allowed = new Set(q.options.map((o) => o.id));
    if (q.kind === 'single' && typeof value === 'string' && allowed.has(value)) clean[q.id] = value;
    if (q.kind === 'multiple' && Array.isArray(value)) {
      const picked = value.filter((v): v is string => typeof v === 'string' && allowed.has(v));
      if (picked.length) clean[q.id] = [...new Set(picked)];
    }
  }
  return clean;
}
