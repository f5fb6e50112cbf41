import { DimensionStep } from './DimensionStep';
import { ProfileStep } from './ProfileStep';
import { Results } from './results/Results';
import { Review } from './Review';
import { SharedView } from './transfer/SharedView';
import { Invited } from './team/Invited';
import { TeamStepLazy } from './team/TeamStepLazy';
import { Welcome } from './Welcome';

/** Maps a step id to its view; unknown ids fall back to the welcome screen. */
export function StepView({ step }: { readonly step: string }) {
  if (step === 'profile') return <ProfileStep />;
  if (step === 'review') return <Review />;
  if (step === 'results') return <Results />;
  if (step === 'shared') return <SharedView />;
  if (step === 'team') return <TeamStepLazy />;
  if (step === 'invited') return <Invited />;
  if (step.startsWith('dim:')) return <DimensionStep dimension={step.slice(4)} />;
  return <Welcome />;
}
