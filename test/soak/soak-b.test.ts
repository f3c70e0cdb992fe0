// The fault soak, second half (100 generated months; the other half runs in the other jest worker).
import { soakTest } from './soak-report';

jest.setTimeout(15 * 60 * 1000);

soakTest('soak B', 'SOAK_SEED_B', 20261202);
