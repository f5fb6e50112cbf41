/**
 * The diagnostic's state: raw input only (profile, answers, current step,
 * dates). Scores are always derived with `buildResult`. Built on zustand's
 * vanilla store so it can be tested and used without Preact.
 */
import { stringify } from '../core/json';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { checkAnswer, profileAsQuestions } from '../core/answers';
import type { AnswerValue, Answers, Profile, Question, Questionnaire } from '../core/questionnaire';
import type { Plan } from '../core/plan';
import type { PlanUpdate } from '../core/plan/planUpdates';
import type { Step } from '../core/steps';
import { cleanStructureName } from '../core/transfer/exportFile';
import type { ShareError } from '../core/transfer/shareLink';
import { isShareHash, type ReadShareLink } from './shareLinkHash';
import type { SafeStorage, StorageStatus } from './safeStorage';
import type { Invitation, InviteError, ReplyRefusal } from '../core/team';
import { parseSaved, toSaved, type EarlierSnapshot, type LoadNotice, type SavedState } from './savedState';
import type { AnsweringFor, SavedTeam } from './savedTeam';
import { isInvitationHash, type ReadInvitation, type ReadTeamReply } from './teamLinks';

/** Answers opened from a share link: shown read-only, never saved unless taken over. */
export interface SharedAnswers {
  /** True when the link came from an earlier questionnaire version (only what still applies is shown). */
  readonly revised?: boolean;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly createdAt: string | null;
  /** Only when whoever made the link chose to include the plan (it holds names). */
  readonly plan?: Plan;
}

/** What is saved (see `SavedState`), plus what lives only while the page is open. */
export interface DiagnosticState extends Omit<SavedState, 'version'> {
  /** While set, the shared results are shown over whatever `step` is (see `shownStep`). */
  readonly shared: SharedAnswers | null;
  /** The language the widget is shown in: picked at mount, then the user's switch. `language` is only the saved choice. */
  readonly shownLanguage: string | null;
  /** Why a share link in the address could not be opened. */
  readonly shareError: ShareError | null;
  /** The address of a share link not read yet: the results code reads it (`settleShare`). */
  readonly pendingShare: string | null;
  /** Whether saved answers were found when the widget started. */
  readonly resumable: boolean;
  /** The step the user left from, so "reprendre" goes back there. */
  readonly resumeStep: Step;
  readonly notice: LoadNotice;
  readonly storageStatus: StorageStatus;
  /**
   * Saved data from a newer version of the widget was found: it is left
   * intact (nothing is written over it) until the user erases it.
   */
  readonly newerSaveKept: boolean;
  /** An invitation opened from the page address, not yet accepted (never saved). */
  readonly invitation: Invitation | null;
  /** The address of an invitation not read yet: team.js reads it (`settleInvitation`). */
  readonly pendingInvitation: string | null;
  /** The address of a reply to this browser's team, not added yet: team.js adds it (`settleReply`). */
  readonly pendingReply: string | null;
  readonly invitationError: InviteError | null;
  /** What became of a reply link the starter opened (see `openShareLink`). */
  readonly teamNotice: ReplyRefusal | 'added' | null;
}

export interface DiagnosticActions {
  setAnswer(question: string, value: AnswerValue | null): void;
  setProfile(question: string, value: AnswerValue | null): void;
  setStructureName(name: string): void;
  goTo(step: Step): void;
  /** Remembers the language the user switched to (saved with the answers, never on its own), and shows it. */
  setLanguage(language: string): void;
  /** Shows a language without making it the user's choice (the one picked at mount). */
  showLanguage(language: string): void;
  /** Replaces profile and answers at once (import, taking over a shared link); the plan too when one is given. */
  replaceAll(profile: Profile, answers: Answers, plan?: Plan | null): void;
  /** Changes the plan by one of `core/plan/planUpdates.ts` (a change, carrying the earlier plan over). */
  updatePlan(update: PlanUpdate): void;
  /** Puts back a saved subset taken before an import replaced it, dates included (its undo). */
  restore(previous: SavedState): void;
  /** Erases everything this widget stored, and starts over. */
  erase(): void;
  dismissNotice(): void;
  setEarlier(earlier: EarlierSnapshot | null): void;
  openShared(shared: SharedAnswers | null): void;
  /** Notes a share link in a page address (`location.hash`), if any, for the results code to read (see `settleShare`). */
  openShareLink(hash: string): void;
  /** Reads the pending share link with the results code's reader: the shared results, a reply for the team view, or why it cannot be opened. */
  settleShare(read: ReadShareLink): void;
  /** Notes an invitation in a page address, if any, for the team code to read (see `settleInvitation`). */
  openInvitation(hash: string): void;
  /** Reads the pending invitation with the team code's reader: the invitation to show, or why it cannot be. */
  settleInvitation(read: ReadInvitation): void;
  /** Adds the pending reply with the team code's reader, or says why it is refused. */
  settleReply(read: ReadTeamReply): void;
  /** Starts, updates or (null) erases the team diagnostic this browser gathers. */
  setTeam(team: SavedTeam | null): void;
  /** A colleague accepts an invitation: the structure's profile with their role, fresh answers. */
  acceptInvitation(invitation: Invitation, role: string, firstName: string | undefined): void;
}

export type DiagnosticStore = StoreApi<DiagnosticState & DiagnosticActions>;

/** The step on screen: the shared results while a link is open, else the journey's step. */
export const shownStep = (state: Pick<DiagnosticState, 'shared' | 'pendingShare' | 'invitation' | 'pendingInvitation' | 'step'>): Step =>
  state.shared || state.pendingShare ? 'shared' : state.invitation || state.pendingInvitation ? 'invited' : state.step;

const EMPTY = { profile: {}, answers: {}, step: 'welcome' as Step, structureName: '', startedAt: null, updatedAt: null, earlier: null, language: null, team: null, answeringFor: null, plan: null } as const;

/** `record` with the answer to `key` set, or removed (null, empty); an answer the question does not accept changes nothing. */
function withValue<T extends Record<string, AnswerValue>>(questions: readonly Question[], record: T, key: string, value: AnswerValue | null): T {
  const next: Record<string, AnswerValue> = { ...record };
  if (value === null || (Array.isArray(value) && value.length === 0)) delete next[key];
  else {
    const question = questions.find((q) => q.id === key);
    const checked = question && checkAnswer(question, value);
    if (checked === undefined) return record;
    next[key] = checked;
  }
  return next as T;
}

export function createDiagnosticStore(questionnaire: Questionnaire, storage: SafeStorage, key: string, now: () => Date = () => new Date()): DiagnosticStore {
  const loaded = parseSaved(storage.get(key), questionnaire);
  const saved = loaded.state;
  const profileQuestions = profileAsQuestions(questionnaire).questions;
  const store = createStore<DiagnosticState & DiagnosticActions>()((rawSet, get) => {
    /**
     * Every change goes through here: what is saved is written before anyone
     * is notified, and the storage's status comes with the same change.
     */
    const set = (partial: Partial<DiagnosticState>) => {
      const next = { ...get(), ...partial };
      rawSet(save(get(), next) ? { ...partial, storageStatus: storage.status() } : partial);
    };
    const touch = () => {
      const stamp = now().toISOString();
      return { updatedAt: stamp, startedAt: get().startedAt ?? stamp };
    };
    return {
      ...(saved ?? EMPTY),
      // Answers in the store always fit the current questionnaire (older ones are revised on load).
      questionnaireVersion: questionnaire.version,
      shared: null,
      shownLanguage: null,
      shareError: null,
      pendingShare: null,
      invitation: null,
      pendingInvitation: null,
      pendingReply: null,
      invitationError: null,
      teamNotice: null,
      step: 'welcome',
      resumeStep: saved?.step ?? 'welcome',
      resumable: saved !== null && (Object.keys(saved.answers).length > 0 || Object.keys(saved.profile).length > 0),
      notice: loaded.notice,
      storageStatus: storage.status(),
      newerSaveKept: loaded.notice === 'unknownVersion',
      setAnswer: (question, value) => set({ answers: withValue(questionnaire.questions, get().answers, question, value), ...touch() }),
      setProfile: (question, value) => set({ profile: withValue(profileQuestions, get().profile, question, value), ...touch() }),
      setStructureName: (structureName) => set({ structureName: cleanStructureName(structureName), ...touch() }),
      goTo: (step) => set({ step }),
      setLanguage: (language) => set({ language, shownLanguage: language }),
      showLanguage: (shownLanguage) => set({ shownLanguage }),
      replaceAll: (profile, answers, plan) => set({ profile, answers, ...(plan === undefined ? {} : { plan }), ...touch() }),
      updatePlan: (update) => {
        const plan = get().plan;
        const next = update(plan, get().earlier?.plan ?? []);
        if (next !== plan) set({ plan: next, ...touch() });
      },
      restore: ({ version: _version, ...previous }) => set(previous),
      erase: () => {
        storage.remove(key);
        // The page stays in the language being read; it is saved again only with new answers.
        set({ ...EMPTY, language: get().language, resumable: false, resumeStep: 'welcome', notice: null, storageStatus: storage.status(), newerSaveKept: false });
      },
      dismissNotice: () => set({ notice: null, shareError: null, invitationError: null, teamNotice: null }),
      setEarlier: (earlier) => set({ earlier, ...touch() }),
      openShared: (shared) => set({ shared }),
      setTeam: (team) => set({ team, ...touch() }),
      acceptInvitation: (invitation, role, firstName) => {
        const stamp = now().toISOString();
        set({
          profile: { ...invitation.profile, role },
          answers: {},
          earlier: null,
          structureName: invitation.structureName ?? '',
          answeringFor: { teamId: invitation.teamId, ...(firstName ? { firstName } : {}), ...(invitation.structureName ? { structureName: invitation.structureName } : {}) },
          invitation: null,
          startedAt: stamp,
          updatedAt: stamp,
        });
      },
      openShareLink: (hash) => {
        if (isShareHash(hash)) set({ pendingShare: hash });
      },
      settleShare: (readShare) => {
        const hash = get().pendingShare;
        const read = hash === null ? null : readShare(questionnaire, hash);
        if (hash === null || read === null) set({ pendingShare: null });
        else if ('shareError' in read) set({ pendingShare: null, ...read });
        // A reply from a colleague, opened by the starter: into the team view, which adds it.
        else if (read.teamId !== undefined && read.teamId === get().team?.team.id) set({ pendingShare: null, step: 'team', pendingReply: hash });
        else set({ pendingShare: null, shared: read.shared });
      },
      settleReply: (readReply) => {
        const hash = get().pendingReply;
        const reply = hash === null ? null : readReply(questionnaire, hash, get().team);
        set(reply ? { pendingReply: null, team: reply.team, teamNotice: reply.refusal ?? 'added', ...touch() } : { pendingReply: null });
      },
      openInvitation: (hash) => {
        if (isInvitationHash(hash)) set({ pendingInvitation: hash });
      },
      settleInvitation: (readInvite) => {
        const hash = get().pendingInvitation;
        const read = hash === null ? null : readInvite(questionnaire, hash);
        set({ pendingInvitation: null, ...read });
      },
    };
  });
  /** Writes the saved subset when it changed; true when a write was tried. */
  function save(previous: DiagnosticState, state: DiagnosticState): boolean {
    if (state.newerSaveKept || state.updatedAt === null) return false;
    const snapshot = toSaved(state);
    const before = toSaved(previous);
    // Each field is replaced, never mutated, when it changes: comparing them by identity is enough
    // (zustand's `shallow` would do the same, with 0.24 KB gzip of Map and iterable cases on the first screen).
    if ((Object.keys(snapshot) as (keyof typeof snapshot)[]).every((k) => Object.is(snapshot[k], before[k]))) return false;
    storage.set(key, stringify(snapshot));
    return true;
  }
  return store;
}
