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

/** The e-invoicing calendar: receive from 1 Sept 2026, issue from 1 Sept 2027 (SMEs, micro). */
export const EINVOICING_CALENDAR: Source = {
  publisher: 'Bpifrance Création',
  title: 'Facturation électronique : calendrier de la réforme',
  date: '2026-01',
  url: 'https://bpifrance-creation.fr',
  reviewedAt: '2026-12-01',
};
