/**
 * Frozen copy of questionnaire 2026.1's shape (order, ids, options, arity,
 * "je ne sais pas"), as its share links encode it: kept so those links still
 * decode after the questionnaire changed. Never edit: it describes the past.
 * Each row: [id, multiple (1) or single (0), offers "je ne sais pas" (1), option ids].
 */
import type { LegacyLayout } from '../../core/revision';

export const layout2026_1: LegacyLayout = {
  profile: [
    ['structureType', 0, 0, ['aci', 'ei', 'etti', 'ai', 'eiti', 'several']],
    ['permanentStaff', 0, 0, ['p1_5', 'p6_15', 'p16_50', 'p51plus']],
    ['pathwayStaff', 0, 0, ['s1_20', 's21_50', 's51_100', 's101plus']],
    ['role', 0, 0, ['director', 'cip', 'supervisor', 'admin', 'other']],
  ],
  questions: [
    ['eq_sufficiency', 0, 1, ['fully', 'mostly', 'partly', 'not_at_all']],
    ['eq_staff_computers', 0, 0, ['none', 'some', 'most', 'all']],
    ['eq_connection', 0, 1, ['none', 'unreliable', 'adequate', 'good']],
    ['eq_pathway_devices', 1, 0, ['shared_devices', 'wifi', 'loan', 'none']],
    ['eq_maintenance', 0, 1, ['none', 'volunteer', 'provider', 'planned']],
    ['sw_pro_email', 0, 0, ['none', 'some', 'most', 'all']],
    ['sw_uses', 0, 1, ['yes', 'no']],
    ['sw_domains', 1, 0, ['payroll_hr', 'planning', 'accounting', 'pathway_followup', 'commercial']],
    ['sw_shared_docs', 0, 0, ['never', 'sometimes', 'often', 'always']],
    ['sw_fit', 0, 1, ['not_at_all', 'partly', 'mostly', 'fully']],
    ['proc_digitised', 1, 1, ['recruitment', 'pathway', 'commercial', 'admin', 'planning', 'none']],
    ['proc_pathway_record', 0, 1, ['paper', 'local_files', 'shared_files', 'dedicated_tool']],
    ['proc_paperless', 0, 1, ['none', 'some', 'most', 'all']],
    ['proc_reporting', 0, 1, ['manual', 'partly', 'mostly', 'automatic']],
    ['proc_data_protection', 1, 1, ['access_rights', 'backups', 'passwords', 'gdpr', 'none']],
    ['sk_direction', 0, 1, ['low', 'basic', 'comfortable', 'advanced']],
    ['sk_cip', 0, 1, ['low', 'basic', 'comfortable', 'advanced']],
    ['sk_supervisors', 0, 1, ['low', 'basic', 'comfortable', 'advanced']],
    ['sk_admin', 0, 1, ['low', 'basic', 'comfortable', 'advanced']],
    ['sk_appetite', 0, 0, ['reluctant', 'mixed', 'mostly', 'convinced']],
    ['pw_access', 0, 0, ['no', 'on_request', 'scheduled', 'autonomous']],
    ['pw_assessment', 0, 1, ['no', 'informal', 'tool_some', 'tool_all']],
    ['pw_training', 0, 1, ['no', 'referral', 'some', 'all']],
    ['pw_steps', 1, 1, ['online_procedures', 'job_search', 'personal_email', 'payslip_access', 'none']],
    ['pw_cip_support', 0, 1, ['never', 'sometimes', 'often', 'always']],
    ['rem_video', 0, 0, ['no', 'few', 'most', 'all']],
    ['rem_messaging', 0, 1, ['in_person', 'phone', 'group_messaging', 'agreed_channel']],
    ['rem_remote_access', 0, 1, ['no', 'some', 'most', 'all']],
    ['rem_mission_docs', 0, 1, ['no', 'some', 'most', 'all']],
    ['rem_continuity', 0, 1, ['no', 'partly', 'mostly', 'fully']],
    ['strat_plan', 0, 1, ['none', 'ad_hoc', 'budget', 'plan']],
    ['strat_lead', 0, 0, ['no', 'informal', 'named', 'named_time']],
    ['strat_training', 0, 1, ['none', 'few', 'some_teams', 'all_teams']],
    ['strat_ambassadors', 0, 1, ['no', 'one', 'several', 'organised']],
  ],
};
