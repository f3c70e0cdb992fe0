// Where secrets must never appear (sheets, logs, e-mails, runs): the check the suite's secret scan runs; free of jest globals so benches can import it.
import type { Emulator, RunResult } from '../../local/runtime';
import { DEMO_CREDENTIALS, DEMO_WEBHOOK } from '../../local/endpoints/accounts';

/** The demo secrets that «Conectar redes» stores in the tests. */
export const SECRETS: string[] = [
  DEMO_CREDENTIALS.X_CONSUMER_KEY,
  DEMO_CREDENTIALS.X_CONSUMER_SECRET,
  DEMO_CREDENTIALS.X_ACCESS_TOKEN,
  DEMO_CREDENTIALS.X_ACCESS_SECRET,
  DEMO_CREDENTIALS.FB_PAGE_TOKEN,
  DEMO_CREDENTIALS.WP_APP_PASSWORD,
  DEMO_CREDENTIALS.WP_APP_PASSWORD.replace(/\s+/g, ''),
  DEMO_WEBHOOK.WEBHOOK_SECRET,
];

/** Stored values that are secrets (Document Properties, where they live): the HMAC key and any token, secret, password or key a test stored. */
function storedSecrets(emu: Emulator): string[] {
  return Object.entries(emu.world.properties.document)
    .filter(([k]) => /HMAC|SECRET|TOKEN|PASSWORD|CONSUMER_KEY/i.test(k))
    .map(([, v]) => v);
}

/** Every place a secret must never reach: all sheets (values, formulas, notes), logs, runs (logs, errors, UI), e-mails. */
export function secretLeaks(emu: Emulator, runs: RunResult[]): string[] {
  const secrets = [...new Set([...SECRETS, ...storedSecrets(emu)])].filter((s) => typeof s === 'string' && s.length >= 6);
  const places: Array<[string, string]> = [];
  for (const sh of emu.world.spreadsheet.sheets) {
    for (const [k, c] of Object.entries(sh.cells)) places.push([`${sh.name}!${k}`, `${String(c.v)} ${c.f ?? ''} ${c.note ?? ''}`]);
  }
  places.push(['world.logs', emu.world.logs.join('\n')]);
  // Script Properties are shared by every workbook of a published add-on: no secret may ever be there.
  places.push(['script properties', JSON.stringify(emu.world.properties.script)]);
  for (const m of emu.world.outbox) places.push([`mail ${m.subject}`, `${m.subject}\n${m.body}\n${m.htmlBody ?? ''}`]);
  for (const r of runs) places.push([`run ${r.functionName}`, `${r.logs.join('\n')}\n${r.error ? r.error.message : ''}\n${JSON.stringify(r.ui)}\n${JSON.stringify(r.result ?? null)}`]);
  const leaks: string[] = [];
  for (const [where, text] of places) for (const s of secrets) if (text.includes(s)) leaks.push(`${where} contains a secret`);
  return leaks;
}
