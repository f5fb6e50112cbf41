import { dimensionOfStep, type Step } from '../core/steps';
import { DimensionStep } from './DimensionStep';
import { ProfileStep } from './ProfileStep';
import { ResultsLazy } from './ResultsLazy';
import { Review } from './Review';
import { Invited } from './team/Invited';
import { TeamStepLazy } from './team/TeamStepLazy';
import { Welcome } from './Welcome';

/** Maps a step id to its view; unknown ids fall back to the welcome screen. */
export function StepView({ step }: { readonly step: Step }) {
  const dimension = dimensionOfStep(step);
  if (step === 'profile') return <ProfileStep />;
  if (step === 'review') return <Review />;
  if (step === 'results') return <ResultsLazy part="results" />;
  if (step === 'shared') return <ResultsLazy part="shared" />;
  if (step === 'team') return <TeamStepLazy />;
  if (step === 'invited') return <Invited />;
  if (dimension !== null) return <DimensionStep dimension={dimension} />;
  return <Welcome />;
}
