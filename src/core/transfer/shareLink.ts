/**
 * The share link: answers packed into the URL fragment, which browsers never
 * send to a server. Frame: [format version: 1 byte][questionnaire structure:
 * 2 bytes][answer bits][checksum: 3 bytes]. The first byte and the trailing
 * checksum must keep their place in every future version, so a newer link is
 * told apart from a damaged one.
 *
 * Version 2 (a colleague's reply to a team diagnostic) adds, after the
 * structure, a flags byte and a team section (team id, optional first name);
 * the rest is as in version 1. A link without a team is still written as
 * version 1, byte for byte as before, so earlier widgets keep opening it.
 * Version 3 is version 1 followed by the action plan (src/core/transfer/sharePlan),
 * written only when the author ticked it: the plan holds names.
 */
import type { AnswerValue, Answers, Profile, Questionnaire } from '../questionnaire';
import { BitReader, BitWriter } from './bits';
import { openFrame, readHashParam, sealFrame } from './frame';
import { checkAgainst } from '../answers';
import { earlierLayouts, reviseAnswers } from '../revision';
import { nullProto } from './sanitize';
import { type Field, fieldsHash, fieldsOf, fieldsOfLayout, readField, structureHash, writeField } from './shareCodec';
import type { Plan } from '../plan';
import { readPlan, writePlan } from './sharePlan';
import { readFirstName, readTeamId, type ShareTeam, writeFirstName, writeTeamId } from './teamBits';

export const SHARE_VERSION = 1;
/** With a team section: a reply to a team diagnostic. */
export const REPLY_VERSION = 2;
/** Version 1 followed by the action plan, written only when the author chose to include it. */
export const PLAN_VERSION = 3;
const FLAG_DATE = 0x80;
const FLAG_TEAM = 0x40;
const FLAG_FIRST_NAME = 0x20;
export const SHARE_PARAM = 'r';
/** Real links are a few dozen characters, a few thousand with a full plan; anything past this is not ours. */
export const MAX_SHARE_CHARS = 16000;
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_MS = Date.UTC(2020, 0, 1);

export type ShareError = 'tooLong' | 'malformed' | 'checksum' | 'unknownVersion' | 'otherQuestionnaire';

export interface ShareData {
  readonly profile: Profile;
  readonly answers: Answers;
  /** Day precision (midnight UTC). */
  readonly createdAt?: Date;
  /** Only in a reply link (version 2). */
  readonly team?: ShareTeam;
  /** Only in a link whose author chose to include it. */
  readonly plan?: Plan;
}

export type ShareOutcome =
  /** `reasked`: answers to an earlier questionnaire version that are not carried over. */
  | { readonly ok: true; readonly data: ShareData; readonly dropped: readonly string[]; readonly adjusted?: readonly string[]; readonly reasked: number }
  | { readonly ok: false; readonly error: ShareError };

export interface ShareInput {
  readonly questionnaire: Questionnaire;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly createdAt?: Date;
  /** Makes it a reply link (version 2). */
  readonly team?: ShareTeam;
  /** The plan holds names: pass it only when the user asked to include it. */
  readonly plan?: Plan;
}

export function encodeShare(input: ShareInput): string {
  const { profile, answers } = checkAgainst(input.questionnaire, input.profile, input.answers);
  const fields = fieldsOf(input.questionnaire);
  const w = new BitWriter();
  const withPlan = !input.team && input.plan !== undefined && input.plan.length > 0;
  w.write(input.team ? REPLY_VERSION : withPlan ? PLAN_VERSION : SHARE_VERSION, 8);
  w.write(structureHash(input.questionnaire), 16);
  // Two bytes of days reach 2199; a date outside that is left out, not bent.
  const days = input.createdAt === undefined ? NaN : Math.floor((input.createdAt.getTime() - EPOCH_MS) / DAY_MS);
  const hasDate = days >= 0 && days <= 0xffff;
  if (input.team) {
    const named = input.team.firstName !== undefined && input.team.firstName.trim() !== '';
    w.write((hasDate ? FLAG_DATE : 0) | FLAG_TEAM | (named ? FLAG_FIRST_NAME : 0), 8);
    if (hasDate) w.write(days, 16);
    writeTeamId(w, input.team.id);
    if (named) writeFirstName(w, input.team.firstName ?? '');
  } else {
    w.write(hasDate ? 1 : 0, 1);
    if (hasDate) w.write(days, 16);
  }
  for (const f of fields.profile) writeField(w, f, profile[f.key]);
  for (const f of fields.questions) writeField(w, f, answers[f.key]);
  if (withPlan && input.plan) writePlan(w, input.plan);
  return sealFrame(w.toBytes());
}

/** Version 2's flags and team section; null when the bits run out, 'bad' on a flag no version sets. */
function readTeamSection(r: BitReader, dropped: string[]): { days: number | null | undefined; team: ShareTeam | undefined } | null | 'bad' {
  const flags = r.read(8);
  if (flags === null) return null;
  if ((flags & ~(FLAG_DATE | FLAG_TEAM | FLAG_FIRST_NAME)) !== 0 || (flags & FLAG_TEAM) === 0) return 'bad';
  const days = flags & FLAG_DATE ? r.read(16) : undefined;
  const id = readTeamId(r);
  if (id === null) return null;
  if (!(flags & FLAG_FIRST_NAME)) return { days, team: { id } };
  const name = readFirstName(r);
  if (name === null) return null;
  if (name.bad) dropped.push('team.firstName');
  return { days, team: name.firstName === undefined ? { id } : { id, firstName: name.firstName } };
}

function readFields(r: BitReader, fields: readonly Field[], prefix: string, dropped: string[]): Record<string, AnswerValue> | null {
  const entries: [string, AnswerValue][] = [];
  for (const f of fields) {
    const read = readField(r, f);
    if (read === null) return null;
    if (read.bad) dropped.push(prefix + f.key);
    else if (read.value !== undefined) entries.push([f.key, read.value]);
  }
  return nullProto(entries);
}

export function decodeShare(payload: string, questionnaire: Questionnaire, now: Date = new Date()): ShareOutcome {
  const frame = openFrame(payload, MAX_SHARE_CHARS);
  if ('error' in frame) return { ok: false, error: frame.error };
  const { body } = frame;

  const r = new BitReader(body);
  const version = r.read(8);
  if (version !== SHARE_VERSION && version !== REPLY_VERSION && version !== PLAN_VERSION) return { ok: false, error: 'unknownVersion' };
  const structure = r.read(16);
  if (structure === null) return { ok: false, error: 'malformed' };
  // A link of an earlier version decodes with that version's frozen layout.
  const current = structure === structureHash(questionnaire);
  const earlier = current ? undefined : earlierLayouts(questionnaire).find((e) => fieldsHash(fieldsOfLayout(e.layout)) === structure);
  if (!current && !earlier) return { ok: false, error: 'otherQuestionnaire' };
  const revision = earlier?.revision;
  const dropped: string[] = [];
  const section = version === REPLY_VERSION ? readTeamSection(r, dropped) : { days: r.read(1) === 1 ? r.read(16) : undefined, team: undefined };
  if (section === null || section === 'bad') return { ok: false, error: 'malformed' };
  const { days, team } = section;
  const fields = earlier ? fieldsOfLayout(earlier.layout) : fieldsOf(questionnaire);
  const profileRead = readFields(r, fields.profile, 'profile.', dropped);
  const read = readFields(r, fields.questions, '', dropped);
  const plan = version === PLAN_VERSION ? readPlan(r) : undefined;
  if (days === null || profileRead === null || read === null || plan === null || r.bytesUsed !== body.length) return { ok: false, error: 'malformed' };
  let answersRead: Answers = read;
  let reasked = 0;
  if (revision) {
    const revised = reviseAnswers(revision, read);
    const checked = checkAgainst(questionnaire, profileRead, revised.answers);
    answersRead = checked.answers;
    reasked = revised.reasked + checked.dropped.length;
  }

  // A hand-made link goes through the same answer rules as everything else ("Aucun" plus others).
  const ruled = checkAgainst(questionnaire, profileRead, answersRead);
  const { profile, answers } = ruled;
  for (const id of ruled.dropped) if (!dropped.includes(id)) dropped.push(id);
  const createdAt = days === undefined ? undefined : new Date(EPOCH_MS + days * DAY_MS);
  // A date ahead of today can only come from an edited link; show none rather than a wrong one.
  const dated: ShareData = createdAt === undefined || createdAt.getTime() > now.getTime() + DAY_MS ? { profile, answers } : { profile, answers, createdAt };
  const withExtras = team ? { ...dated, team } : dated;
  return { ok: true, data: plan === undefined ? withExtras : { ...withExtras, plan }, dropped, adjusted: ruled.adjusted, reasked };
}

/** The fragment to append to the page URL, `#` included. */
export function shareFragment(payload: string): string {
  return `#${SHARE_PARAM}=${payload}`;
}

/** The share or reply payload in a location hash such as `#r=…` or `#lang=fr&r=…`, or null. */
export function readShareFromHash(hash: string): string | null {
  return readHashParam(hash, SHARE_PARAM);
}
