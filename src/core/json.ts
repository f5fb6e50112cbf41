/**
 * JSON.stringify that does not trust the host page's prototypes. Prototype.js
 * (still on some partner sites) defines `Array.prototype.toJSON` (and on
 * String, Number…) returning JSON text, so a plain `JSON.stringify` saves
 * multiple-choice answers as strings and changes the share link's
 * questionnaire hash. Those methods are set aside for the synchronous time
 * of the call and put back as they were.
 */
// Date's own toJSON is the standard one, and is left alone.
const PROTOTYPES = [Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Object.prototype] as const;

export function stringify(value: unknown, space?: number): string {
  const setAside: [object, PropertyDescriptor][] = [];
  for (const proto of PROTOTYPES) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'toJSON');
    if (descriptor?.configurable && delete (proto as { toJSON?: unknown }).toJSON) setAside.push([proto, descriptor]);
  }
  try {
    return JSON.stringify(value, null, space);
  } finally {
    for (const [proto, descriptor] of setAside) Object.defineProperty(proto, 'toJSON', descriptor);
  }
}
