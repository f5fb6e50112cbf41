/**
 * The floor of `minimalWidget.tsx` with the one screen the real widget shows
 * before its first question: a welcome (its title, introduction and start
 * button, the real French wording) that the bench clicks, then the same one
 * question. No styles, no storage, no option. It measures what the journey's
 * shape costs by itself: a first render and layout, a click, a second render
 * and layout (`npm run bench:ratio` reports it beside the floor).
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { createStore } from 'zustand/vanilla';
import { frenchI18n } from './frenchI18n';

const OPTIONS = ['aci', 'ei', 'etti', 'ai', 'eiti', 'several'];

const store = createStore<{ answer: string | null }>(() => ({ answer: null }));

function Widget({ t }: { readonly t: (key: string) => string }) {
  const [started, setStarted] = useState(false);
  if (!started) {
    return (
      <section>
        <h2>{t('welcome.title')}</h2>
        <p>{t('welcome.intro')}</p>
        <ul>
          <li>{t('welcome.duration')}</li>
          <li>{t('welcome.study')}</li>
        </ul>
        <button type="button" class="sd-button" onClick={() => setStarted(true)}>
          {t('welcome.start')}
        </button>
      </section>
    );
  }
  return (
    <form>
      <fieldset>
        <legend>{t('questionnaire:profile.structureType.label')}</legend>
        {OPTIONS.map((id) => (
          <label key={id}>
            <input type="radio" name="structureType" value={id} onChange={() => store.setState({ answer: id })} />
            {t(`questionnaire:profile.structureType.options.${id}`)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

class MinimalWidget extends HTMLElement {
  connectedCallback(): void {
    const i18n = frenchI18n();
    render(<Widget t={(key) => i18n.t(key)} />, this.attachShadow({ mode: 'open' }));
  }
}

customElements.define('siae-diagnostic', MinimalWidget);
