/**
 * The share link: answers packed into the URL fragment, which browsers never
 * send to a server. Frame: [format version: 1 byte][questionnaire structure:
 * 2 bytes][answer bits][checksum: 3 bytes]. The first byte and the trailing
 * checksum must keep their place in every future version, so a newer link is
 * told apart from a damaged one.
 */
import type { AnswerValue, Answers, Profile, Questionnaire } from '../questionnaire';
import { decodeBase64url, encodeBase64url } from './base64url';
import { BitReader, BitWriter, checksum24 } from './bits';
import { checkAgainst } from '../answers';
import { reviseAnswers } from '../revision';
import { nullProto } from './sanitize';
import { type Field, fieldsHash, fieldsOf, fieldsOfLayout, readField, structureHash, writeField } from './shareCodec';
import type { Plan } from '../plan';
import { readPlan, writePlan } from './sharePlan';

/**
 * Version 2 is version 1 followed by the action plan. A link without the
 * plan is still written as version 1, so it stays short and carries no names.
 */
export const SHARE_VERSION = 2;
const SHARE_VERSION_NO_PLAN = 1;
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
  /** The plan holds names: pass it only when the user asked to include it. */
  readonly plan?: Plan;
}

export function encodeShare(input: ShareInput): string {
  const { profile, answers } = checkAgainst(input.questionnaire, input.profile, input.answers);
  const fields = fieldsOf(input.questionnaire);
  const w = new BitWriter();
  const withPlan = input.plan !== undefined && input.plan.length > 0;
  w.write(withPlan ? SHARE_VERSION : SHARE_VERSION_NO_PLAN, 8);
  w.write(structureHash(input.questionnaire), 16);
  // Two bytes of days reach 2199; a date outside that is left out, not bent.
  const days = input.createdAt === undefined ? NaN : Math.floor((input.createdAt.getTime() - EPOCH_MS) / DAY_MS);
  const hasDate = days >= 0 && days <= 0xffff;
  w.write(hasDate ? 1 : 0, 1);
  if (hasDate) w.write(days, 16);
  for (const f of fields.profile) writeField(w, f, profile[f.key]);
  for (const f of fields.questions) writeField(w, f, answers[f.key]);
  if (withPlan && input.plan) writePlan(w, input.plan);
  const body = w.toBytes();
  const sum = checksum24(body);
  return encodeBase64url(Uint8Array.from([...body, sum >>> 16, (sum >>> 8) & 0xff, sum & 0xff]));
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
  if (typeof payload !== 'string' || payload.length > MAX_SHARE_CHARS) return { ok: false, error: 'tooLong' };
  const bytes = decodeBase64url(payload);
  // The smallest frame any version can have: its version byte and the checksum.
  if (bytes === null || bytes.length < 4) return { ok: false, error: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 3);
  const sum = ((bytes[bytes.length - 3] ?? 0) << 16) | ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (checksum24(body) !== sum) return { ok: false, error: 'checksum' };

  const r = new BitReader(body);
  const version = r.read(8);
  if (version !== SHARE_VERSION && version !== SHARE_VERSION_NO_PLAN) return { ok: false, error: 'unknownVersion' };
  const structure = r.read(16);
  if (structure === null) return { ok: false, error: 'malformed' };
  // A link of an earlier version decodes with that version's frozen layout.
  const revision = structure === structureHash(questionnaire) ? undefined : questionnaire.revisions?.find((rev) => fieldsHash(fieldsOfLayout(rev.layout)) === structure);
  if (structure !== structureHash(questionnaire) && !revision) return { ok: false, error: 'otherQuestionnaire' };
  const days = r.read(1) === 1 ? r.read(16) : undefined;
  const fields = revision ? fieldsOfLayout(revision.layout) : fieldsOf(questionnaire);
  const dropped: string[] = [];
  const profileRead = readFields(r, fields.profile, 'profile.', dropped);
  const read = readFields(r, fields.questions, '', dropped);
  const plan = version === SHARE_VERSION ? readPlan(r) : undefined;
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
  return { ok: true, data: plan === undefined ? dated : { ...dated, plan }, dropped, adjusted: ruled.adjusted, reasked };
}

/** The fragment to append to the page URL, `#` included. */
export function shareFragment(payload: string): string {
  return `#${SHARE_PARAM}=${payload}`;
}

/**
 * The payload in a location hash such as `#r=…` or `#lang=fr&r=…`, or null.
 * Stops at the first character outside base64url, so a `.` or `)` that a
 * mail client glued to the link does not spoil it.
 */
export function readShareFromHash(hash: string): string | null {
  const prefix = `${SHARE_PARAM}=`;
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith(prefix)) continue;
    const payload = /^[A-Za-z0-9_-]*/.exec(part.slice(prefix.length))?.[0] ?? '';
    return payload === '' ? null : payload;
  }
  return null;
}
