// The institute's settings as read from the Configuración sheet (parsed and validated by the workbook use case).
import type { Red } from './schema';

export interface Veda {
  /** First day held, yyyy-MM-dd (script time zone). */
  del: string;
  /** Last day held, yyyy-MM-dd, inclusive. */
  al: string;
  /** Calendar categories that may still be published during the veda (e.g. Salud, Protección civil). */
  excepciones: string[];
}

export interface Config {
  /** E-mail of the one Titular del Instituto, lower-case. */
  titular: string;
  asistentes: string[];
  direcciones: string[];
  /** Recipients at Comunicación Social de la Secretaría de Gobierno. */
  segob: string[];
  /** Default hour (0–23) for daily posts. */
  horaPublicacion: number;
  /** Day of the week for the CS02 agenda e-mail: 1 = lunes … 7 = domingo. */
  agendaDia: number;
  agendaHora: number;
  /** Policy 3.3: weekend rows are published only when the Asistente marks them "Sí". */
  finesDeSemana: 'Decide la Asistente' | 'Nunca' | 'Siempre';
  redesActivas: Red[];
  /** Rehearsal: nothing leaves the workbook. */
  modoEnsayo: boolean;
  /** Hours after a post's hour before it becomes a manual-posting task. */
  plazoManualHoras: number;
  graphVersion: string;
  vedas: Veda[];
  // ---- Watchdog deadlines (issue 11) ----
  /** Remind when a publication day within this many days has nothing authorized. */
  avisoDiasSinAutorizar: number;
  /** Remind when a boletín waits for the Titular's authorization longer than this. */
  avisoHorasAutorizacion: number;
  /** Remind when an authorized boletín is not sent to SEGOB within this many hours. */
  avisoHorasEnvio: number;
  /** Remind when the weekly agenda is still not sent this many hours after its hour. */
  avisoHorasAgenda: number;
}

export const DEFAULT_CONFIG: Config = {
  titular: '',
  asistentes: [],
  direcciones: [],
  segob: [],
  horaPublicacion: 10,
  agendaDia: 5,
  agendaHora: 12,
  finesDeSemana: 'Decide la Asistente',
  redesActivas: ['X', 'Facebook', 'Web'],
  modoEnsayo: false,
  plazoManualHoras: 3,
  graphVersion: 'v26.0',
  vedas: [],
  avisoDiasSinAutorizar: 2,
  avisoHorasAutorizacion: 24,
  avisoHorasEnvio: 4,
  avisoHorasAgenda: 1,
};
