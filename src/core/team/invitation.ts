/**
 * The invitation link a starter sends to colleagues: a team id and the
 * structure's profile (type, sizes, the starter's role), plus its name only
 * if the starter typed one. Never anyone's answers. Frame, inside the common
 * envelope (`transfer/frame.ts`): [version: 1 byte][profile layout: 2 bytes]
 * [flags: 1 byte][day: 2 bytes, if flagged][team id: 6 bytes]
 * [structure name, if flagged][profile answers].
 */
import type { Profile, Questionnaire } from '../questionnaire';
import { BitReader, BitWriter } from '../transfer/bits';
import { type FrameError, openFrame, readHashParam, sealFrame } from '../transfer/frame';
import { normalizeStructureName } from '../transfer/exportFile';
import { checkAgainst } from '../answers';
import { earlierLayouts } from '../revision';
import { nullProto } from '../transfer/sanitize';
import { type Field, fieldsHash, fieldsOf, fieldsOfLayout, readField, writeField } from '../transfer/shareCodec';
import { readTeamId, writeTeamId } from '../transfer/teamBits';
import { readText, writeText } from '../transfer/textBits';

export const INVITE_VERSION = 1;
export const INVITE_PARAM = 'i';
export const MAX_INVITE_CHARS = 1000;
const FLAG_DATE = 0x80;
const FLAG_NAME = 0x40;
/** 120 characters of structure name are at most 480 bytes. */
const NAME_BITS = 9;
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_MS = Date.UTC(2020, 0, 1);

export interface Invitation {
  readonly teamId: string;
  /** The structure's profile; `role` is the starter's. */
  readonly profile: Profile;
  readonly structureName?: string;
  /** Day precision (midnight UTC). */
  readonly createdAt?: Date;
}

export type InviteError = FrameError | 'unknownVersion' | 'otherQuestionnaire';
export type InviteOutcome = { readonly ok: true; readonly invitation: Invitation } | { readonly ok: false; readonly error: InviteError };

const profileHash = (profile: readonly Field[]): number => fieldsHash({ profile, questions: [] });

export function encodeInvitation(questionnaire: Questionnaire, invitation: Invitation): string {
  const { profile } = checkAgainst(questionnaire, invitation.profile, {});
  const fields = fieldsOf(questionnaire).profile;
  const name = invitation.structureName === undefined ? undefined : normalizeStructureName(invitation.structureName);
  const days = invitation.createdAt === undefined ? NaN : Math.floor((invitation.createdAt.getTime() - EPOCH_MS) / DAY_MS);
  const hasDate = days >= 0 && days <= 0xffff;
  const w = new BitWriter();
  w.write(INVITE_VERSION, 8);
  w.write(profileHash(fields), 16);
  w.write((hasDate ? FLAG_DATE : 0) | (name ? FLAG_NAME : 0), 8);
  if (hasDate) w.write(days, 16);
  writeTeamId(w, invitation.teamId);
  if (name) writeText(w, name, NAME_BITS);
  for (const f of fields) writeField(w, f, profile[f.key]);
  return sealFrame(w.toBytes());
}

export function decodeInvitation(payload: string, questionnaire: Questionnaire, now: Date = new Date()): InviteOutcome {
  const frame = openFrame(payload, MAX_INVITE_CHARS);
  if ('error' in frame) return { ok: false, error: frame.error };
  const r = new BitReader(frame.body);
  if (r.read(8) !== INVITE_VERSION) return { ok: false, error: 'unknownVersion' };
  const hash = r.read(16);
  if (hash === null) return { ok: false, error: 'malformed' };
  const current = fieldsOf(questionnaire).profile;
  // An invitation from before a questionnaire revision reads with that version's profile layout.
  const fields = hash === profileHash(current) ? current : earlierLayouts(questionnaire).map((e) => fieldsOfLayout(e.layout).profile).find((f) => profileHash(f) === hash);
  if (!fields) return { ok: false, error: 'otherQuestionnaire' };
  const flags = r.read(8);
  if (flags === null || (flags & ~(FLAG_DATE | FLAG_NAME)) !== 0) return { ok: false, error: 'malformed' };
  const days = flags & FLAG_DATE ? r.read(16) : undefined;
  const teamId = readTeamId(r);
  const name = flags & FLAG_NAME ? readText(r, NAME_BITS) : undefined;
  const entries: [string, string | readonly string[]][] = [];
  for (const f of fields) {
    const read = readField(r, f);
    if (read === null) return { ok: false, error: 'malformed' };
    if (!read.bad && read.value !== undefined) entries.push([f.key, read.value]);
  }
  if (days === null || teamId === null || name === null || r.bytesUsed !== frame.body.length) return { ok: false, error: 'malformed' };
  const { profile } = checkAgainst(questionnaire, nullProto(entries), {});
  const structureName = name === undefined || name.bad ? undefined : normalizeStructureName(name.text);
  const createdAt = days === undefined ? undefined : new Date(EPOCH_MS + days * DAY_MS);
  return {
    ok: true,
    invitation: {
      teamId,
      profile,
      ...(structureName === undefined ? {} : { structureName }),
      // A date ahead of today can only come from an edited link.
      ...(createdAt === undefined || createdAt.getTime() > now.getTime() + DAY_MS ? {} : { createdAt }),
    },
  };
}

export function invitationFragment(payload: string): string {
  return `#${INVITE_PARAM}=${payload}`;
}

export function readInvitationFromHash(hash: string): string | null {
  return readHashParam(hash, INVITE_PARAM);
}
