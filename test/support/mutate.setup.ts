// Setup of the mutation run (vitest.mutate.config.mts). Modules stay loaded between runs, so a rule
// recognised while one mutant was active would be served from the core's cache to the tests of the
// next: every test starts with nothing recognised.
import { forgetRecognisedRules } from '../../src/core/score';

beforeEach(() => forgetRecognisedRules());
