import type { Answers, Profile } from '../../src/core/questionnaire';

/** A narrated, complete answer set: who the structure is, and what it answered. */
export interface Persona {
  readonly name: string;
  readonly story: string;
  readonly profile: Profile;
  readonly answers: Answers;
}
