// The sidebar's contract for boletines and the agenda (issue 11), apart from SidebarApi: the browser wrapper is typed against it.
import type { ActividadForm } from '../../domain/agenda';

export type { ActividadForm };

/** The «Nuevo boletín» form. */
export interface BoletinForm {
  titulo: string;
  subtitulo?: string;
  lugar?: string;
  /** yyyy-MM-dd; today when empty. */
  fecha?: string;
  resumen?: string;
  contacto?: string;
  /** Also publish it on the website when sent. */
  web?: boolean;
}

export interface EnvioBoletin {
  enviado: boolean;
  enEspera: boolean;
  mensaje: string;
}

export interface SegobApi {
  panelNuevoBoletin(form: BoletinForm): { numero: string; documento: string; mensaje: string };
  panelSolicitarAutorizacionBoletin(numero: string): { mensaje: string };
  panelEnviarBoletin(numero: string): EnvioBoletin;
  panelAgregarActividad(form: ActividadForm): { id: string; mensaje: string };
}

export type SegobMethod = keyof SegobApi;
