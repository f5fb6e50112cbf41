/**
 * Puts the first screens' CSS into the widget's shadow root (the results'
 * and the team view's come with their code: `ui/late/useOwnStyles.ts`). Constructable stylesheets are
 * not blocked by `style-src 'self'`; a <style> element is, unless it carries
 * the partner's nonce, so it is only the fallback for older browsers.
 */
import css from '../ui/styles.css?inline';

let shared: CSSStyleSheet | null = null;

function constructable(): CSSStyleSheet | null {
  try {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    return shared;
  } catch {
    return null;
  }
}

/** Adds the styles; returns how to take them away again. */
export function adoptStyles(root: ShadowRoot, nonce: string | null): () => void {
  const sheet = 'adoptedStyleSheets' in root ? constructable() : null;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.prepend(style);
  return () => style.remove();
}
