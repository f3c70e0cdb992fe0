// Who is who: the current user's e-mail and role (Titular, Asistente, Dirección) from the configuration.
import type { Config } from '../../domain/config.types';
import { assertMay, type Permiso, type Rol } from '../../domain/permissions';
import { ports } from './ports';

export type { Rol } from '../../domain/permissions';

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

/** Throws the permissions table's refusal (Spanish) unless the user's role may; returns the role. */
export function requirePermiso(cfg: Config, email: string, permiso: Permiso, owner = ''): Rol {
  const rol = rolOf(cfg, email, owner);
  assertMay(rol, permiso, email);
  return rol;
}
