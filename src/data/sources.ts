/**
 * Sources of every figure the widget shows. Review dates say when a person
 * last checked the figure against the text in `shared/seed` and
 * `shared/study/FIGURES.md`.
 */
import type { Source } from '../core/benchmark';

/** WeTechCare with Capgemini Invent, survey of 84 SIAE, early 2021. */
export const WETECHCARE_2021: Source = {
  publisher: 'WeTechCare & Capgemini Invent',
  title: 'Étude sur la numérisation des structures de l’insertion par l’activité économique',
  date: '2021',
  sampleSize: 84,
  url: 'https://wetechcare.org',
  reviewedAt: '2026-11-29',
};
