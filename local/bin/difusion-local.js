#!/usr/bin/env node
// Entry of the `difusion-local` command: runs the emulator CLI (TypeScript via tsx) in the script's time zone.
'use strict';
process.env.TZ = 'America/Monterrey';
require('tsx/cjs/api').register();
require('../cli.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
