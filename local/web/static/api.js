// The page's calls to the local server (JSON; the header marks them as the page's own) and small DOM helpers.
let busy = 0;

/** body[data-ocupado] while the page waits for the server (people see the cursor; tests wait for it to go). */
export async function busyWhile(promise) {
  busy++;
  document.body.dataset.ocupado = 'true';
  try {
    return await promise;
  } finally {
    if (--busy === 0) delete document.body.dataset.ocupado;
  }
}

export async function get(path) {
  return busyWhile(getNow(path));
}

async function getNow(path) {
  const r = await fetch(path, { cache: 'no-store' });
  const v = await r.json();
  if (!r.ok) throw new Error(v.error || 'Error del servidor local.');
  return v;
}

export async function post(path, body) {
  return busyWhile(postNow(path, body));
}

async function postNow(path, body) {
  const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-difusion': '1' }, body: JSON.stringify(body) });
  const v = await r.json();
  if (!r.ok) throw new Error(v.error || 'Error del servidor local.');
  return v;
}

/** POST whose answer is one JSON object per line; `each` sees every line as it arrives; resolves with the last. */
export async function postStream(path, body, each) {
  return busyWhile(streamNow(path, body, each));
}

async function streamNow(path, body, each) {
  const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-difusion': '1' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error((await r.json()).error || 'Error del servidor local.');
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  let buf = '';
  let last = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line) {
        last = JSON.parse(line);
        each(last);
      }
    }
  }
  return last;
}

/** An element with attributes and text (text is set as text, never as HTML). */
export function el(tag, attrs = {}, text, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  if (text !== undefined) e.textContent = text;
  for (const c of children) e.appendChild(c);
  return e;
}

export const $ = (id) => document.getElementById(id);

/** A plain table: header texts and rows of cells (strings or elements). */
export function table(caption, head, rows) {
  const t = el('table');
  t.appendChild(el('caption', { class: 'oculto' }, caption));
  const tr = el('tr');
  for (const h of head) tr.appendChild(el('th', { scope: 'col' }, h));
  t.appendChild(el('thead', {}, undefined, [tr]));
  const body = el('tbody');
  for (const r of rows) {
    const row = el('tr');
    for (const c of r) row.appendChild(c instanceof Node ? el('td', {}, undefined, [c]) : el('td', {}, String(c)));
    body.appendChild(row);
  }
  t.appendChild(body);
  return t;
}

export function toast(text, error = false) {
  const box = el('div', { class: error ? 'aviso error' : 'aviso' }, text);
  $('avisos').appendChild(box);
  setTimeout(() => box.remove(), error ? 9000 : 6000);
}
