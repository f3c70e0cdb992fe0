// Who is who: the current user's e-mail and role (Titular, Asistente, Dirección) from the configuration.
import type { Config } from '../../domain/config.types';
import { AppError } from '../../domain/errors';
import { ports } from './ports';

export type Rol = 'Titular' | 'Asistente' | 'Dirección' | 'Propietaria' | 'Sin rol';

/**
 * Strict, for authorization: the verified e-mail of the person running this execution (Session's active user), trimmed
 * and in lower case; '' when Apps Script hides it. Never falls back to the effective user.
 */
export function verifiedEmail(): string {
  return (ports().identity.activeEmail() || '').trim().toLowerCase();
}

/**
 * Lenient, for logging and role checks of ordinary actions: the active user when Apps Script shows it, else the
 * effective user (whose authority the script runs under), in lower case.
 */
export function currentUser(): string {
  const id = ports().identity;
  const active = id.activeEmail();
  return (active || id.effectiveEmail() || '').toLowerCase();
}

export function rolOf(cfg: Config, email: string, owner = ''): Rol {
  const e = email.toLowerCase();
  if (!e) return 'Sin rol';
  if (cfg.titular === e) return 'Titular';
  if (cfg.asistentes.includes(e)) return 'Asistente';
  if (cfg.direcciones.includes(e)) return 'Dirección';
  if (owner && owner.toLowerCase() === e) return 'Propietaria';
  return 'Sin rol';
}

/** Throws SIN_PERMISO (Spanish) unless the user has one of the roles. */
export function requireRol(cfg: Config, email: string, allowed: readonly Rol[], accion: string, owner = ''): Rol {
  const rol = rolOf(cfg, email, owner);
  if (!allowed.includes(rol)) {
    const quien = email || 'una persona sin correo visible';
    throw new AppError('SIN_PERMISO', `${quien} no puede ${accion}: se requiere el rol de ${allowed.filter((r) => r !== 'Propietaria').join(' o ')} en la hoja Configuración.`);
  }
  return rol;
}
