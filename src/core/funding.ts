/**
 * Where funding may come from for a recommendation: a few named sources
 * (the OPCO for training, Solidatech for equipment and software, the FDI or
 * foundations for projects), each pointing to a home page in the one
 * resource list, so a partner's replacement of that resource applies here too.
 */
import type { Resource } from './recommendations';

export interface FundingSource {
  /** Wording key `funding.<id>`: what it may fund and how to reach it. */
  readonly id: string;
  /** Id into the resource list. */
  readonly resource: string;
  /** The recommendations it may fund. */
  readonly recommendations: readonly string[];
}

export interface FundingResult {
  readonly id: string;
  readonly resource: Resource;
}

/** The funding sources for one recommendation, in the list's order; one whose resource is missing is left out. */
export function fundingFor(recommendation: string, sources: readonly FundingSource[], resources: readonly Resource[]): FundingResult[] {
  return sources.flatMap((s) => {
    const resource = resources.find((r) => r.id === s.resource);
    return resource && s.recommendations.includes(recommendation) ? [{ id: s.id, resource }] : [];
  });
}
