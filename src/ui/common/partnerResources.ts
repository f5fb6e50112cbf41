/**
 * A partner may point the recommendations to its own resources (a regional
 * federation, a local digital-inclusion network): entries given with an
 * existing id replace that resource's name and address. Only https
 * addresses are accepted; anything else is ignored with one warning.
 */
import type { Resource } from '../../core/recommendations';

function isResource(value: unknown): value is Resource {
  const r = value as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null) return false;
  if (typeof r['id'] !== 'string' || typeof r['name'] !== 'string' || typeof r['url'] !== 'string') return false;
  try {
    return new URL(r['url']).protocol === 'https:' && r['name'].trim() !== '';
  } catch {
    return false;
  }
}

export function withPartnerResources(base: readonly Resource[], given: unknown, warn: (message: string) => void = console.warn): readonly Resource[] {
  if (given === undefined) return base;
  const list = Array.isArray(given) ? given : [];
  const known = new Set(base.map((r) => r.id));
  const usable = list.filter((r): r is Resource => isResource(r) && known.has(r.id));
  if (usable.length !== list.length || !Array.isArray(given)) {
    warn(`[siae-diagnostic] ${list.length - usable.length || 'the'} invalid resource(s) ignored: each needs a known id, a name and an https url.`);
  }
  const byId = new Map(usable.map((r) => [r.id, { id: r.id, name: r.name.trim(), url: r.url }]));
  return base.map((r) => byId.get(r.id) ?? r);
}
