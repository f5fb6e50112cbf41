/**
 * What was set aside, each named with its reason. Names are for the staff
 * only: the printed report gives the counts per reason, never a file name.
 */
import type { Collected, Rejection } from '../core/network';
import { usePage } from './context';

const REASONS: readonly Rejection[] = ['duplicate', 'notOurs', 'damaged', 'tooLarge', 'version'];

export function Rejected({ rejected }: { readonly rejected: Collected['rejected'] }) {
  const { t } = usePage();
  if (rejected.length === 0) return null;
  return (
    <section aria-labelledby="nw-rejected-title">
      <h2 id="nw-rejected-title">{t('rejected.title')}</h2>
      <ul class="nw-rejected nw-noprint">
        {rejected.map((r, i) => (
          <li key={i}>{t('rejected.item', { name: r.name, reason: t(`rejected.reasons.${r.reason}`) })}</li>
        ))}
      </ul>
      <ul class="nw-printonly">
        {REASONS.map((reason) => {
          const n = rejected.filter((r) => r.reason === reason).length;
          return n > 0 ? <li key={reason}>{t('rejected.item', { name: t(`rejected.reasons.${reason}`), reason: String(n) })}</li> : null;
        })}
      </ul>
    </section>
  );
}
