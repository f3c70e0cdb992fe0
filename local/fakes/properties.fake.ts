// PropertiesService fake: script and per-user stores of the add-on project, document store of the workbook, with Apps Script's size limits.
//
// Scopes as in Apps Script (guides/properties): Script Properties belong to the script project — for a published add-on,
// ONE store shared by every document that uses it; User Properties belong to one person within that project (across
// documents); Document Properties belong to one document within that project. A world is one workbook: its
// properties.document is that workbook's; properties.script and properties.user are the add-on project's, and two worlds
// installed from the same project share them (shareAddOnProject).
import type { Execution } from '../execution';
import type { WorldState } from '../world';
import { FAKE_TYPE } from '../meter';

type GasProperties = GoogleAppsScript.Properties.Properties;
type GasPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** 9 KB per property (key + value, UTF-8), reference/properties quotas. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** 500 KB per property store. */
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export const PROPERTY_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function utf8(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function storeSize(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += utf8(k) + utf8(v);
  return n;
}

/** One property store backed by a plain object living inside the world state. */
export class FakeProperties implements GasProperties {
  readonly [FAKE_TYPE] = 'Properties';

  constructor(private readonly store: () => Record<string, string>) {}

  getProperty(key: string): string | null {
    const s = this.store();
    const k = String(key);
    return Object.prototype.hasOwnProperty.call(s, k) ? s[k] : null;
  }

  setProperty(key: string, value: string): FakeProperties {
    this.write({ [String(key)]: String(value) }, false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): FakeProperties {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties ?? {})) next[k] = String(v);
    this.write(next, deleteAllOthers === true);
    return this;
  }

  getProperties(): { [key: string]: string } {
    return { ...this.store() };
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }

  deleteProperty(key: string): FakeProperties {
    delete this.store()[String(key)];
    return this;
  }

  deleteAllProperties(): FakeProperties {
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this;
  }

  /** Validates every entry and the resulting store size before changing anything (all or nothing). */
  private write(entries: Record<string, string>, deleteAllOthers: boolean): void {
    for (const [k, v] of Object.entries(entries)) {
      if (utf8(k) + utf8(v) > PROPERTY_VALUE_LIMIT) throw new Error(PROPERTY_TOO_LARGE);
    }
    const s = this.store();
    const next: Record<string, string> = deleteAllOthers ? { ...entries } : { ...s, ...entries };
    if (storeSize(next) > PROPERTY_STORE_LIMIT) throw new Error(PROPERTY_QUOTA_EXCEEDED);
    if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
    Object.assign(s, entries);
  }
}

export class FakePropertiesService implements GasPropertiesService {
  readonly [FAKE_TYPE] = 'PropertiesService';

  constructor(private readonly exec: Execution) {}

  getScriptProperties(): FakeProperties {
    return new FakeProperties(() => this.exec.world.properties.script);
  }

  getDocumentProperties(): FakeProperties {
    return new FakeProperties(() => this.exec.world.properties.document);
  }

  getUserProperties(): FakeProperties {
    const user = this.exec.effectiveUser;
    return new FakeProperties(() => {
      const all = this.exec.world.properties.user;
      if (!all[user]) all[user] = {};
      return all[user];
    });
  }
}

/**
 * Makes `to` a second workbook using the same add-on project as `from`: both see the same Script Properties and User
 * Properties objects (shared in memory), each keeps its own Document Properties.
 */
export function shareAddOnProject(from: WorldState, to: WorldState): void {
  to.properties.script = from.properties.script;
  to.properties.user = from.properties.user;
}

export function createPropertiesService(exec: Execution): FakePropertiesService {
  return new FakePropertiesService(exec);
}
