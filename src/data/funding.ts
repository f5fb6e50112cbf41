/**
 * Where funding may come from, per recommendation (see core/funding.ts).
 * Facts from /work/shared/study/IAE.md: the OPCO follows the IDCC or SIRET
 * (France compétences' table); Solidatech serves associations (whether an
 * SIAE that is a company may join is not confirmed, so the wording says to
 * check); the FDI funds start-up, development, consulting and
 * professionalisation, and whether it funds a digital project is for the
 * DDETS to say (worded as a question). What each may fund: `funding.<id>`
 * in locales/<lng>/resultsUi.json.
 */
import type { FundingSource } from '../core/funding';

// EITI participants are self-employed, not employees: their training (trainEntrepreneurs) is not the structure's OPCO's.
const TRAINING = ['trainInWorkTime', 'trainBetweenMissions', 'certifySkills', 'cipDigitalConfidence', 'supervisorsAtWorkstation', 'iaePlatformsTraining', 'closeTeamGaps', 'trainEveryTeam'];
const EQUIPMENT = ['equipEveryStaff', 'pathwayDeviceCorner', 'pathwayMobileAccess', 'fundEquipment'];
const SOFTWARE = ['maintenanceAndRenewal', 'firstSoftware', 'proEmailForAll', 'sharedWorkspace', 'commercialTools'];
const PROJECTS = ['equipEveryStaff', 'pathwayDeviceCorner', 'digitiseOneProcess', 'sharedPathwayRecords', 'digitalPlan'];

export const funding: readonly FundingSource[] = [
  { id: 'opco', resource: 'franceCompetences', recommendations: TRAINING },
  { id: 'solidatech', resource: 'solidatech', recommendations: [...EQUIPMENT, ...SOFTWARE] },
  { id: 'refurbished', resource: 'emmausConnect', recommendations: EQUIPMENT },
  { id: 'fdi', resource: 'codeTravail', recommendations: PROJECTS },
  { id: 'foundations', resource: 'centreFondations', recommendations: PROJECTS },
];
