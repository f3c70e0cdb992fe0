// MailApp fake: messages go to world.outbox; daily recipient quota per user and Apps Script's per-message limits.
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { MailAttachmentState, WorldState } from '../world';
import { formatDateIn, fromByteArray, toFakeBlob } from './utilities.fake';

type GasMailApp = GoogleAppsScript.Mail.MailApp;
type GasMailParams = GoogleAppsScript.Mail.MailAdvancedParameters;

export const MAIL_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const MAIL_NO_RECIPIENT = 'Failed to send email: no recipient';
export const MAIL_TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const MAIL_ATTACHMENTS_TOO_LARGE = 'Limit Exceeded: Email Total Attachments Size.';
/** guides/services/quotas: 50 recipients and 250 attachments per message, 25 MB of attachments. */
export const MAIL_MAX_RECIPIENTS = 50;
export const MAIL_MAX_ATTACHMENTS = 250;
export const MAIL_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const EMAIL_RE = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Splits a comma-separated address list; 'Name <a@b.c>' is accepted. Throws 'Invalid email: X'. */
export function parseAddresses(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /<([^>]*)>\s*$/.exec(s);
      const addr = (m ? m[1] : s).trim();
      if (!EMAIL_RE.test(addr)) throw new Error(`Invalid email: ${s}`);
      return addr;
    });
}

/** The quota key: "user|yyyy-MM-dd" in the script's time zone. */
export function mailQuotaKey(world: WorldState, user: string): string {
  return `${user}|${formatDateIn(world.now, world.timeZone, 'yyyy-MM-dd')}`;
}

export class FakeMailApp implements GasMailApp {
  readonly [FAKE_TYPE] = 'MailApp';

  constructor(private readonly exec: Execution) {}

  /** Remaining recipients today for the effective user (guides/services/quotas). */
  getRemainingDailyQuota(): number {
    const w = this.exec.world;
    return Math.max(0, w.mailDailyLimit - (w.mailQuota[mailQuotaKey(w, this.exec.effectiveUser)] ?? 0));
  }

  sendEmail(
    first: GasMailParams | string, a?: string, b?: string, c?: GasMailParams | string,
  ): void {
    let m: GasMailParams;
    if (typeof first === 'object' && first !== null) m = { ...first };
    else if (typeof c === 'string') m = { to: first, replyTo: a, subject: b, body: c }; // (to, replyTo, subject, body)
    else m = { ...(c ?? {}), to: first, subject: a, body: b };
    this.send(m);
  }

  private send(m: GasMailParams): void {
    const w = this.exec.world;
    const to = parseAddresses(m.to);
    const cc = parseAddresses(m.cc);
    const bcc = parseAddresses(m.bcc);
    const replyTo = m.replyTo ? parseAddresses(m.replyTo)[0] : undefined;
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error(MAIL_NO_RECIPIENT);
    if (count > MAIL_MAX_RECIPIENTS) throw new Error(MAIL_TOO_MANY_RECIPIENTS);

    const attachments: MailAttachmentState[] = [];
    let total = 0;
    for (const a of m.attachments ?? []) {
      const blob = toFakeBlob(a);
      if (!blob) throw new Error('Invalid argument: attachments');
      const bytes = fromByteArray(blob.getBytes());
      total += bytes.length;
      attachments.push({
        name: blob.getName() ?? 'attachment',
        mimeType: blob.getContentType() ?? 'application/octet-stream',
        data: bytes.toString('base64'),
      });
    }
    if (attachments.length > MAIL_MAX_ATTACHMENTS || total > MAIL_MAX_ATTACHMENT_BYTES) {
      throw new Error(MAIL_ATTACHMENTS_TOO_LARGE);
    }

    const key = mailQuotaKey(w, this.exec.effectiveUser);
    const used = w.mailQuota[key] ?? 0;
    if (used + count > w.mailDailyLimit) throw new Error(MAIL_QUOTA_EXCEEDED);
    w.mailQuota[key] = used + count;

    const domain = this.exec.effectiveUser.split('@')[1] ?? 'example.org';
    w.outbox.push({
      id: `mail-${w.outbox.length + 1}`,
      at: w.now,
      from: m.noReply ? `noreply@${domain}` : this.exec.effectiveUser,
      to,
      cc,
      bcc,
      ...(replyTo ? { replyTo } : {}),
      ...(m.name !== undefined ? { name: String(m.name) } : {}),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody !== undefined ? { htmlBody: String(m.htmlBody) } : {}),
      attachments,
    });
  }
}

export function createMailApp(exec: Execution): FakeMailApp {
  return new FakeMailApp(exec);
}
