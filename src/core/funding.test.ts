import { describe, expect, it } from 'vitest';
import { fundingFor, type FundingSource } from './funding';

const resources = [
  { id: 'franceCompetences', name: 'France compétences', url: 'https://www.francecompetences.fr' },
  { id: 'solidatech', name: 'Solidatech', url: 'https://www.solidatech.fr' },
];
const sources: FundingSource[] = [
  { id: 'opco', resource: 'franceCompetences', recommendations: ['train'] },
  { id: 'solidatech', resource: 'solidatech', recommendations: ['equip', 'train'] },
  { id: 'fdi', resource: 'missing', recommendations: ['train'] },
];

describe('fundingFor', () => {
  it('lists the sources naming a recommendation, with their resource, in order', () => {
    expect(fundingFor('train', sources, resources)).toEqual([
      { id: 'opco', resource: resources[0] },
      { id: 'solidatech', resource: resources[1] },
    ]);
    expect(fundingFor('equip', sources, resources).map((f) => f.id)).toEqual(['solidatech']);
    expect(fundingFor('other', sources, resources)).toEqual([]);
  });

  it('follows a partner replacement of the resource', () => {
    const partner = [{ id: 'solidatech', name: 'Notre réseau', url: 'https://reseau.example' }];
    expect(fundingFor('equip', sources, partner)[0]?.resource.name).toBe('Notre réseau');
  });
});
