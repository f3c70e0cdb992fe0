// The gate: the one answer to "may this Calendario row / boletín be published or sent now?" — approver, signature, fingerprint; fail closed.
import { AUTORIZADO } from '../../domain/authorization';
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { rowMatchesHuella } from './authorization.content';
import { alertBrokenChainOnce, chainBrokenText, forgetBrokenChain } from './chain-alert';
import { Ledger } from './ledger';
import { type SheetTable, type Spreadsheet } from '../shared/index';

export type GateVerdict =
  | { ok: true }
  | { ok: false; code: 'SIN_AUTORIZACION' | 'HUELLA_DISTINTA' | 'FIRMA_INVALIDA' | 'NO_TITULAR' | 'CADENA_ROTA'; motivo: string };

export class Gate {
  private constructor(
    private readonly config: Config,
    private readonly titular: string,
    private readonly ledger: Ledger | null,
    private readonly loadError: string,
  ) {}

  /** Reads the Autorizaciones ledger once. Never throws: a ledger that cannot be read makes every check fail. */
  static load(config: Config, ss?: Spreadsheet): Gate {
    const titular = (config.titular ?? '').trim().toLowerCase();
    try {
      return new Gate(config, titular, Ledger.load(ss), '');
    } catch (e) {
      return new Gate(config, titular, null, messageOf(e));
    }
  }

  /** The first row that breaks the Autorizaciones chain, or null (for «Verificar autorizaciones»). */
  chainProblem(): { fila: number; motivo: string } | null {
    return this.ledger ? this.ledger.chainProblem() : null;
  }

  checkCalendario(t: SheetTable<'calendario'>, i: number): GateVerdict {
    return this.guard(() => {
      const id = text(t.get(i, 'ID'));
      return this.check(SHEET.calendario, id, `la publicación ${id || '(sin ID)'}`, text(t.get(i, 'Autorización')), (h) =>
        rowMatchesHuella('calendario', t, i, h),
      );
    });
  }

  checkBoletin(t: SheetTable<'boletines'>, i: number): GateVerdict {
    return this.guard(() => {
      const n = text(t.get(i, 'Número'));
      return this.check(SHEET.boletines, n, `el boletín ${n || '(sin número)'}`, text(t.get(i, 'Autorización')), (h) =>
        rowMatchesHuella('boletines', t, i, h),
      );
    });
  }

  /** Any exception while checking is a refusal, never a pass. */
  private guard(f: () => GateVerdict): GateVerdict {
    try {
      return f();
    } catch (e) {
      return { ok: false, code: 'SIN_AUTORIZACION', motivo: `No se pudo verificar la autorización: ${messageOf(e)}` };
    }
  }

  private check(hoja: string, id: string, que: string, celda: string, matches: (huella: string) => boolean): GateVerdict {
    if (!this.titular) {
      return { ok: false, code: 'NO_TITULAR', motivo: 'No hay Titular configurado en «Configuración»; nada se publica sin su autorización.' };
    }
    if (!this.ledger || !this.ledger.exists()) {
      const why = this.loadError ? ` (${this.loadError})` : '';
      return { ok: false, code: 'SIN_AUTORIZACION', motivo: `Falta la hoja «${SHEET.autorizaciones}»${why}; ${que} no tiene autorización registrada.` };
    }
    if (!id) return { ok: false, code: 'SIN_AUTORIZACION', motivo: `${cap(que)} no tiene identificador; no puede tener autorización.` };
    const e = this.ledger.latestOf(hoja, id);
    if (!e) return { ok: false, code: 'SIN_AUTORIZACION', motivo: `No hay autorización de la Titular para ${que}.` };
    if (!e.record) {
      return { ok: false, code: 'FIRMA_INVALIDA', motivo: `El registro de autorización de ${que} (fila ${e.fila} de «${SHEET.autorizaciones}») está incompleto.` };
    }
    const r = e.record;
    if (r.decision !== AUTORIZADO) {
      return { ok: false, code: 'SIN_AUTORIZACION', motivo: `La última decisión sobre ${que} es «${r.decision || 'vacía'}», no «${AUTORIZADO}».` };
    }
    if (r.por !== this.titular) {
      return { ok: false, code: 'NO_TITULAR', motivo: `La autorización de ${que} está a nombre de «${r.por || 'nadie'}», que no es la Titular.` };
    }
    if (celda !== AUTORIZADO) {
      return { ok: false, code: 'SIN_AUTORIZACION', motivo: `La columna «Autorización» de ${que} dice «${celda || 'vacía'}», no «${AUTORIZADO}».` };
    }
    if (!matches(r.huella)) {
      return { ok: false, code: 'HUELLA_DISTINTA', motivo: `El contenido de ${que} cambió después de autorizarse; requiere nueva autorización.` };
    }
    // Any row of this item that fails verification (typed, altered, re-dated, copied, moved) refuses it.
    const bad = this.ledger.badRowOf(hoja, id);
    if (bad) {
      return { ok: false, code: 'FIRMA_INVALIDA', motivo: `La firma del registro de autorización de ${que} (fila ${bad} de «${SHEET.autorizaciones}») no es válida: no fue registrado así por Difusión ICM (escrito, modificado o movido a mano).` };
    }
    // Fail closed: while the chain is broken nothing is sent, whatever the item.
    const p = this.ledger.chainProblem();
    if (p) {
      alertBrokenChainOnce(this.config, p);
      return { ok: false, code: 'CADENA_ROTA', motivo: `${chainBrokenText(p)} No se publica ni se envía nada hasta repararlo.` };
    }
    forgetBrokenChain();
    return { ok: true };
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
