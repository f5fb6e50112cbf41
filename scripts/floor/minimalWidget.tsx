/**
 * The smallest widget the given stack allows, as a yardstick for the budgets
 * of issue 4 (built and measured by `scripts/floor.mjs`, never shipped):
 * a custom element with a shadow root, a private i18next instance holding the
 * whole French wording (which the budget counts), a zustand store, and Preact
 * rendering the first question of the real questionnaire. No styles, no other
 * screen, no storage, no option: every feature of the real widget is left out.
 */
import { render } from 'preact';
import { createStore } from 'zustand/vanilla';
import { frenchI18n } from './frenchI18n';

const OPTIONS = ['aci', 'ei', 'etti', 'ai', 'eiti', 'several'];

class MinimalWidget extends HTMLElement {
  connectedCallback(): void {
    const i18n = frenchI18n();
    const store = createStore<{ answer: string | null }>(() => ({ answer: null }));
    const t = (key: string) => i18n.t(key, { ns: 'questionnaire' });
    render(
      <form>
        <fieldset>
          <legend>{t('profile.structureType.label')}</legend>
          {OPTIONS.map((id) => (
            <label key={id}>
              <input type="radio" name="structureType" value={id} onChange={() => store.setState({ answer: id })} />
              {t(`profile.structureType.options.${id}`)}
            </label>
          ))}
        </fieldset>
      </form>,
      this.attachShadow({ mode: 'open' }),
    );
  }
}

customElements.define('siae-diagnostic', MinimalWidget);
