// Pins the Session fake: active/effective users as the caller sets them (reference/base/session).
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createSession } from '../../local/fakes/session.fake';

describe('Session fake (reference/base/session, reference/base/user)', () => {
  test('active and effective users; script time zone', () => {
    const world = newWorld({ owner: 'duena@example.org' });
    const s = createSession(newExecution(world, { functionName: 't', user: 'Asistente@Example.org' }));
    expect(s.getActiveUser().getEmail()).toBe('asistente@example.org');
    expect(s.getEffectiveUser().getEmail()).toBe('asistente@example.org');
    expect(s.getScriptTimeZone()).toBe('America/Monterrey');
  });

  test('getActiveUser().getEmail() is "" where Apps Script hides it', () => {
    const world = newWorld({ owner: 'duena@example.org' });
    const s = createSession(newExecution(world, { functionName: 'onEdit', user: 'duena@example.org', activeUser: '' }));
    expect(s.getActiveUser().getEmail()).toBe('');
    expect(s.getEffectiveUser().getEmail()).toBe('duena@example.org');
  });

  test('temporary active user key: stable per user, different between users, opaque', () => {
    const world = newWorld({ owner: 'duena@example.org' });
    const k1 = createSession(newExecution(world, { functionName: 't', user: 'a@example.org' })).getTemporaryActiveUserKey();
    const k1b = createSession(newExecution(world, { functionName: 't', user: 'a@example.org' })).getTemporaryActiveUserKey();
    const k2 = createSession(newExecution(world, { functionName: 't', user: 'b@example.org' })).getTemporaryActiveUserKey();
    expect(k1).toBe(k1b);
    expect(k1).not.toBe(k2);
    expect(k1).not.toContain('example');
  });
});
