// Pins the ScriptApp fake: editor add-on trigger rules (concepts/editor-triggers) and the runtime helpers.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import {
  ADDON_OTHER_DOCUMENT, ADDON_TOO_FREQUENT, ADDON_TOO_MANY_CLOCK, advanceTrigger, createScriptApp,
  dueClockTriggers, installableTriggers,
} from '../../local/fakes/script.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const as = (user: string) => createScriptApp(newExecution(world, { functionName: 't', user }));
  return { world, as };
}

describe('ScriptApp fake (reference/script/script-app; workspace/add-ons/concepts/editor-triggers)', () => {
  test('an hourly time-driven trigger is stored as an add-on trigger owned by the effective user', () => {
    const { world, as } = setup();
    const app = as('asistente@example.org');
    const t = app.newTrigger('tick').timeBased().everyHours(1).create();
    expect(t.getHandlerFunction()).toBe('tick');
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(t.getEventType()).toBe(app.EventType.CLOCK);
    expect(String(t.getTriggerSource())).toBe('CLOCK');
    expect(world.triggers).toEqual([
      expect.objectContaining({ uid: t.getUniqueId(), handler: 'tick', owner: 'asistente@example.org', addon: true, everyMs: 3600_000, nextRun: world.now + 3600_000 }),
    ]);
    expect(app.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
  });

  test('add-on time-driven triggers run at most once per hour', () => {
    const { as } = setup();
    const app = as('asistente@example.org');
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(30).create()).toThrow(ADDON_TOO_FREQUENT);
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(7)).toThrow('The minutes interval must be 1, 5, 10, 15 or 30.');
    expect(() => app.newTrigger('tick').timeBased().everyHours(0.5).create()).toThrow(ADDON_TOO_FREQUENT);
  });

  test('one time-driven trigger per user per document; two users may each hold one', () => {
    const { world, as } = setup();
    as('asistente@example.org').newTrigger('tick').timeBased().everyHours(1).create();
    expect(() => as('asistente@example.org').newTrigger('otro').timeBased().everyDays(1).atHour(8).create()).toThrow(
      ADDON_TOO_MANY_CLOCK,
    );
    as('titular@example.org').newTrigger('tick').timeBased().everyHours(2).create();
    expect(world.triggers).toHaveLength(2);
    // Each user sees only their own triggers.
    expect(as('titular@example.org').getProjectTriggers()).toHaveLength(1);
  });

  test('one installable trigger of each event type per user per document', () => {
    const { world, as } = setup();
    const app = as('titular@example.org');
    app.newTrigger('alEditar').forSpreadsheet(world.spreadsheet.id).onEdit().create();
    app.newTrigger('alAbrir').forSpreadsheet({ getId: () => world.spreadsheet.id } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).onOpen().create();
    expect(() => app.newTrigger('otro').forSpreadsheet(world.spreadsheet.id).onEdit().create()).toThrow(/too many edit triggers/);
    expect(() => app.newTrigger('x').forSpreadsheet('otra-hoja')).toThrow(ADDON_OTHER_DOCUMENT);
    expect(installableTriggers(world, 'ON_EDIT').map((t) => t.handler)).toEqual(['alEditar']);
    const t = app.getUserTriggers({ getId: () => world.spreadsheet.id } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet)[0];
    expect(String(t.getTriggerSource())).toBe('SPREADSHEETS');
    expect(t.getTriggerSourceId()).toBe(world.spreadsheet.id);
  });

  test('deleteTrigger removes it, and it can then be created again (idempotent install)', () => {
    const { world, as } = setup();
    const app = as('asistente@example.org');
    const t = app.newTrigger('tick').timeBased().everyHours(1).create();
    app.deleteTrigger(app.getProjectTriggers()[0]);
    expect(world.triggers).toHaveLength(0);
    const t2 = app.newTrigger('tick').timeBased().everyHours(1).create();
    expect(t2.getUniqueId()).not.toBe(t.getUniqueId());
  });

  test('at most 20 triggers per user per script (guides/services/quotas)', () => {
    const { world, as } = setup();
    for (let i = 0; i < 20; i++) {
      world.triggers.push({ uid: 'u' + i, handler: 'h', eventType: 'ON_CHANGE', owner: 'asistente@example.org', addon: false });
    }
    expect(() => as('asistente@example.org').newTrigger('tick').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
  });

  test('everyDays(1).atHour(8).nearMinute(30) first runs at the next 08:30 in the script time zone', () => {
    const { world, as } = setup();
    world.now = Date.UTC(2026, 11, 1, 16, 0); // 10:00 in Monterrey
    as('asistente@example.org').newTrigger('diario').timeBased().everyDays(1).atHour(8).nearMinute(30).create();
    expect(world.triggers[0].nextRun).toBe(Date.UTC(2026, 11, 2, 14, 30)); // 08:30 next day (UTC−6)
  });

  test('host helpers: dueClockTriggers sorted by nextRun; advanceTrigger adds the period', () => {
    const { world, as } = setup();
    as('a@example.org').newTrigger('t1').timeBased().everyHours(3).create();
    as('b@example.org').newTrigger('t2').timeBased().everyHours(1).create();
    const due = dueClockTriggers(world, world.now + 3 * 3600_000);
    expect(due.map((t) => t.handler)).toEqual(['t2', 't1']);
    const before = due[0].nextRun ?? 0;
    advanceTrigger(world, due[0].uid);
    expect(world.triggers.find((t) => t.uid === due[0].uid)?.nextRun).toBe(before + 3600_000);
    expect(dueClockTriggers(world, world.now)).toEqual([]);
  });

  test('getAuthorizationInfo reports NOT_REQUIRED; enums print their names', () => {
    const { as } = setup();
    const app = as('a@example.org');
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(String(info.getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(info.getAuthorizationUrl()).toBe('');
    expect(String(app.AuthMode.LIMITED)).toBe('LIMITED');
    expect(app.getScriptId()).toMatch(/^1[\w-]{43}$/);
  });
});
