// The procedure's risk matrix (RI-DT-002) with what happened in the month for each risk and the control of Difusión ICM that acted.
import type { MonthReport, RiskRow } from './report.types';

type Figures = Omit<MonthReport, 'riesgos'>;

export function riskRows(r: Figures): RiskRow[] {
  const tarde = r.segob.tarde;
  const red = r.fallas.filter((f) => f.causa === 'Red caída o falla temporal' || f.causa === 'Límite de peticiones');
  const recuperadas = red.filter((f) => /^Publicada automáticamente/.test(f.desenlace)).length;
  const aMano = r.total.aMano;
  return [
    {
      riesgo: 'No publicar boletines',
      causa: 'No mandar información a tiempo a comunicación social de Secretaría de Gobierno',
      accion: 'Ser constante en el envío de información',
      ocurrido: `${r.segob.boletines} boletín(es) y ${r.segob.agendas} agenda(s) semanal(es) enviados a SEGOB; ${r.segob.aTiempo} a tiempo, ${tarde} tarde o sin enviar; ${r.vigilancia.recordatorios} recordatorio(s) y ${r.vigilancia.escalamientos} escalamiento(s).`,
      control:
        r.vigilancia.recordatorios + r.vigilancia.escalamientos > 0
          ? 'Vigilancia de plazos: recordatorios a la Asistente y escalamiento a la Titular; envío por correo desde el complemento con constancia en la Bitácora.'
          : 'Envío por correo desde el complemento con constancia en la Bitácora; la vigilancia de plazos no tuvo que avisar.',
    },
    {
      riesgo: 'No realizar publicación en Twitter y Facebook',
      causa: 'Falta de internet',
      accion: 'Buscar otra fuente de conexión',
      ocurrido: `${red.length} falla(s) de red o de límite de peticiones; ${recuperadas} publicada(s) automáticamente tras reintento.`,
      control:
        red.length > 0
          ? 'Publicación desde los servidores de Google con reintentos automáticos y verificación antes de reintentar.'
          : 'Publicación desde los servidores de Google (no depende de la conexión de la oficina); no hubo fallas de red.',
    },
    {
      riesgo: 'No realizar publicación en Twitter y Facebook',
      causa: 'Fallas eléctricas',
      accion: 'Trabajar en otro dispositivo personal',
      ocurrido: `${r.total.automaticas} publicación(es) automática(s); ${r.tareasManuales} tarea(s) de publicación manual; ${aMano} publicada(s) a mano.`,
      control:
        r.tareasManuales > 0
          ? 'Tarea de publicación manual al vencer el plazo, con registro del enlace publicado a mano.'
          : 'Publicación automática independiente de la oficina; no se necesitaron tareas manuales.',
    },
  ];
}
