/**
 * Partner options, checked once. Invalid values fall back to defaults with
 * one console warning each; the widget always renders.
 */
import type { OverridableKey } from '../i18n/translator';
import type { Language } from '../i18n/languages';
import { toLanguage } from '../i18n/languages';
import type { StorageKind } from '../store/safeStorage';

export interface MountOptions {
  /** "fr" or "en"; else a language the user switched to, the page's <html lang>, the browser's languages, French. */
  lang?: string;
  storage?: StorageKind;
  /** Key under which answers are kept; give each instance on a page its own. */
  storageKey?: string;
  /** Any CSS colour, e.g. "#0b5fff". */
  accent?: string;
  /** Nonce for the fallback <style> element, for partners whose CSP uses one. */
  nonce?: string;
  /** Replacements for resources, by id: `{ id, name, url }` with an https url. */
  resources?: readonly { id: string; name: string; url: string }[];
  /** The address share links are built on (http or https); else the page's origin and path. */
  shareUrl?: string;
  /** Render the widget's title as the page's <h1> (standalone page); embeds keep the host's. */
  pageTitle?: boolean;
  /** A few texts per language: welcome title and intro, contact line on the sheet. */
  texts?: Partial<Record<Language, Partial<Record<OverridableKey, string>>>>;
  /** A network's benchmark file (`{ version, dimensionAverages }`, as the network page exports it). Wins over `benchmarkSrc`. */
  benchmark?: unknown;
  /** URL of that file on the partner's site, fetched once; the widget's only request then. */
  benchmarkSrc?: string;
}

export interface ResolvedOptions {
  readonly lang: Language | null;
  readonly storage: StorageKind;
  readonly storageKey: string;
  readonly accent: string | null;
  readonly nonce: string | null;
  readonly texts: NonNullable<MountOptions['texts']>;
  readonly pageTitle: boolean;
  readonly shareUrl: string | null;
  readonly benchmarkSrc: string | null;
}

export const DEFAULT_STORAGE_KEY = 'siae-diagnostic';
const STORAGE_KINDS: readonly StorageKind[] = ['local', 'session', 'none'];

function isColour(value: string): boolean {
  const css = globalThis.CSS;
  return css?.supports ? css.supports('color', value) : /^#[0-9a-f]{3,8}$/i.test(value);
}

/**
 * The partner's own properties only, in a prototype-free copy: a page whose
 * `Object.prototype.lang` or `.storage` was polluted changes nothing.
 */
export function ownOptions(raw: unknown): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  if (typeof raw === 'object' && raw !== null) for (const key of Object.keys(raw)) out[key] = (raw as Record<string, unknown>)[key];
  return out;
}

/** http(s) only, relative to the page. */
function absoluteUrl(value: string): string | null {
  try {
    const url = new URL(value, globalThis.document?.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function resolveOptions(raw: unknown, warn: (message: string) => void = console.warn): ResolvedOptions {
  const o = ownOptions(raw);
  const bad = (name: string, value: unknown, fallback: string) =>
    warn(`[siae-diagnostic] Invalid ${name} ${JSON.stringify(value)}; using ${fallback}.`);
  let lang: Language | null = null;
  if (o['lang'] !== undefined && o['lang'] !== null && o['lang'] !== '') {
    lang = toLanguage(o['lang']);
    if (!lang) bad('lang', o['lang'], 'the page or browser language');
  }
  let storage: StorageKind = 'local';
  if (o['storage'] !== undefined) {
    if (STORAGE_KINDS.includes(o['storage'] as StorageKind)) storage = o['storage'] as StorageKind;
    else bad('storage', o['storage'], '"local"');
  }
  let storageKey = DEFAULT_STORAGE_KEY;
  if (o['storageKey'] !== undefined) {
    const key = o['storageKey'];
    if (typeof key === 'string' && /^[\w.:-]{1,64}$/.test(key)) storageKey = key;
    else bad('storage-key', key, `"${DEFAULT_STORAGE_KEY}"`);
  }
  let accent: string | null = null;
  if (o['accent'] !== undefined && o['accent'] !== '') {
    if (typeof o['accent'] === 'string' && isColour(o['accent'])) accent = o['accent'];
    else bad('accent', o['accent'], 'the default colour');
  }
  const nonce = typeof o['nonce'] === 'string' && o['nonce'] !== '' ? o['nonce'] : null;
  const texts = typeof o['texts'] === 'object' && o['texts'] !== null ? (o['texts'] as ResolvedOptions['texts']) : {};
  let shareUrl: string | null = null;
  if (o['shareUrl'] !== undefined && o['shareUrl'] !== '') {
    if (typeof o['shareUrl'] === 'string' && /^https?:\/\/[^/?#\s]+[^\s]*$/i.test(o['shareUrl'])) shareUrl = o['shareUrl'];
    else bad('share-url', o['shareUrl'], 'the page’s address');
  }
  let benchmarkSrc: string | null = null;
  if (o['benchmarkSrc'] !== undefined && o['benchmarkSrc'] !== '' && o['benchmark'] === undefined) {
    const url = typeof o['benchmarkSrc'] === 'string' ? absoluteUrl(o['benchmarkSrc']) : null;
    if (url) benchmarkSrc = url;
    else bad('benchmark-src', o['benchmarkSrc'], 'the study alone');
  }
  return { lang, storage, storageKey, accent, nonce, texts, pageTitle: o['pageTitle'] === true, shareUrl, benchmarkSrc };
}
