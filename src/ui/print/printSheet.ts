/**
 * Prints only the result sheet, from the standalone page or from an embed on
 * a partner's page. `window.print()` prints the whole document, so for the
 * time of printing the sheet is added at the end of <body> (in its own shadow
 * root) with a document-level stylesheet that hides everything else on paper
 * and sets the A4 page (`@page` is ignored inside shadow roots). Both are
 * removed after printing, leaving the host page as it was. Constructable
 * stylesheets keep this working under a strict `style-src 'self'`. The
 * document's title, which browsers use as the PDF's title and file name, is
 * the sheet's for the time of printing too.
 */
import sheetCss from './sheet.css?inline';

export const PRINT_ATTRIBUTE = 'data-siae-print';

/** A CSS string: quotes and backslashes escaped, controls (a partner's line breaks) as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;

/**
 * The footer of every page, in the page's margin (Chromium draws @page
 * margin boxes, with the page number and total): `text` at the left, and
 * `pageOf` at the right, where \u0001 stands for the page and \u0002 the total.
 */
export function pageFooter(text: string, pageOf: string): string {
  const parts = pageOf.split(/(\u0001|\u0002)/).filter((p) => p !== '');
  const counter = parts.map((p) => (p === '\u0001' ? 'counter(page)' : p === '\u0002' ? 'counter(pages)' : cssString(p))).join(' ');
  const box = 'font: 7.5pt system-ui, sans-serif; color: #000000; vertical-align: top; padding-top: 3mm;';
  return `@page { @bottom-left { content: ${cssString(text)}; ${box} } @bottom-right { content: ${counter}; ${box} white-space: nowrap; } }`;
}

const PAGE_CSS = `
@page { size: A4 portrait; margin: 10mm 12mm 14mm; }
@media print {
  html, body { background: #ffffff !important; }
  body > :not([${PRINT_ATTRIBUTE}]) { display: none !important; }
  [${PRINT_ATTRIBUTE}] { display: block !important; }
}
@media screen { [${PRINT_ATTRIBUTE}] { display: none !important; } }`;

function constructSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Adds `css` to a document or shadow root; returns how to remove it. */
function addStyles(target: Document | ShadowRoot, css: string, nonce: string | null): () => void {
  const sheet = 'adoptedStyleSheets' in target ? constructSheet(css) : null;
  if (sheet) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  ('head' in target ? target.head : target).append(style);
  return () => style.remove();
}

/** The print session open in each document: one at a time. */
const sessions = new WeakMap<Document, () => void>();

/** Where `afterprint` never comes (in-app browsers, headless), the user's next move ends printing. */
const BACK_ON_PAGE = ['focus', 'pointerdown', 'keydown'] as const;

/**
 * Renders the sheet with `renderInto`, prints, and cleans up on `afterprint`
 * or, where it never comes, on the next focus, pointer or key event. A second print closes the first session, so the page's own title is
 * captured once. Returns the cleanup so a caller (or a test) can run it early.
 * `lang` is the sheet's language, which may differ from the page's.
 */
export function printSheet(renderInto: (container: HTMLElement) => () => void, nonce: string | null = null, title = '', win: Window = window, lang = '', footer = ''): () => void {
  const doc = win.document;
  sessions.get(doc)?.();
  const pageTitle = doc.title;
  if (title) doc.title = title;
  doc.querySelectorAll(`[${PRINT_ATTRIBUTE}]`).forEach((old) => old.remove());
  const host = doc.createElement('div');
  host.setAttribute(PRINT_ATTRIBUTE, '');
  if (lang) host.lang = lang;
  const shadow = host.attachShadow({ mode: 'open' });
  const removeSheetStyles = addStyles(shadow, sheetCss, nonce);
  const container = doc.createElement('div');
  container.className = 'sheet';
  shadow.append(container);
  const unrender = renderInto(container);
  doc.body.append(host);
  const removePageStyles = addStyles(doc, PAGE_CSS + footer, nonce);
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    sessions.delete(doc);
    win.removeEventListener('afterprint', cleanup);
    for (const type of BACK_ON_PAGE) win.removeEventListener(type, cleanup, true);
    unrender();
    removeSheetStyles();
    removePageStyles();
    host.remove();
    if (title) doc.title = pageTitle;
  };
  sessions.set(doc, cleanup);
  win.addEventListener('afterprint', cleanup);
  win.print();
  if (!done) for (const type of BACK_ON_PAGE) win.addEventListener(type, cleanup, true);
  return cleanup;
}
