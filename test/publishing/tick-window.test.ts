// No authorized post is dropped silently: a long deadline, ticks that stop for days, or rows rehearsed in «modo ensayo».
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { addPub, authorize, posts, row, setup, TITULAR } from './publish-helpers';

const manualMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));

function setParam(emu: ReturnType<typeof setup>, label: string, value: string): void {
  const r = emu.values('Configuración').findIndex((x) => x[0] === label) + 1;
  if (r < 1) throw new Error('no parameter ' + label);
  emu.edit(`'Configuración'!B${r}`, value, { as: TITULAR });
}

/** No tick runs until `until` (the triggers' next run is moved there), as when the hourly trigger stops for days. */
function outage(emu: ReturnType<typeof setup>, until: string): void {
  const at = new Date(until).getTime();
  for (const t of emu.world.triggers) if (t.eventType === 'CLOCK') t.nextRun = at;
  emu.clockTo(until);
}

describe('tick-window', () => {
  it('a 72-hour deadline: a post failing all along becomes a manual task at hour 72 (not dropped at 48)', () => {
    const emu = setup();
    setParam(emu, 'Plazo para publicación manual (horas)', '72');
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    injectFault(emu.world, { endpoint: 'web', kind: 'status', status: 502, times: 10000 });
    emu.clockTo('2026-12-04T09:00');
    expect(manualMails(emu)).toHaveLength(0);
    expect(String(row(emu, id)['Estado web'])).toMatch(/^(Reintentar|Error)/);
    emu.clockTo('2026-12-04T11:00');
    expect(manualMails(emu)).toHaveLength(1);
    expect(row(emu, id)['Estado web']).toMatch(/^Tarea manual/);
  });

  it('ticks stopped for three days: the authorized row missed meanwhile becomes a manual task with an e-mail', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    emu.clockTo('2026-12-01T09:00');
    outage(emu, '2026-12-04T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    const mails = manualMails(emu);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(String(row(emu, id)['Texto X']));
    expect(row(emu, id)['Estado']).toBe('Tarea manual');
  });

  it('rows rehearsed in modo ensayo are published once modo ensayo is switched off', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01', hora: '10:00' });
    authorize(emu, id);
    setParam(emu, 'Modo ensayo', 'Sí');
    emu.clockTo('2026-12-01T10:00');
    expect(row(emu, id)['Estado']).toBe('Ensayo');
    expect(posts(emu, 'x')).toHaveLength(0);
    setParam(emu, 'Modo ensayo', 'No');
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    expect(posts(emu, 'web')).toHaveLength(1);
    expect(row(emu, id)['Estado']).toBe('Publicada');
    emu.clockTo('2026-12-01T13:00');
    expect(posts(emu, 'x')).toHaveLength(1);
  });
});
