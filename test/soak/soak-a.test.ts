// The fault soak, first half (100 generated months; the other half runs in the other jest worker).
import { soakTest } from './soak-report';

jest.setTimeout(15 * 60 * 1000);

soakTest('soak A', 'SOAK_SEED_A', 20261201);
