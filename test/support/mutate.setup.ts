// Setup of the mutation run (vitest.mutate.config.mts). The test files of one run share their modules
// (no isolation), so a rule recognised in one test would be served from the core's cache to the next,
// and the dry run would not see that the next test reaches the recognising code: Stryker would then
// not run it against those mutants. Every test starts with nothing recognised.
import { forgetRecognisedRules } from '../../src/core/score';

beforeEach(() => forgetRecognisedRules());
