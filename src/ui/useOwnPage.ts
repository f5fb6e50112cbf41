import { useLayoutEffect } from 'preact/hooks';

/**
 * When the widget owns the page (the standalone page, `pageTitle: true`),
 * the document's title says where the user is, as screen readers announce it
 * first and browser tabs show it, and `<html lang>` follows the language
 * chosen. An embed never touches its host's title or language.
 */
export function useOwnPage(owns: boolean, title: string, lng: string): void {
  useLayoutEffect(() => {
    if (!owns) return;
    document.title = title;
    document.documentElement.lang = lng;
  }, [owns, title, lng]);
}
