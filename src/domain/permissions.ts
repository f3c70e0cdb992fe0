// The one permissions table: which role may do what (propose, edit, decide, connect networks, publish, configure, report, boletines, agenda).
import { AppError } from './errors';

/** A person's role in the workbook, from the e-mails in Configuración (Propietaria: the spreadsheet's owner without a role). */
export type Rol = 'Titular' | 'Asistente' | 'Dirección' | 'Propietaria' | 'Sin rol';

export type Permiso =
  | 'proponer'
  | 'consultarPropuestas'
  | 'editarPublicaciones'
  | 'decidir'
  | 'conectarRedes'
  | 'publicarAhora'
  | 'registrarManual'
  | 'configurar'
  | 'programarMes'
  | 'informeMensual'
  | 'crearBoletin'
  | 'solicitarBoletin'
  | 'enviarBoletin'
  | 'enviarAgenda'
  | 'agregarActividad'
  | 'solicitarAutorizacion'
  | 'corregirPropuestas'
  | 'verImagenes';

interface Regla {
  roles: readonly Rol[];
  /** What the person tried, for the Spanish refusal («… no puede registrar propuestas: …»). */
  accion: string;
  /** A refusal of its own (code and message) where the use case has always had one. */
  code?: string;
  mensaje?: string;
}

export const PERMISOS: Readonly<Record<Permiso, Regla>> = {
  proponer: { roles: ['Titular', 'Asistente', 'Dirección', 'Propietaria'], accion: 'registrar propuestas' },
  consultarPropuestas: { roles: ['Titular', 'Asistente', 'Dirección', 'Propietaria'], accion: 'consultar propuestas' },
  editarPublicaciones: {
    roles: ['Titular', 'Asistente'],
    accion: 'editar las publicaciones',
    code: 'NO_AUTORIZADO',
    mensaje: 'Solo la Asistente o la Titular pueden editar las publicaciones del calendario.',
  },
  decidir: {
    roles: ['Titular'],
    accion: 'autorizar',
    code: 'NO_AUTORIZADO',
    mensaje: 'Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios.',
  },
  conectarRedes: {
    roles: ['Titular', 'Asistente'],
    accion: 'conectar las redes',
    code: 'NO_PERMITIDO',
    mensaje: 'Solo la Titular y las Asistentes pueden conectar las redes.',
  },
  publicarAhora: { roles: ['Titular', 'Asistente'], accion: 'publicar ahora' },
  registrarManual: { roles: ['Titular', 'Asistente'], accion: 'registrar una publicación manual' },
  configurar: { roles: ['Titular', 'Asistente', 'Propietaria'], accion: 'ejecutar Configurar' },
  programarMes: { roles: ['Titular', 'Asistente', 'Propietaria'], accion: 'programar el mes' },
  informeMensual: { roles: ['Titular', 'Propietaria'], accion: 'generar el informe mensual y cerrar el mes' },
  crearBoletin: { roles: ['Titular', 'Asistente'], accion: 'crear boletines' },
  solicitarBoletin: { roles: ['Titular', 'Asistente'], accion: 'solicitar la autorización de boletines' },
  enviarBoletin: { roles: ['Titular', 'Asistente'], accion: 'enviar boletines a SEGOB' },
  enviarAgenda: { roles: ['Titular', 'Asistente'], accion: 'enviar la agenda a SEGOB' },
  agregarActividad: { roles: ['Titular', 'Asistente', 'Dirección'], accion: 'agregar actividades a la agenda' },
  solicitarAutorizacion: { roles: ['Titular', 'Asistente', 'Dirección'], accion: 'solicitar autorizaciones' },
  corregirPropuestas: { roles: ['Titular', 'Asistente', 'Dirección'], accion: 'corregir propuestas' },
  verImagenes: { roles: ['Titular', 'Asistente', 'Dirección'], accion: 'ver imágenes' },
};

export function may(rol: Rol, permiso: Permiso): boolean {
  return PERMISOS[permiso].roles.indexOf(rol) >= 0;
}

/** Throws the permission's refusal (Spanish) unless the role may; `quien` names the person in the generic refusal. */
export function assertMay(rol: Rol, permiso: Permiso, quien = ''): void {
  if (may(rol, permiso)) return;
  const r = PERMISOS[permiso];
  if (r.code && r.mensaje) throw new AppError(r.code, r.mensaje);
  const roles = r.roles.filter((x) => x !== 'Propietaria').join(' o ');
  throw new AppError('SIN_PERMISO', `${quien || 'una persona sin correo visible'} no puede ${r.accion}: se requiere el rol de ${roles} en la hoja Configuración.`);
}
