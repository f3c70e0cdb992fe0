// Domain errors with stable codes and Spanish messages for the user, plus safe access to any thrown value's message.

/** An error the user can cause or must act on: `code` is stable (tests and logs match it), `message` is Spanish. */
export class AppError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = 'AppError';
  }
}

/** True for errors thrown by our own code (works across realms: checks the shape, not instanceof). */
export function isAppError(e: unknown): e is AppError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AppError' && typeof (e as { code?: unknown }).code === 'string';
}

/** The message of anything thrown. Never use `instanceof Error`: services throw errors from another realm. */
export function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}
