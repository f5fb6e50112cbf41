/** The transfer tests' questionnaire with the profile question a team needs: the respondent's role. */
import type { Questionnaire } from '../questionnaire';
import { fixture as base } from '../transfer/testFixture';
import { TEAM_ROLES } from './types';

export const fixture: Questionnaire = { ...base, profile: [...base.profile, { id: 'role', kind: 'single', options: TEAM_ROLES.map((id) => ({ id })) }] };
