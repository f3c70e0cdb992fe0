// Pins the MailApp fake (reference/mail/mail-app; guides/services/quotas): outbox, recipient quota, invalid address.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createMailApp, MAIL_QUOTA_EXCEEDED, MAIL_TOO_MANY_RECIPIENTS } from '../../local/fakes/mail.fake';
import { createUtilities } from '../../local/fakes/utilities.fake';

function setup(limit = 100) {
  const world = newWorld({ owner: 'duena@example.org', mailDailyLimit: limit });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, exec, mail: createMailApp(exec), u: createUtilities(exec) };
}

describe('MailApp fake', () => {
  test('sendEmail(recipient, subject, body, options) goes to the outbox with attachments as base64', () => {
    const { mail, world, u } = setup();
    const pdf = u.newBlob('%PDF-1.4', 'application/pdf', 'Boletin.pdf');
    mail.sendEmail('segob@example.gob.mx, Otra <otra@example.gob.mx>', 'Boletín 12', 'Texto', {
      htmlBody: '<p>Texto</p>', name: 'ICM', cc: 'cc@example.org', attachments: [pdf],
    });
    expect(world.outbox).toHaveLength(1);
    const m = world.outbox[0];
    expect(m).toMatchObject({
      from: 'asistente@example.org', to: ['segob@example.gob.mx', 'otra@example.gob.mx'], cc: ['cc@example.org'],
      subject: 'Boletín 12', body: 'Texto', htmlBody: '<p>Texto</p>', name: 'ICM', at: world.now,
    });
    expect(m.attachments).toEqual([{ name: 'Boletin.pdf', mimeType: 'application/pdf', data: Buffer.from('%PDF-1.4').toString('base64') }]);
  });

  test('sendEmail(message object) and each recipient in to/cc/bcc counts toward the daily quota', () => {
    const { mail } = setup(100);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail({ to: 'a@example.org,b@example.org', bcc: 'c@example.org', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(97);
  });

  test('beyond the quota: "Service invoked too many times for one day: email."; resets the next day', () => {
    const { mail, world } = setup(2);
    mail.sendEmail('a@example.org', 's', 'b');
    expect(() => mail.sendEmail('a@example.org,b@example.org', 's', 'b')).toThrow(MAIL_QUOTA_EXCEEDED);
    expect(world.outbox).toHaveLength(1);
    world.now += 24 * 3600_000;
    expect(mail.getRemainingDailyQuota()).toBe(2);
  });

  test('quota is per effective user', () => {
    const { mail, world } = setup(1);
    mail.sendEmail('a@example.org', 's', 'b');
    const other = createMailApp(newExecution(world, { functionName: 't', user: 'titular@example.org' }));
    expect(other.getRemainingDailyQuota()).toBe(1);
  });

  test('invalid address: "Invalid email: X"; 50 recipients per message', () => {
    const { mail, world } = setup(1000);
    expect(() => mail.sendEmail('no-es-correo', 's', 'b')).toThrow('Invalid email: no-es-correo');
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@example.org`).join(',');
    expect(() => mail.sendEmail(many, 's', 'b')).toThrow(MAIL_TOO_MANY_RECIPIENTS);
    expect(world.outbox).toHaveLength(0);
    expect(mail.getRemainingDailyQuota()).toBe(1000);
  });
});
