/**
 * Who carries one planned action, by when, where it stands, a note. Texts
 * are saved when the field is left (change), so typing a space is never
 * trimmed away mid-word; the core cleans them and caps their length.
 */
import { MAX_NOTE, MAX_OWNER, PLAN_STATUSES, type PlanEntry, type PlanPatch } from '../../core/plan';
import { useWidget } from '../context';

interface Props {
  readonly entry: PlanEntry;
  readonly title: string;
  readonly onChange: (patch: PlanPatch) => void;
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function PlanFields({ entry, title, onChange }: Props) {
  const { t } = useWidget();
  const id = (field: string) => `plan-${entry.id}-${field}`;
  const summary = t('plan.fieldsSummary', { status: t(`plan.statuses.${entry.status}`), owner: entry.owner || '—', target: entry.target || '—' });
  return (
    <details class="sd-reco__more">
      <summary>{summary}</summary>
    <fieldset class="sd-plan__fields">
      <legend class="sd-visually-hidden">{t('plan.fieldsLegend', { title })}</legend>
      <div class="sd-plan__field">
        <label for={id('owner')}>{t('plan.owner')}</label>
        <input id={id('owner')} class="sd-input" type="text" maxLength={MAX_OWNER} value={entry.owner} autoComplete="off" onChange={(e) => onChange({ owner: valueOf(e) })} />
      </div>
      <div class="sd-plan__field">
        <label for={id('target')}>{t('plan.target')}</label>
        <input id={id('target')} class="sd-input" type="month" min="2020-01" max="2099-12" placeholder={t('plan.targetHint')} value={entry.target} onChange={(e) => onChange({ target: valueOf(e) })} />
      </div>
      <div class="sd-plan__field">
        <label for={id('status')}>{t('plan.status')}</label>
        <select id={id('status')} class="sd-input" value={entry.status} onChange={(e) => onChange({ status: valueOf(e) as PlanEntry['status'] })}>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="sd-plan__field sd-plan__field--wide">
        <label for={id('note')}>{t('plan.note')}</label>
        <input id={id('note')} class="sd-input" type="text" maxLength={MAX_NOTE} value={entry.note} autoComplete="off" onChange={(e) => onChange({ note: valueOf(e) })} />
      </div>
    </fieldset>
    </details>
  );
}
