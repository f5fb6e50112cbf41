import { dimensionOfStep, type Step } from '../core/steps';
import { DimensionStep } from './DimensionStep';
import { ProfileStep } from './ProfileStep';
import { Results } from './Results';
import { Review } from './Review';
import { SharedView } from './SharedView';
import { Invited } from './team/Invited';
import { TeamStepLazy } from './team/TeamStepLazy';
import { Welcome } from './Welcome';

/** Maps a step id to its view; unknown ids fall back to the welcome screen. */
export function StepView({ step }: { readonly step: Step }) {
  const dimension = dimensionOfStep(step);
  if (step === 'profile') return <ProfileStep />;
  if (step === 'review') return <Review />;
  if (step === 'results') return <Results />;
  if (step === 'shared') return <SharedView />;
  if (step === 'team') return <TeamStepLazy />;
  if (step === 'invited') return <Invited />;
  if (dimension !== null) return <DimensionStep dimension={dimension} />;
  return <Welcome />;
}
