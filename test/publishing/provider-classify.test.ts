// HTTP failures of X, Graph API and WordPress map to credenciales / límite / temporal / contenido / duplicado; bodies truncated, secrets removed.
import { BODY_LIMIT, classifyGraph, classifyWeb, classifyX, redact, registerSecrets } from '../../src/providers/http-errors';
import { afterAttempt, formatState, nextStep, parseState, type NetState } from '../../src/domain/publication';

const NOW = Date.parse('2026-12-01T16:00:00Z');
const res = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('provider-classify', () => {
  it('X', () => {
    expect(classifyX(res(401, { title: 'Unauthorized', status: 401, detail: 'Unauthorized' }), NOW).clase).toBe('credenciales');
    expect(classifyX(res(403, { detail: 'You are not allowed to create a Tweet with duplicate content.', status: 403 }), NOW).clase).toBe('duplicado');
    expect(classifyX(res(403, { detail: 'You are not permitted to perform this action.', status: 403 }), NOW).clase).toBe('contenido');
    const l = classifyX(res(429, { status: 429 }, { 'x-rate-limit-reset': String(NOW / 1000 + 900) }), NOW);
    expect(l).toMatchObject({ clase: 'límite', retryAt: NOW + 900000 });
    expect(classifyX(res(503, ''), NOW).clase).toBe('temporal');
    expect(classifyX({ status: 0, headers: {}, body: '', transportError: 'Timeout: https://api.x.com/2/tweets' }, NOW)).toMatchObject({ clase: 'temporal', incierto: true });
    expect(classifyX(res(400, { title: 'Invalid Request', detail: 'The text of your Post is too long.' }), NOW).clase).toBe('contenido');
  });

  it('Graph API error codes', () => {
    const g = (code: number, sub?: number) => classifyGraph(res(400, { error: { message: 'm', type: 'OAuthException', code, error_subcode: sub } }), NOW);
    expect(g(190, 463)).toMatchObject({ clase: 'credenciales' });
    expect(g(190, 463).motivo).toContain('el token caducó');
    expect(g(4).clase).toBe('límite');
    expect(g(17).clase).toBe('límite');
    expect(g(368).clase).toBe('contenido');
    expect(g(506).clase).toBe('duplicado');
    expect(g(2).clase).toBe('temporal');
    expect(g(100).clase).toBe('contenido');
  });

  it('WordPress', () => {
    expect(classifyWeb(res(401, { code: 'incorrect_password', message: 'bad', data: { status: 401 } }), NOW).clase).toBe('credenciales');
    expect(classifyWeb(res(500, 'x'), NOW).clase).toBe('temporal');
    expect(classifyWeb(res(400, { code: 'rest_invalid_param', message: 'Invalid parameter(s): status' }), NOW).clase).toBe('contenido');
  });

  it('truncates stored bodies and removes secrets and credentials', () => {
    registerSecrets(['SuperSecretToken123']);
    const f = classifyWeb(res(500, 'SuperSecretToken123 ' + 'z'.repeat(1000)), NOW);
    expect(f.detalle.length).toBeLessThanOrEqual(BODY_LIMIT + 1);
    expect(f.detalle).not.toContain('SuperSecretToken123');
    expect(redact('Authorization: Bearer EAAabc123 and access_token=EAAxyz&x=1')).toBe('Authorization: Bearer •••• and access_token=••••&x=1');
  });
});

describe('provider-classify: state machine', () => {
  const now = new Date(2026, 11, 1, 10, 0);
  const limite = new Date(2026, 11, 1, 13, 0);
  it('round-trips every state through its Spanish cell text', () => {
    const states: NetState[] = [
      { kind: 'programada' },
      { kind: 'enviando', intento: 2 },
      { kind: 'publicada', id: '123', hora: '2026-12-01 10:00' },
      { kind: 'publicada', id: '', hora: '2026-12-01 18:00', manual: true },
      { kind: 'reintentar', intento: 3, despues: new Date(2026, 11, 1, 11, 45) },
      { kind: 'incierta', intento: 1 },
      { kind: 'error', intento: 1, motivo: 'X rechazó la publicación.' },
      { kind: 'manual', aviso: '2026-12-01 13:00' },
      { kind: 'ensayo' },
    ];
    for (const s of states) expect(parseState(formatState(s))).toEqual(s.kind === 'publicada' ? { ...s, manual: !!s.manual } : s);
  });

  it('never re-posts a leftover «enviando» without verification; late posts become manual', () => {
    expect(nextStep({ kind: 'enviando', intento: 1 }, now, limite)).toEqual({ do: 'enviar', intento: 2, verificar: true });
    expect(nextStep({ kind: 'programada' }, now, limite)).toEqual({ do: 'enviar', intento: 1, verificar: false });
    expect(nextStep({ kind: 'reintentar', intento: 2, despues: new Date(2026, 11, 1, 10, 30) }, now, limite)).toEqual({ do: 'nada' });
    expect(nextStep({ kind: 'error', intento: 1, motivo: 'x' }, limite, limite)).toEqual({ do: 'manual' });
    expect(nextStep({ kind: 'publicada', id: '1', hora: '' }, limite, limite)).toEqual({ do: 'nada' });
    expect(afterAttempt(1, { ok: false, clase: 'temporal', incierto: true }, now).kind).toBe('incierta');
    expect(afterAttempt(1, { ok: false, clase: 'límite', retryAt: now.getTime() + 3600000 }, now)).toEqual({ kind: 'reintentar', intento: 2, despues: new Date(now.getTime() + 3600000) });
    expect(afterAttempt(1, { ok: false, clase: 'contenido', motivo: 'm' }, now)).toEqual({ kind: 'error', intento: 1, motivo: 'm' });
  });
});

describe('Graph throttling headers', () => {
  it('X-Business-Use-Case-Usage estimated_time_to_regain_access sets when to try again', () => {
    const { classifyGraph: g } = jest.requireActual('../../src/providers/http-errors') as typeof import('../../src/providers/http-errors');
    const now = Date.UTC(2026, 11, 1, 16, 0);
    const body = JSON.stringify({ error: { message: 'Application request limit reached', code: 4 } });
    const headers = { 'x-business-use-case-usage': JSON.stringify({ '1': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 30 }] }) };
    expect(g({ status: 400, headers, body }, now).retryAt).toBe(now + 30 * 60 * 1000);
    expect(g({ status: 400, headers: {}, body }, now).retryAt).toBe(now + 60 * 60 * 1000);
  });
});
