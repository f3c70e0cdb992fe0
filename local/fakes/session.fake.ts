// Session fake: the active and effective users as set by the caller of the execution, the script time zone, user keys.
import { createHash } from 'crypto';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';

type GasSession = GoogleAppsScript.Base.Session;
type GasUser = GoogleAppsScript.Base.User;

export class FakeUser implements GasUser {
  readonly [FAKE_TYPE] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** @deprecated in Apps Script; kept because the type declares it. */
  getUserLoginId(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export class FakeSession implements GasSession {
  readonly [FAKE_TYPE] = 'Session';

  constructor(private readonly exec: Execution) {}

  /** '' where Apps Script hides the e-mail (reference/base/session: simple triggers, other domains). */
  getActiveUser(): FakeUser {
    return new FakeUser(this.exec.activeUser);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.exec.effectiveUser);
  }

  getActiveUserLocale(): string {
    return 'es';
  }

  getScriptTimeZone(): string {
    return this.exec.world.timeZone;
  }

  /** An opaque key, stable per (user, spreadsheet), that does not reveal the e-mail. */
  getTemporaryActiveUserKey(): string {
    const w = this.exec.world;
    return createHash('sha256')
      .update(`${w.spreadsheet.id}|${this.exec.activeUser || this.exec.effectiveUser}`)
      .digest('base64')
      .replace(/[+/=]/g, '')
      .slice(0, 43);
  }

  /** @deprecated in Apps Script. */
  getTimeZone(): string {
    return this.getScriptTimeZone();
  }

  /** @deprecated in Apps Script. */
  getUser(): FakeUser {
    return this.getActiveUser();
  }
}

export function createSession(exec: Execution): FakeSession {
  return new FakeSession(exec);
}
