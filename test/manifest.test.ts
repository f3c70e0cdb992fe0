// appsscript.json: V8, the script's time zone, and least-privilege scopes — each one used by src/ and explained in the README.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as { timeZone: string; runtimeVersion: string; oauthScopes: string[] };
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

function srcText(): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, f.name);
      if (f.isDirectory() && f.name !== 'sidebar') walk(p);
      else if (f.name.endsWith('.ts')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'src'));
  return out.join('\n');
}

/** Which code needs each scope (https://developers.google.com/apps-script/concepts/scopes). */
const NEEDS: Record<string, RegExp> = {
  'spreadsheets.currentonly': /SpreadsheetApp\./,
  'script.container.ui': /getUi\(\)|HtmlService\./,
  'script.scriptapp': /ScriptApp\.newTrigger/,
  'script.external_request': /UrlFetchApp\./,
  'script.send_mail': /MailApp\.sendEmail/,
  'userinfo.email': /getActiveUser\(\)/,
  'drive.readonly': /DriveApp\.getFileById/,
  documents: /DocumentApp\./,
  'drive.file': /DriveApp\.createFolder|\.createFile\(|\.moveTo\(/,
};

describe('appsscript.json (https://developers.google.com/apps-script/manifest)', () => {
  test('runs on V8 in America/Monterrey', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('America/Monterrey');
  });

  test('declares exactly the scopes the code uses, each explained in the README table', () => {
    const src = srcText();
    const short = manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));
    for (const s of short) {
      expect([s, NEEDS[s] !== undefined && NEEDS[s].test(src)]).toEqual([s, true]);
      expect(readme).toContain(`| \`${s}\` |`);
    }
    for (const [scope, re] of Object.entries(NEEDS)) {
      if (re.test(src)) expect(short).toContain(scope);
    }
    // Broad scopes the add-on must never ask for.
    expect(short).not.toContain('spreadsheets');
    expect(short).not.toContain('drive');
  });
});
