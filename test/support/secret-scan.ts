// Runs after every test file of the suite: no secret (network tokens, app passwords, webhook secret, the HMAC key) may appear in anything an emulator produced.
import { Emulator } from '../../local/runtime';
import { secretLeaks } from './secrets';

const seen: Emulator[] = [];
Emulator.onCreate((e) => seen.push(e));

afterAll(() => {
  const leaks = seen.flatMap((emu) => secretLeaks(emu, emu.runs));
  seen.length = 0;
  expect(leaks).toEqual([]);
});
