// Pins the Logger and console fakes (reference/base/logger, reference/base/console).
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createConsole, createLogger } from '../../local/fakes/logger.fake';

describe('Logger and console fakes', () => {
  test('Logger.log substitutes %s; getLog and clear', () => {
    const world = newWorld({ owner: 'duena@example.org' });
    const exec = newExecution(world, { functionName: 'tick', user: 'a@example.org' });
    const logger = createLogger(exec);
    logger.log('Publicadas %s de %s', 2, 3).log({ a: 1 });
    expect(logger.getLog()).toBe('Publicadas 2 de 3\n{"a":1}');
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(exec.log).toEqual(['INFO: Publicadas 2 de 3', 'INFO: {"a":1}']);
    expect(world.logs[0]).toContain('tick INFO: Publicadas 2 de 3');
  });

  test('console levels are prefixed; world.logs keeps the last 500 lines', () => {
    const world = newWorld({ owner: 'duena@example.org' });
    const exec = newExecution(world, { functionName: 't', user: 'a@example.org' });
    const c = createConsole(exec);
    c.log('uno');
    c.info('dos %d', 2);
    c.warn('tres');
    c.error(new Error('cuatro'));
    expect(exec.log.slice(0, 3)).toEqual(['INFO: uno', 'INFO: dos 2', 'WARNING: tres']);
    expect(exec.log[3]).toMatch(/^ERROR: Error: cuatro/);
    for (let i = 0; i < 600; i++) c.log('x' + i);
    expect(world.logs).toHaveLength(500);
    expect(world.logs[499]).toContain('x599');
  });
});
