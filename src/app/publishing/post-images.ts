// The image of a post, opened once per row and execution from its Drive link (a Spanish reason when Drive cannot open it).
import { driveId } from '../../domain/drive-link';
import { messageOf } from '../../domain/errors';
import { ports } from '../shared/index';
import type { PostImage } from './provider.port';

/** DriveApp's English error as a Spanish reason (the raw text is not shown). */
export function driveProblem(msg: string): string {
  if (msg === 'enlace no reconocido') return 'el enlace no es de un archivo de Drive';
  if (/no item|not found|permission|access/i.test(msg)) return 'no existe o la cuenta que publica no tiene permiso para verla';
  if (/too many times|quota|limit/i.test(msg)) return 'se agotó la cuota diaria de Drive; se intentará de nuevo';
  return 'Drive no respondió como se esperaba';
}

/** Images by row: each opened at most once per execution. */
export class PostImages {
  private readonly cache = new Map<number, PostImage | null | string>();

  /** The image of row i (`ref`: its «Imagen» cell), null when it has none, or the Spanish reason it cannot be used. */
  of(i: number, ref: string): PostImage | null | string {
    if (this.cache.has(i)) return this.cache.get(i) as PostImage | null | string;
    let out: PostImage | null | string = null;
    if (ref) {
      const id = driveId(ref);
      try {
        if (!id) throw new Error('enlace no reconocido');
        out = ports().drive.image(id);
      } catch (e) {
        out = `No se pudo abrir la imagen «${ref}» en Drive: ${driveProblem(messageOf(e))}.`;
      }
    }
    this.cache.set(i, out);
    return out;
  }
}
