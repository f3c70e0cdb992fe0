// One digest e-mail to the Titular per execution: collects notices (voided authorizations, reverted edits) and sends them once.
import { escapeHtml } from '../domain/html';
import { messageOf } from '../domain/errors';
import type { Bitacora } from './bitacora';
import { ports } from './ports';

export interface Aviso {
  /** Short Spanish line, e.g. "Calendario CAL-1: se editó «Texto X»; requiere nueva autorización." */
  texto: string;
}

export class TitularDigest {
  private readonly avisos: Aviso[] = [];

  constructor(
    private readonly titular: string,
    private readonly modoEnsayo: boolean,
  ) {}

  add(texto: string): void {
    this.avisos.push({ texto });
  }

  size(): number {
    return this.avisos.length;
  }

  /** Sends the one e-mail (plain and escaped HTML). Failures and rehearsal mode are recorded in the Bitácora instead. */
  send(bitacora: Bitacora): boolean {
    if (this.avisos.length === 0) return false;
    const n = this.avisos.length;
    const subject = `Difusión ICM: ${n} aviso${n === 1 ? '' : 's'} sobre autorizaciones`;
    const intro = 'Difusión ICM registró lo siguiente en el libro de difusión:';
    const outro = 'Revise el panel «Autorizaciones» del complemento. Nada se publica sin su autorización vigente.';
    const body = [intro, '', ...this.avisos.map((a) => '• ' + a.texto), '', outro].join('\n');
    const htmlBody =
      `<p>${escapeHtml(intro)}</p><ul>` +
      this.avisos.map((a) => `<li>${escapeHtml(a.texto)}</li>`).join('') +
      `</ul><p>${escapeHtml(outro)}</p>`;
    if (!this.titular) {
      bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: 'Autorizaciones', detalle: 'No hay Titular configurado. ' + body });
      return false;
    }
    if (this.modoEnsayo) {
      bitacora.add({ accion: 'Aviso a la Titular (modo ensayo, no enviado)', elemento: 'Autorizaciones', detalle: body });
      return false;
    }
    try {
      const mailer = ports().mailer;
      if (mailer.remainingDailyQuota() < 1) throw new Error('sin cuota diaria de correo');
      mailer.send({ to: this.titular, subject, body, htmlBody, name: 'Difusión ICM' });
      bitacora.add({ accion: 'Aviso a la Titular', elemento: 'Autorizaciones', detalle: `${n} aviso(s) enviados a ${this.titular}.` });
      return true;
    } catch (e) {
      bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: 'Autorizaciones', detalle: `No se pudo enviar el correo (${messageOf(e)}). ${body}` });
      return false;
    }
  }
}
