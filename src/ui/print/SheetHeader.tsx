import type { Profile } from '../../core/questionnaire';
import type { Result } from '../../core/result';
import { answerText } from '../answerText';
import { useWidget } from '../context';

const PROFILE_FIELDS = ['structureType', 'permanentStaff', 'pathwayStaff', 'role'] as const;

/** Page 1's head: title, structure name, type, sizes, the respondent's role, date and questionnaire version. */
export function SheetHeader({ result, profile, structureName, date }: { readonly result: Result; readonly profile: Profile; readonly structureName: string; readonly date: Date }) {
  const { t, fmt } = useWidget();
  const facts = PROFILE_FIELDS.filter((id) => profile[id] !== undefined).map((id) => {
    const base = `questionnaire:profile.${id}`;
    return `${t(`sheet.profile.${id}`)} : ${answerText(t, base, profile[id])}`;
  });
  return (
    <header class="sheet__header">
      <h1>{t('sheet.title')}</h1>
      {structureName && (
        <p class="sheet__name">
          <bdi>{structureName}</bdi>
        </p>
      )}
      {facts.length > 0 && <p>{facts.join(' · ')}</p>}
      <p class="sheet__muted">{t('sheet.meta', { date: fmt.date(date), version: result.questionnaireVersion })}</p>
    </header>
  );
}
