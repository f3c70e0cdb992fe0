// The monthly report's figures: ONE pure function over the sheets' rows and a month (Informe mensual and the Resumen sheet).
import { countBy, inMes, mesKey, rowsOf, str } from './report.rows';
import { incidentFigures } from './report.incidents';
import { publicationFigures } from './report.publications';
import { riskRows } from './report.risks';
import { segobLines } from './report.segob';
import type { Mes, MonthReport, ReportContext, ReportSheets } from './report.types';

/** Proposals presented in the month (by their «Fecha»), by tipo, Dirección and marco legal (policy 3.2). */
function propuestaFigures(sheets: ReportSheets, mes: Mes): MonthReport['propuestas'] {
  const rows = rowsOf(sheets.propuestas).filter(({ get }) => str(get('ID')) !== '' && inMes(get('Fecha'), mes));
  return {
    total: rows.length,
    porTipo: countBy(rows.map(({ get }) => str(get('Tipo')))),
    porDireccion: countBy(rows.map(({ get }) => str(get('Dirección')))),
    porMarco: countBy(rows.map(({ get }) => str(get('Marco legal')))),
  };
}

export function computeMonthReport(sheets: ReportSheets, mes: Mes, ctx: ReportContext = { cadenas: [], cambiosCerrados: [] }): MonthReport {
  const envios = segobLines(sheets, mes);
  const base = {
    mes: mesKey(mes),
    ...publicationFigures(sheets, mes),
    propuestas: propuestaFigures(sheets, mes),
    envios,
    segob: {
      aTiempo: envios.filter((e) => e.aTiempo === true).length,
      tarde: envios.filter((e) => e.aTiempo === false).length,
      boletines: envios.filter((e) => e.tipo === 'Boletín' && e.enviado !== '').length,
      agendas: envios.filter((e) => e.tipo === 'Agenda').length,
    },
    ...incidentFigures(sheets, mes),
    cadenas: ctx.cadenas,
    cambiosCerrados: ctx.cambiosCerrados,
  };
  return { ...base, riesgos: riskRows(base) };
}
