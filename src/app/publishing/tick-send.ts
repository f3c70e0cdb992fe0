// The sending rounds of a tick: verify uncertain attempts, mark «enviando», upload images, publish, confirm duplicates.
import { ports } from '../shared/index';
import type { HttpRequest } from './provider.port';
import { setNetError, setState } from './publication-rows';
import type { Item, TickContext } from './tick-context';

function fetchSome(reqs: Array<HttpRequest | null>): ReturnType<ReturnType<typeof ports>['http']['fetchAll']> {
  return ports().http.fetchAll(reqs.filter((r): r is HttpRequest => r !== null));
}

/** Looks up the posts of uncertain attempts; returns the items still to send. */
function verifyUncertain(ctx: TickContext, items: Item[], looked: Set<Item>): Item[] {
  const checks = items.map((it) => (it.verificar ? it.provider.lookupRequest(it.post) : null));
  const withCheck = items.filter((_, k) => checks[k] !== null);
  // At most one lookup per post and round: a post looked up here is not looked up again after a duplicate answer.
  for (const it of withCheck) looked.add(it);
  if (withCheck.length === 0) return items;
  const res = fetchSome(checks);
  const found = new Set<Item>();
  withCheck.forEach((it, k) => {
    const r = it.provider.parseLookup(res[k], it.post);
    if (r === null) return;
    found.add(it);
    if (r.ok) ctx.published(it, r, 'verificada tras un intento incierto');
    else {
      // The check itself failed: the post stays uncertain (never re-posted blindly) and is checked again later.
      setState(ctx.t, it.i, it.red, { kind: 'incierta', intento: it.intento - 1, desde: it.desde });
      setNetError(ctx.t, it.i, it.provider.nombre, `no se pudo verificar un intento anterior: ${r.motivo}`);
      ctx.report.inciertas++;
    }
  });
  return items.filter((it) => !found.has(it));
}

/** «Enviando» is on the sheet before any request leaves: a run killed mid-call leaves it for the next tick to verify. */
function markSending(ctx: TickContext, items: Item[]): void {
  const t = ctx.t;
  for (const it of items) {
    setState(t, it.i, it.red, { kind: 'enviando', intento: it.intento, desde: it.desde });
    t.set(it.i, 'Intentos', (Number(t.get(it.i, 'Intentos')) || 0) + 1);
    ctx.summarize(it.i, null);
  }
  ctx.flushRows();
  ports().workbook.flush();
}

/** Uploads the images that must precede their posts; returns the items still to send and their media ids. */
function upload(ctx: TickContext, items: Item[]): { live: Item[]; media: Map<Item, string | null> } {
  const media = new Map<Item, string | null>();
  const uploads = items.map((it) => it.provider.uploadRequest(it.post));
  const withUpload = items.filter((_, k) => uploads[k] !== null);
  if (withUpload.length === 0) return { live: items, media };
  const res = fetchSome(uploads);
  withUpload.forEach((it, k) => {
    const r = it.provider.parseUpload(res[k]);
    if (r.ok) media.set(it, r.mediaId);
    // A failed upload published nothing: never uncertain.
    else ctx.fail(it.i, it.post.rowId, it.red, it.intento, { ...r, incierto: false }, it.desde);
  });
  return { live: items.filter((it) => !withUpload.includes(it) || media.has(it)), media };
}

/** Publishes; returns the temporary failures to retry now and the duplicate answers to confirm. */
function publish(ctx: TickContext, live: Item[], media: Map<Item, string | null>): { retry: Item[]; duplicates: Array<{ it: Item; motivo: string }> } {
  const retry: Item[] = [];
  const duplicates: Array<{ it: Item; motivo: string }> = [];
  if (live.length === 0) return { retry, duplicates };
  const res = ports().http.fetchAll(live.map((it) => it.provider.publishRequest(it.post, media.get(it) ?? null)));
  live.forEach((it, k) => {
    const r = it.provider.parsePublish(res[k], it.post);
    if (r.ok) ctx.published(it, r, '');
    // A duplicate after an earlier attempt MAY be that attempt: it counts only when a lookup finds this very post. On a
    // first attempt it means another post already has this exact text, which is a content problem, not a publication.
    else if (r.clase === 'duplicado' && it.intento > 1) duplicates.push({ it, motivo: r.motivo });
    else if (r.clase === 'duplicado') {
      const motivo = `${r.motivo} Otra publicación ya tiene exactamente este texto; cámbielo y vuelva a autorizar.`;
      ctx.fail(it.i, it.post.rowId, it.red, it.intento, { ...r, clase: 'contenido', motivo });
    } else {
      const s = ctx.fail(it.i, it.post.rowId, it.red, it.intento, r, it.desde);
      if (s.kind === 'reintentar' && r.clase === 'temporal') retry.push({ ...it, intento: s.intento, verificar: false });
      // Another network broke the batch: this post may be out; the next round looks it up before anything is re-sent.
      else if (s.kind === 'incierta' && r.interrumpido) retry.push({ ...it, intento: it.intento + 1, verificar: true });
    }
  });
  return { retry, duplicates };
}

/** One round: verify uncertain ones, mark «enviando» (flushed), upload images, publish; returns temporary failures to retry now. */
export function sendRound(ctx: TickContext, items: Item[]): Item[] {
  const looked = new Set<Item>();
  const toSend = verifyUncertain(ctx, items, looked);
  if (toSend.length === 0) return [];
  markSending(ctx, toSend);
  const { live, media } = upload(ctx, toSend);
  const { retry, duplicates } = publish(ctx, live, media);
  if (duplicates.length > 0) confirmDuplicates(ctx, duplicates, looked);
  ctx.flushRows();
  return retry;
}

/**
 * A duplicate answer proves only that SOME post with this text exists (yesterday's, with the same text, counts too).
 * This post is published only when a lookup finds it made since its first attempt; a lookup that fails leaves it
 * uncertain (checked again later); a lookup that finds nothing makes it an error with an alert, then a manual task.
 */
function confirmDuplicates(ctx: TickContext, list: Array<{ it: Item; motivo: string }>, looked: Set<Item>): void {
  const asks = list.map(({ it }) => (looked.has(it) ? null : it.provider.lookupRequest(it.post)));
  const asked = list.filter((_, k) => asks[k] !== null);
  const res = asked.length > 0 ? fetchSome(asks) : [];
  for (const { it, motivo } of list) {
    const k = asked.findIndex((x) => x.it === it);
    const found = k >= 0 ? it.provider.parseLookup(res[k], it.post) : null;
    const n = it.provider.nombre;
    if (found && found.ok) {
      ctx.published(it, { ...found, confirmadaPorDuplicado: true }, `${motivo} Se localizó la publicación exacta.`);
    } else if (found) {
      const nota = `${motivo} No se pudo consultar ${n} para confirmarla (${found.motivo}); se verificará antes de reintentar.`;
      ctx.fail(it.i, it.post.rowId, it.red, it.intento, { ...found, incierto: true, motivo: nota }, it.desde);
    } else {
      const nota = `${motivo} Pero esta publicación no aparece en ${n} desde su primer intento: otra publicación ya tiene exactamente este texto. `
        + 'No se publicó; cambie el texto y vuelva a autorizar, o publíquela a mano.';
      ctx.fail(it.i, it.post.rowId, it.red, it.intento, { ok: false, clase: 'contenido', status: 0, detalle: '', motivo: nota });
    }
  }
}
