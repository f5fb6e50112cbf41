import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr/resultsUi.json';
import en from '../../locales/en/resultsUi.json';
import { fundingFor } from '../../src/core/funding';
import { defaultContent } from '../../src/data/content';

describe('funding sources of the shipped content', () => {
  it('each has its wording in every language', () => {
    for (const source of defaultContent.funding ?? []) {
      expect((fr.funding as Record<string, string>)[source.id], source.id).toBeTruthy();
      expect((en.funding as Record<string, string>)[source.id], source.id).toBeTruthy();
    }
  });

  it('training goes to the OPCO, equipment to Solidatech, a project to the FDI and foundations', () => {
    const ids = (rec: string) => fundingFor(rec, defaultContent.funding ?? [], defaultContent.resources).map((f) => f.id);
    expect(ids('trainInWorkTime')).toContain('opco');
    expect(ids('equipEveryStaff')).toEqual(expect.arrayContaining(['solidatech', 'fdi', 'foundations']));
    const opco = fundingFor('trainInWorkTime', defaultContent.funding ?? [], defaultContent.resources).find((f) => f.id === 'opco');
    expect(opco?.resource.url).toBe('https://www.francecompetences.fr');
  });
});
