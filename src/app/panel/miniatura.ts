// The image of a publication as a small thumbnail for the sidebar: Drive's thumbnail as a data URL, or a Spanish reason.
import { messageOf } from '../../domain/errors';
import { driveId, driveProblem } from '../publishing/index';
import { ports, readConfig, requirePermiso } from '../shared/index';
import type { MiniaturaApi } from './sidebar.api';

/** A data URL larger than this is not sent to the sidebar (Drive's thumbnails are a few KB). */
export const MINIATURA_MAX_BASE64 = 200 * 1024;

const TIPOS = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Runs as the person using the sidebar: Drive shows her only files she may open. */
export function miniatura(enlaceRaw: unknown, user: string): MiniaturaApi {
  requirePermiso(readConfig(), user, 'verImagenes');
  const enlace = typeof enlaceRaw === 'string' ? enlaceRaw.trim() : '';
  const id = enlace.length <= 500 ? driveId(enlace) : '';
  if (!id) return { dataUrl: '', mensaje: 'El enlace no es de un archivo de Google Drive.' };
  try {
    const t = ports().drive.thumbnail(id);
    if (!t || TIPOS.indexOf(t.mimeType.toLowerCase()) < 0) return { dataUrl: '', mensaje: 'Drive no tiene una vista previa de este archivo.' };
    if (t.base64.length > MINIATURA_MAX_BASE64) return { dataUrl: '', mensaje: 'La vista previa es demasiado grande para mostrarla aquí; abra la imagen en Drive.' };
    return { dataUrl: `data:${t.mimeType.toLowerCase()};base64,${t.base64}`, mensaje: '' };
  } catch (e) {
    return { dataUrl: '', mensaje: `No se pudo abrir la imagen: ${driveProblem(messageOf(e))}.` };
  }
}
