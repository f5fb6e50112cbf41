/**
 * Iframe mode: the standalone page, when framed, tells its parent how tall it
 * is so the frame can fit it. The message carries a height and nothing else:
 *   { source: 'siae-diagnostic', type: 'height', height: number, frame: string | null }
 * `frame` echoes the page's `?frame=` parameter so a host with several
 * frames can tell them apart. Sent only when the rounded height changes, to
 * avoid resize loops.
 */
export const MESSAGE_SOURCE = 'siae-diagnostic';

export interface HeightMessage {
  readonly source: typeof MESSAGE_SOURCE;
  readonly type: 'height';
  readonly height: number;
  readonly frame: string | null;
}

/** The parent's origin, from `?origin=` or the referrer; '*' only as a last resort (the message holds no answer). */
export function parentOrigin(search: string, referrer: string): string {
  const candidates = [new URLSearchParams(search).get('origin'), referrer];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      if (origin !== 'null') return origin;
    } catch {
      // Not a URL: try the next candidate.
    }
  }
  return '*';
}

/** Starts reporting the height when framed; returns how to stop. */
export function startFrameBridge(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  const target = parentOrigin(win.location.search, win.document.referrer);
  const frame = new URLSearchParams(win.location.search).get('frame');
  let last = -1;
  const send = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { source: MESSAGE_SOURCE, type: 'height', height, frame };
    win.parent.postMessage(message, target);
  };
  const observer = new ResizeObserver(send);
  observer.observe(win.document.documentElement);
  send();
  return () => observer.disconnect();
}
