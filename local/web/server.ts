// The local web page of `npm start`: Node's http module on loopback, the static page, the JSON API and the panels' frames.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { Emulator } from '../runtime';
import { DEFAULT_DIST } from '../execution';
import { WebSession } from './session';
import { bundleFunctionNames, withBridge } from './bridge';
import { abrir, type ApiContext, editar, estado, hoja, menu, PageError, run, salidas } from './api';
import { attachment } from './outputs';
import { advance, clockTarget, type ClockProgress } from './clock';

const STATIC = path.join(__dirname, 'static');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
const MAX_BODY = 2 * 1024 * 1024;

export interface WebServer {
  url: string;
  port: number;
  session: WebSession;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, v: unknown): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(v));

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new PageError('La solicitud es demasiado grande.');
    chunks.push(c as Buffer);
  }
  try {
    const v = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    throw new PageError('La solicitud no es JSON válido.');
  }
}

function serveStatic(res: http.ServerResponse, name: string): void {
  const file = path.join(STATIC, name);
  if (!/^[\w-]+\.(html|js|css)$/.test(name) || !fs.existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'No encontrado');
  send(res, 200, TYPES[path.extname(name)], fs.readFileSync(file));
}

/** Only this page may call the API: a loopback Host (no DNS rebinding) and, for POSTs, the page's own header (no CSRF). */
function trusted(req: http.IncomingMessage): boolean {
  const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) return false;
  return req.method !== 'POST' || req.headers['x-difusion'] === '1';
}

async function clock(ctx: ApiContext, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const body = await readBody(req);
  await ctx.session.serial(async () => {
    const target = clockTarget(ctx.session.emu.world.now, body);
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    const line = (p: ClockProgress): boolean => res.write(JSON.stringify(p) + '\n');
    line(await advance(ctx.session, target, line));
    res.end();
  });
}

async function route(ctx: ApiContext, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const p = url.pathname;
  if (req.method === 'GET') {
    if (p === '/') return serveStatic(res, 'index.html');
    if (p.startsWith('/static/')) return serveStatic(res, p.slice('/static/'.length));
    const panel = /^\/panel\/(\d+)$/.exec(p);
    if (panel) {
      const found = ctx.panels.get(panel[1]);
      if (!found) return send(res, 404, 'text/plain; charset=utf-8', 'Panel cerrado');
      return send(res, 200, TYPES['.html'], withBridge(found.html, ctx.names));
    }
    const adj = /^\/adjunto\/(\d+)\/(\d+)$/.exec(p);
    if (adj) {
      const a = attachment(ctx.session.emu, +adj[1], +adj[2]);
      if (!a) return send(res, 404, 'text/plain; charset=utf-8', 'No existe ese adjunto');
      return send(res, 200, a.mimeType, a.bytes, { 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(a.name)}` });
    }
    if (p === '/api/estado') return json(res, 200, estado(ctx));
    if (p === '/api/hoja') return json(res, 200, hoja(ctx, url.searchParams.get('nombre') ?? ''));
    if (p === '/api/salidas') return json(res, 200, salidas(ctx));
  } else if (req.method === 'POST') {
    if (p === '/api/reloj') return clock(ctx, req, res);
    const handlers: Record<string, (c: ApiContext, b: Record<string, unknown>) => unknown> = { '/api/abrir': abrir, '/api/editar': editar, '/api/menu': menu, '/api/run': run };
    const h = handlers[p];
    if (h) {
      const body = await readBody(req);
      return json(res, 200, await ctx.session.serial(() => h(ctx, body)));
    }
  }
  send(res, 404, 'text/plain; charset=utf-8', 'No encontrado');
}

/** Serves the world kept in `dataDir` on 127.0.0.1:`port` (0 = any free port). */
export async function serve(opts: { dataDir: string; port: number; distDir?: string }): Promise<WebServer> {
  const distDir = opts.distDir ?? DEFAULT_DIST;
  const emu = Emulator.load(opts.dataDir, distDir);
  if (!emu) throw new Error(`No hay un libro local en ${opts.dataDir}.`);
  const ctx: ApiContext = { session: new WebSession(emu, opts.dataDir), names: bundleFunctionNames(distDir), panels: new Map(), menus: new Map() };
  const server = http.createServer((req, res) => {
    if (!trusted(req)) return send(res, 403, 'text/plain; charset=utf-8', 'Prohibido');
    route(ctx, req, res).catch((e: unknown) => {
      const mine = e instanceof PageError;
      if (res.headersSent) return void res.end();
      json(res, mine ? 400 : 500, { error: mine ? (e as Error).message : `Error interno del emulador: ${(e as Error).message}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    session: ctx.session,
    close: () => new Promise<void>((r) => {
      ctx.session.flush();
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
