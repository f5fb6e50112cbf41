/**
 * The one entry: `mount(element, options)` renders the diagnostic inside the
 * element's shadow root and returns `{ unmount }`. The custom element, the
 * standalone page and the iframe mode are all built on it. Importing this
 * module has no side effect.
 */
import { render } from 'preact';
import { defaultContent } from '../data/content';
import { createI18n, switchLanguage } from '../i18n/createI18n';
import { bundleFor } from '../i18n/bundles';
import { pickLanguage, type Language } from '../i18n/languages';
import { createDiagnosticStore } from '../store/diagnosticStore';
import { createSafeStorage } from '../store/safeStorage';
import type { WidgetEvent } from '../ui/context';
import { openInvitation } from '../ui/team/openInvitation';
import { openShareLink } from '../ui/transfer/openShareLink';
import { resolveOptions, type MountOptions } from './options';
import { withPartnerResources } from './partnerResources';
import { keepAccentReadable } from './readableAccent';
import { adoptStyles } from './styles';
import { WidgetRoot } from './WidgetRoot';

export interface MountHandle {
  unmount(): void;
}

export type { MountOptions };

function dispatch(el: Element, event: WidgetEvent): void {
  const { type, ...detail } = event;
  const payload = type === 'complete' ? event.detail : detail;
  el.dispatchEvent(new CustomEvent(`diagnostic:${type}`, { bubbles: true, composed: true, detail: payload }));
}

/** One live widget per element: mounting again replaces the previous one. */
const mounted = new WeakMap<Element, MountHandle>();

/** The element's shadow root, or one on a wrapper for elements that cannot host one (e.g. <input>). */
function shadowRootOf(el: HTMLElement): { root: ShadowRoot; wrapper: HTMLElement | null } {
  if (el.shadowRoot) return { root: el.shadowRoot, wrapper: null };
  try {
    return { root: el.attachShadow({ mode: 'open' }), wrapper: null };
  } catch {
    const wrapper = document.createElement('div');
    el.after(wrapper);
    return { root: wrapper.attachShadow({ mode: 'open' }), wrapper };
  }
}

export function mount(el: HTMLElement, options: MountOptions = {}): MountHandle {
  if (!(el instanceof HTMLElement)) {
    console.warn('[siae-diagnostic] mount() needs an element; nothing was mounted.');
    return { unmount: () => undefined };
  }
  mounted.get(el)?.unmount();
  const opts = resolveOptions(options);
  const { root, wrapper } = shadowRootOf(el);
  const removeStyles = adoptStyles(root, opts.nonce);
  const container = document.createElement('div');
  container.className = 'sd-host';
  if (opts.accent) container.style.setProperty('--sd-accent', opts.accent);
  root.append(container);
  keepAccentReadable(container);

  const given = (options ?? {}) as MountOptions;
  const content = { ...defaultContent, resources: withPartnerResources(defaultContent.resources, given.resources) };
  const storage = createSafeStorage(opts.storage);
  const store = createDiagnosticStore(defaultContent.questionnaire, storage, opts.storageKey);
  openShareLink(store, defaultContent.questionnaire, location.hash);
  openInvitation(store, defaultContent.questionnaire, location.hash);
  const initial = pickLanguage(opts.lang, document.documentElement.lang, navigator.languages ?? [], store.getState().language);
  const i18nOptions = {
    overrides: opts.texts,
    // Content editors see a forgotten key at once; tests fail on it.
    onMissingKey: (lng: string, key: string) => console.warn(`[siae-diagnostic] missing wording ${lng} ${key}`),
  };
  let alive = true;

  const start = (lng: Language, bundle: Awaited<ReturnType<typeof bundleFor>>) => {
    if (!alive) return;
    const i18n = createI18n(lng, bundle, i18nOptions);
    const fixed = {
      store,
      content,
      storageKind: opts.storage,
      emit: (event: WidgetEvent) => dispatch(el, event),
      nonce: opts.nonce,
      pageTitle: opts.pageTitle,
    };
    const changeLanguage = (next: Language) => switchLanguage(i18n, next, i18nOptions);
    render(<WidgetRoot i18n={i18n} initialLanguage={lng} changeLanguage={changeLanguage} fixed={fixed} />, container);
  };

  const bundle = bundleFor(initial);
  if (bundle instanceof Promise) {
    bundle.then(
      (b) => start(initial, b),
      (error: unknown) => {
        console.warn(`[siae-diagnostic] wording for "${initial}" unavailable; showing French.`, error);
        start('fr', bundleFor('fr') as Awaited<typeof bundle>);
      },
    );
  } else start(initial, bundle);

  const handle: MountHandle = {
    unmount() {
      if (!alive) return;
      alive = false;
      mounted.delete(el);
      render(null, container);
      container.remove();
      removeStyles();
      wrapper?.remove();
    },
  };
  mounted.set(el, handle);
  return handle;
}
