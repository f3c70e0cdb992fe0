// Errors as Apps Script services throw them: an Error whose name is «Exception» (it prints as "Exception: message").
/** An Apps Script service error with Apps Script's message. */
export function gasException(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/** The scope each service needs; a simple trigger cannot use any of them (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SCOPE = {
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  UrlFetchApp: 'https://www.googleapis.com/auth/script.external_request',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  DriveApp: 'https://www.googleapis.com/auth/drive',
  DocumentApp: 'https://www.googleapis.com/auth/documents',
} as const;

/** The error Apps Script gives when a script calls a method without the permission it needs. */
export function noPermission(service: keyof typeof SCOPE, method: string): Error {
  return gasException(`You do not have permission to call ${service}.${method}. Required permissions: ${SCOPE[service]}`);
}
