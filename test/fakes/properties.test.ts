// Pins the PropertiesService fake: stores, per-user scope, 9 KB per value and 500 KB per store limits.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import {
  createPropertiesService, PROPERTY_QUOTA_EXCEEDED, PROPERTY_TOO_LARGE,
} from '../../local/fakes/properties.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, exec, ps: createPropertiesService(exec) };
}

describe('PropertiesService fake (reference/properties/properties)', () => {
  test('getProperty returns null when absent; set/get/delete round trip', () => {
    const { ps, world } = setup();
    const p = ps.getScriptProperties();
    expect(p.getProperty('X')).toBeNull();
    p.setProperty('X', 'uno').setProperty('Y', 'dos');
    expect(p.getProperty('X')).toBe('uno');
    expect(p.getKeys().sort()).toEqual(['X', 'Y']);
    expect(world.properties.script).toEqual({ X: 'uno', Y: 'dos' });
    p.deleteProperty('X');
    expect(p.getProperties()).toEqual({ Y: 'dos' });
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  test('setProperties with deleteAllOthers replaces the store', () => {
    const { ps } = setup();
    const p = ps.getDocumentProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' }, true);
    expect(p.getProperties()).toEqual({ c: '3' });
  });

  test('getProperties returns a copy, not a live view (guides/properties)', () => {
    const { ps } = setup();
    const p = ps.getScriptProperties();
    p.setProperty('k', 'v');
    const copy = p.getProperties();
    copy.k = 'changed';
    expect(p.getProperty('k')).toBe('v');
  });

  test('user properties are scoped to the effective user', () => {
    const { ps, world } = setup();
    ps.getUserProperties().setProperty('tema', 'oscuro');
    const other = createPropertiesService(newExecution(world, { functionName: 't', user: 'titular@example.org' }));
    expect(other.getUserProperties().getProperty('tema')).toBeNull();
    expect(world.properties.user['asistente@example.org']).toEqual({ tema: 'oscuro' });
  });

  test('9 KB per value (guides/services/quotas): key + value in UTF-8 bytes', () => {
    const { ps } = setup();
    const p = ps.getScriptProperties();
    p.setProperty('k', 'x'.repeat(9 * 1024 - 1));
    expect(() => p.setProperty('k', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_TOO_LARGE);
    // 'ñ' is two bytes in UTF-8.
    expect(() => p.setProperty('k', 'ñ'.repeat(4700))).toThrow('Argument too large: value');
  });

  test('500 KB per store (guides/services/quotas); nothing is written when the quota would be exceeded', () => {
    const { ps } = setup();
    const p = ps.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) p.setProperty('k' + String(i).padStart(2, '0'), chunk);
    expect(() => p.setProperty('k99', chunk)).toThrow(PROPERTY_QUOTA_EXCEEDED);
    expect(p.getProperty('k99')).toBeNull();
    expect(() => p.setProperties({ a: chunk, b: chunk })).toThrow(PROPERTY_QUOTA_EXCEEDED);
    expect(p.getProperty('a')).toBeNull();
  });
});
