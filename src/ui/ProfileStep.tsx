import { ProfileFields } from './ProfileFields';
import { StepFrame } from './StepFrame';
import { useWidget } from './context';

/** The structure's profile: type, sizes, respondent's role. Not scored. */
export function ProfileStep() {
  const { t } = useWidget();
  return (
    <StepFrame step="profile" title={t('profile.title')} intro={t('profile.intro')}>
      <ProfileFields idPrefix="profile" nameHint={t('profile.structureNameHint')} />
    </StepFrame>
  );
}
