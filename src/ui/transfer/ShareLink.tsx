/**
 * A share link: the answers packed into the URL fragment, which browsers
 * never send to any server. Whoever opens it sees these results, read-only.
 * The action plan holds names: it goes in only when the user ticks the box,
 * which starts unticked every time.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeShare, shareAddress } from '../../core/transfer';
import { useOwnResult } from '../common/useResult';
import { useOwnPlan } from '../common/usePlan';
import { CopyField } from '../common/CopyField';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';

export function ShareLink() {
  const { t, content, shareUrl } = useWidget();
  const profile = useDiagnostic((s) => s.profile);
  const answers = useDiagnostic((s) => s.answers);
  const { plan } = useOwnPlan(useOwnResult().result);
  const [withPlan, setWithPlan] = useState(false);
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // The button that made the link is gone: focus goes to the link.
  useEffect(() => {
    if (link) field.current?.focus();
  }, [link !== '']);

  const create = () => {
    const payload = encodeShare({ questionnaire: content.questionnaire, profile, answers, createdAt: new Date(), ...(withPlan ? { plan } : {}) });
    // Origin and path only: the page's query may hold a session token or an e-mail.
    setLink(shareAddress(location.href, payload, shareUrl));
  };

  return (
    <div class="sd-transfer">
      <h4>{t('transfer.shareTitle')}</h4>
      <p>{t('transfer.shareIntro')}</p>
      {plan.length > 0 && (
        <label class="sd-check">
          <input type="checkbox" checked={withPlan} onChange={(e) => {
              setWithPlan((e.currentTarget as HTMLInputElement).checked);
              setLink('');
            }} />
          <span>{t('transfer.sharePlan')}</span>
        </label>
      )}
      {!link ? (
        <button type="button" class="sd-button sd-button--secondary" onClick={create}>
          {t('transfer.shareCreate')}
        </button>
      ) : (
        <CopyField label={t('transfer.shareLabel')} copyLabel={t('transfer.copy')} value={link} inputRef={field} />
      )}
    </div>
  );
}
