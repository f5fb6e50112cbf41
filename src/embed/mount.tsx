/**
 * The one entry: `mount(element, options)` renders the diagnostic inside the
 * element's shadow root and returns `{ unmount }`. The custom element, the
 * standalone page and the iframe mode are all built on it. Importing this
 * module has no side effect.
 */
import { render } from 'preact';
import type { PartnerContent } from '../core/content';
import { questionnaire } from '../data/questionnaire';
import { handOver } from '../i18n/handOver';
import { createReader } from '../i18n/reader';
import { switchLanguage } from '../i18n/translator';
import { bundleFor } from '../i18n/bundles';
import { pickLanguage, type Language } from '../i18n/languages';
import { syncTabs, type TabSync } from '../store/crossTab';
import { createDiagnosticStore, type DiagnosticStore } from '../store/diagnosticStore';
import { createSafeStorage, type StorageKind } from '../store/safeStorage';
import type { WidgetEvent } from '../ui/context';
import { prefetchResults } from '../ui/ResultsLazy';
import { ownOptions, resolveOptions, type MountOptions } from './options';
import { fetchBenchmark } from './networkBenchmark';
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

/** What a remount on the same element keeps: the store, so answers and step survive. */
interface Live {
  readonly store: DiagnosticStore;
  readonly sync: TabSync;
  readonly storage: StorageKind;
  readonly key: string;
}
const live = new WeakMap<Element, Live>();

export function mount(el: HTMLElement, options: MountOptions = {}): MountHandle {
  return mountWith(el, options, null, false);
}

/**
 * Mounts again on an element whose options changed (the custom element's
 * attributes): same store when storage and key are the same, so the user
 * stays on their step, even with `storage="none"`; focus goes back to the
 * step's heading if it was in the widget.
 */
export function remount(el: HTMLElement, options: MountOptions): MountHandle {
  return mountWith(el, options, live.get(el) ?? null, Boolean(el.shadowRoot?.activeElement));
}

function mountWith(el: HTMLElement, options: MountOptions, previous: Live | null, refocus: boolean): MountHandle {
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

  const given = ownOptions(options) as MountOptions;
  const content = { questionnaire };
  // Checked with the results code, which needs them (`ui/common/fullContent.ts`): one warning then for what is ignored.
  let partnerContent: PartnerContent = { resources: given.resources, benchmarks: given.benchmark === undefined ? [] : [{ raw: given.benchmark, from: 'option' }] };
  const kept = previous && previous.storage === opts.storage && previous.key === opts.storageKey ? previous : null;
  const sync = kept?.sync ?? syncTabs(createSafeStorage(opts.storage), opts.storageKey, questionnaire);
  const store = kept?.store ?? createDiagnosticStore(questionnaire, sync.storage, opts.storageKey);
  const stopSync = sync.attach(store);
  live.set(el, { store, sync, storage: opts.storage, key: opts.storageKey });
  if (!kept) {
    store.getState().openShareLink(location.hash);
    store.getState().openInvitation(location.hash);
  }
  // A share link pasted into a tab already showing the widget changes only the hash.
  const onHashChange = () => {
    store.getState().openShareLink(location.hash);
    store.getState().openInvitation(location.hash);
  };
  window.addEventListener('hashchange', onHashChange);
  const initial = pickLanguage(opts.lang, document.documentElement.lang, navigator.languages ?? [], store.getState().language);
  const i18nOptions = {
    overrides: opts.texts,
    // Content editors see a forgotten key at once; tests fail on it.
    onMissingKey: (lng: string, key: string) => console.warn(`[siae-diagnostic] missing wording ${lng} ${key}`),
  };
  let alive = true;
  let draw: (() => void) | null = null;
  let stopPrefetch = () => {};

  const start = (lng: Language, bundle: Awaited<ReturnType<typeof bundleFor>>) => {
    if (!alive) return;
    // The first screens read their wording without i18next; it comes with results.js and takes over.
    const i18n = handOver(createReader(lng, bundle, i18nOptions), i18nOptions);
    stopPrefetch = prefetchResults(opts.nonce, (results) => i18n.takeOver(results.createI18n));
    const changeLanguage = (next: Language) => switchLanguage(i18n, next);
    const emit = (event: WidgetEvent) => dispatch(el, event);
    store.getState().showLanguage(lng);
    // Drawn again when a network's benchmark file arrives (benchmark-src).
    draw = () => {
      const fixed = { store, content, partnerContent, storageKind: opts.storage, emit, nonce: opts.nonce, pageTitle: opts.pageTitle, shareUrl: opts.shareUrl };
      render(<WidgetRoot i18n={i18n} initialLanguage={lng} changeLanguage={changeLanguage} fixed={fixed} />, container);
    };
    draw();
    if (refocus) container.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  };
  if (opts.benchmarkSrc) {
    const src = opts.benchmarkSrc;
    void fetchBenchmark(src).then((raw) => {
      if (!alive || raw === undefined) return;
      partnerContent = { ...partnerContent, benchmarks: [...partnerContent.benchmarks, { raw, from: src }] };
      draw?.();
    });
  }

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
      stopPrefetch();
      stopSync();
      window.removeEventListener('hashchange', onHashChange);
      mounted.delete(el);
      live.delete(el);
      render(null, container);
      container.remove();
      removeStyles();
      wrapper?.remove();
    },
  };
  mounted.set(el, handle);
  return handle;
}
