// CLI helpers for issue 11: `doc` (read or edit a Google Doc as a person in Docs: no trigger fires) and `outbox --save DIR`.
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from './runtime';
import type { DriveFileState, WorldState } from './world';
import { DOC_MIME, docLines } from './fakes/drive.fake';

/** The Doc a boletín number, a Docs link or a file id names; a Spanish Error when there is none. */
export function findDoc(world: WorldState, ref: string): DriveFileState {
  let id = ref.trim();
  if (/^ICM-B-\d{4}-\d+$/.test(id)) {
    const sheet = world.spreadsheet.sheets.find((s) => s.name === 'Boletines CS01');
    const cell = (r: number, c: number): string => String(sheet?.cells[`${r},${c}`]?.v ?? '');
    let link = '';
    for (let r = 1; sheet && r < sheet.maxRows && !link; r++) if (cell(r, 0) === id) link = cell(r, 5);
    if (!link) throw new Error(`No hay un boletín «${id}» con documento en «Boletines CS01».`);
    id = link;
  }
  const m = /\/d\/([\w-]+)/.exec(id);
  if (m) id = m[1];
  const f = world.drive.files.find((x) => x.id === id && !x.trashed && x.mimeType === DOC_MIME);
  if (!f || !f.doc) throw new Error(`No existe el documento «${ref}».`);
  return f;
}

/** Prints (after the optional edits) the Doc's text. Edits: append a paragraph, replace literal text everywhere. */
export function docCommand(emu: Emulator, ref: string, edits: { append?: string; replace?: string; with?: string }): string[] {
  const f = findDoc(emu.world, ref);
  const doc = f.doc as NonNullable<DriveFileState['doc']>;
  if (edits.replace !== undefined) {
    if (!doc.paragraphs.some((p) => p.includes(edits.replace as string))) throw new Error(`El documento no contiene «${edits.replace}».`);
    doc.paragraphs = doc.paragraphs.map((p) => p.split(edits.replace as string).join(edits.with ?? ''));
  }
  if (edits.append !== undefined) doc.paragraphs.push(edits.append);
  return [`${f.name} (https://docs.google.com/document/d/${f.id}/edit)`, ...docLines(doc.paragraphs, doc.tables).map((l) => '  ' + l)];
}

/** Writes every attachment of the outbox into dir as «mail-N-name»; returns the paths. */
export function saveAttachments(emu: Emulator, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const m of emu.world.outbox) {
    for (const a of m.attachments) {
      const file = path.join(dir, `${m.id}-${a.name.replace(/[\\/:*?"<>|]/g, '_')}`);
      fs.writeFileSync(file, Buffer.from(a.data, 'base64'));
      out.push(file);
    }
  }
  return out;
}
