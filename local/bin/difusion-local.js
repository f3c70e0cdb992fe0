#!/usr/bin/env node
// Entry of the `difusion-local` command: runs the emulator CLI (TypeScript via tsx) in the script's time zone.
'use strict';
process.env.TZ = 'America/Monterrey';
require('tsx/cjs/api').register();
// `difusion-local dump … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
require('../cli.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
