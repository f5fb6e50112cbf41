/** Entry of dist/network.html: its own bundle, never part of embed.js. */
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { PageContext } from './context';
import { createPageI18n, pageLanguage, type PageLanguage } from './i18n';
import { NetworkPage } from './NetworkPage';
import './network.css';

function Root({ initial }: { readonly initial: PageLanguage }) {
  const [lng, setLng] = useState(initial);
  const i18n = useMemo(() => createPageI18n(initial), [initial]);
  const value = useMemo(() => ({ t: i18n.getFixedT(lng), lng }), [i18n, lng]);
  document.documentElement.lang = lng;
  document.title = value.t('page.title');
  return (
    <PageContext.Provider value={value}>
      <NetworkPage onLanguage={() => setLng(lng === 'fr' ? 'en' : 'fr')} />
    </PageContext.Provider>
  );
}

const el = document.getElementById('network');
if (el) render(<Root initial={pageLanguage(location.search, navigator.languages ?? [])} />, el);
