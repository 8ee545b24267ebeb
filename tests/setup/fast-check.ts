// Property tests explore new random cases on every local run. CI runs them with one fixed seed
// (or FC_SEED) so that a submission's result does not depend on the draw; set FC_SEED to replay
// a seed a local run reported.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
