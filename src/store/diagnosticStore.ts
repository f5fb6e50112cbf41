/**
 * The diagnostic's state: raw input only (profile, answers, current step,
 * dates). Scores are always derived with `buildResult`. Built on zustand's
 * vanilla store so it can be tested and used without Preact.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnswerValue, Answers, Profile, Questionnaire } from '../core/questionnaire';
import type { SafeStorage, StorageStatus } from './safeStorage';
import type { Invitation, InviteError } from '../core/team';
import { parseSaved, SAVED_VERSION, type EarlierSnapshot, type LoadNotice, type SavedState } from './savedState';
import type { AnsweringFor, SavedTeam } from './savedTeam';

/** Answers opened from a share link: shown read-only, never saved unless taken over. */
export interface SharedAnswers {
  /** True when the link came from an earlier questionnaire version (only what still applies is shown). */
  readonly revised?: boolean;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly createdAt: string | null;
}

/** What is saved (see `SavedState`), plus what lives only while the page is open. */
export interface DiagnosticState extends Omit<SavedState, 'version'> {
  readonly shared: SharedAnswers | null;
  /** Why a share link in the address could not be opened. */
  readonly shareError: string | null;
  /** Whether saved answers were found when the widget started. */
  readonly resumable: boolean;
  /** The step the user left from, so "reprendre" goes back there. */
  readonly resumeStep: string;
  readonly notice: LoadNotice;
  readonly storageStatus: StorageStatus;
  /**
   * Saved data from a newer version of the widget was found: it is left
   * intact (nothing is written over it) until the user erases it.
   */
  readonly newerSaveKept: boolean;
  /** An invitation opened from the page address, not yet accepted (never saved). */
  readonly invitation: Invitation | null;
  readonly invitationError: InviteError | null;
}

export interface DiagnosticActions {
  setAnswer(question: string, value: AnswerValue | null): void;
  setProfile(question: string, value: AnswerValue | null): void;
  setStructureName(name: string): void;
  goTo(step: string): void;
  /** Remembers the language the user switched to (saved with the answers, never on its own). */
  setLanguage(language: string): void;
  /** Replaces profile and answers at once (import, taking over a shared link). */
  replaceAll(profile: Profile, answers: Answers): void;
  /** Erases everything this widget stored, and starts over. */
  erase(): void;
  dismissNotice(): void;
  setEarlier(earlier: EarlierSnapshot | null): void;
  openShared(shared: SharedAnswers | null): void;
  /** Starts, updates or (null) erases the team diagnostic this browser gathers. */
  setTeam(team: SavedTeam | null): void;
  /** A colleague accepts an invitation: the structure's profile with their role, fresh answers. */
  acceptInvitation(invitation: Invitation, role: string, firstName: string | undefined): void;
}

export type DiagnosticStore = StoreApi<DiagnosticState & DiagnosticActions>;

const EMPTY = { profile: {}, answers: {}, step: 'welcome', structureName: '', startedAt: null, updatedAt: null, earlier: null, language: null, questionnaireVersion: null, team: null, answeringFor: null } as const;

function withValue<T extends Record<string, AnswerValue>>(record: T, key: string, value: AnswerValue | null): T {
  const next: Record<string, AnswerValue> = { ...record };
  if (value === null || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next as T;
}

export function createDiagnosticStore(questionnaire: Questionnaire, storage: SafeStorage, key: string, now: () => Date = () => new Date()): DiagnosticStore {
  const loaded = parseSaved(storage.get(key), questionnaire);
  const saved = loaded.state;
  const store = createStore<DiagnosticState & DiagnosticActions>()((set, get) => {
    const touch = () => {
      const stamp = now().toISOString();
      return { updatedAt: stamp, startedAt: get().startedAt ?? stamp };
    };
    return {
      ...(saved ?? EMPTY),
      shared: null,
      shareError: null,
      invitation: null,
      invitationError: null,
      step: 'welcome',
      resumeStep: saved?.step ?? 'welcome',
      resumable: saved !== null && (Object.keys(saved.answers).length > 0 || Object.keys(saved.profile).length > 0),
      notice: loaded.notice,
      storageStatus: storage.status(),
      newerSaveKept: loaded.notice === 'unknownVersion',
      setAnswer: (question, value) => set({ answers: withValue(get().answers, question, value), ...touch() }),
      setProfile: (question, value) => set({ profile: withValue(get().profile, question, value), ...touch() }),
      setStructureName: (structureName) => set({ structureName: structureName.slice(0, 120), ...touch() }),
      goTo: (step) => set({ step }),
      setLanguage: (language) => set({ language }),
      replaceAll: (profile, answers) => set({ profile, answers, ...touch() }),
      erase: () => {
        storage.remove(key);
        // The page stays in the language being read; it is saved again only with new answers.
        set({ ...EMPTY, language: get().language, resumable: false, resumeStep: 'welcome', notice: null, storageStatus: storage.status(), newerSaveKept: false });
      },
      dismissNotice: () => set({ notice: null, shareError: null, invitationError: null }),
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
    };
  });
  store.subscribe((state, previous) => {
    if (state.newerSaveKept || state.updatedAt === null || (state.answers === previous.answers && state.profile === previous.profile && state.step === previous.step && state.structureName === previous.structureName && state.earlier === previous.earlier && state.language === previous.language && state.team === previous.team && state.answeringFor === previous.answeringFor)) return;
    const snapshot: SavedState = {
      version: SAVED_VERSION,
      profile: state.profile,
      answers: state.answers,
      // A shared link is never where one resumes.
      step: state.step === 'shared' ? 'welcome' : state.step,
      structureName: state.structureName,
      startedAt: state.startedAt,
      updatedAt: state.updatedAt,
      earlier: state.earlier,
      language: state.language,
      questionnaireVersion: questionnaire.version,
      team: state.team,
      answeringFor: state.answeringFor,
    };
    storage.set(key, JSON.stringify(snapshot));
    if (storage.status() !== state.storageStatus) store.setState({ storageStatus: storage.status() });
  });
  return store;
}
