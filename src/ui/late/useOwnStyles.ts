import { useLayoutEffect, useRef } from 'preact/hooks';

/** One constructed sheet per text, shared by every widget of the page (a sheet may be adopted by many roots). */
const sheets = new Map<string, CSSStyleSheet>();

function constructed(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Adds `css` to the shadow root (or document) the component renders in, for
 * as long as it is shown: the results' and the team view's styles come with
 * their lazily loaded code, not on the first screen. Added in a layout
 * effect, so before the first paint. Constructable stylesheets pass a strict
 * `style-src 'self'`; the <style> fallback carries the partner's nonce.
 */
export function useOwnStyles<T extends HTMLElement>(css: string, nonce: string | null) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
    try {
      const sheet = constructed(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // One occurrence each: two screens of one widget (results and team) may hold the same sheet.
      return () => {
        const sheets = [...root.adoptedStyleSheets];
        const at = sheets.lastIndexOf(sheet);
        if (at >= 0) sheets.splice(at, 1);
        root.adoptedStyleSheets = sheets;
      };
    } catch {
      const style = document.createElement('style');
      if (nonce) style.nonce = nonce;
      style.textContent = css;
      (root instanceof Document ? root.head : root).append(style);
      return () => style.remove();
    }
  }, [css]);
  return ref;
}
