// The E2E build of the popup/options specs, in an output folder of their own: other specs and
// benches rebuild .output/e2e at any time, and a build in progress empties that folder.
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export default defineConfig({ ...base, outDir: '.output/popup-e2e' });
