/**
 * Every resource a recommendation links to, in one list a partner can
 * replace. Home pages only: deep links rot and cannot be checked from here.
 * Names are proper nouns, identical in every language.
 */
import type { Resource } from '../core/recommendations';

export const resources: readonly Resource[] = [
  { id: 'lesBonsClics', name: 'Les Bons Clics', url: 'https://www.lesbonsclics.fr' },
  { id: 'pix', name: 'Pix', url: 'https://pix.fr' },
  { id: 'solidatech', name: 'Solidatech', url: 'https://www.solidatech.fr' },
  { id: 'franceNum', name: 'France Num', url: 'https://www.francenum.gouv.fr' },
  { id: 'cybermalveillance', name: 'Cybermalveillance.gouv.fr', url: 'https://www.cybermalveillance.gouv.fr' },
  { id: 'cnil', name: 'CNIL', url: 'https://www.cnil.fr' },
  { id: 'weTechCare', name: 'WeTechCare', url: 'https://wetechcare.org' },
  { id: 'emmausConnect', name: 'Emmaüs Connect', url: 'https://emmaus-connect.org' },
  { id: 'laMednum', name: 'La Mednum', url: 'https://lamednum.coop' },
  { id: 'aidantsConnect', name: 'Aidants Connect', url: 'https://aidantsconnect.beta.gouv.fr' },
  { id: 'avise', name: 'Avise', url: 'https://www.avise.org' },
  { id: 'framasoft', name: 'Framasoft', url: 'https://framasoft.org' },
  { id: 'monCompteFormation', name: 'Mon Compte Formation', url: 'https://www.moncompteformation.gouv.fr' },
  { id: 'emploisInclusion', name: 'Les emplois de l’inclusion', url: 'https://emplois.inclusion.beta.gouv.fr' },
  { id: 'leMarche', name: 'Le marché de l’inclusion', url: 'https://lemarche.inclusion.gouv.fr' },
  { id: 'franceConnect', name: 'FranceConnect', url: 'https://franceconnect.gouv.fr' },
  { id: 'clea', name: 'Certificat CléA', url: 'https://www.certificat-clea.fr' },
  { id: 'franceCompetences', name: 'France compétences', url: 'https://www.francecompetences.fr' },
  { id: 'urssafAutoEntrepreneur', name: 'Urssaf autoentrepreneur', url: 'https://www.autoentrepreneur.urssaf.fr' },
  // Funding (src/data/funding.ts): France compétences' table (above) finds a structure's OPCO from its IDCC or SIRET.
  // The FDI is set by the Code du travail; it has no site of its own.
  { id: 'codeTravail', name: 'Code du travail numérique', url: 'https://code.travail.gouv.fr' },
  { id: 'centreFondations', name: 'Centre français des fonds et fondations', url: 'https://www.centre-francais-fondations.org' },
];
