import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Adds `css` to the shadow root (or document) the component renders in, for
 * as long as it is shown: the team view's styles come with its lazily loaded
 * code. Constructable stylesheets pass a strict `style-src 'self'`; the
 * <style> fallback carries the partner's nonce.
 */
export function useOwnStyles<T extends HTMLElement>(css: string, nonce: string | null) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
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
