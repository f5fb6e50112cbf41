/**
 * All recommendations, grouped by dimension in `recos/`. Order matters only
 * to break ties in the selection: within a dimension, list the more
 * fundamental advice first.
 */
import type { Recommendation } from '../core/recommendations';
import { equipmentRecommendations } from './recos/equipment';
import { pathwayRecommendations } from './recos/pathway';
import { processRecommendations } from './recos/processes';
import { remoteRecommendations } from './recos/remote';
import { skillRecommendations } from './recos/skills';
import { softwareRecommendations } from './recos/software';
import { strategyRecommendations } from './recos/strategy';

export const recommendations: readonly Recommendation[] = [
  ...equipmentRecommendations,
  ...softwareRecommendations,
  ...processRecommendations,
  ...skillRecommendations,
  ...pathwayRecommendations,
  ...remoteRecommendations,
  ...strategyRecommendations,
];
