#!/usr/bin/env node
// `npx jixiao-pingfen score <file.xlsx|folder>… [options]`: runs the TypeScript command line
// through tsx. The word `score` is optional; everything after it is passed on.
'use strict';
require('tsx/cjs');
const args = process.argv.slice(2);
if (args[0] === 'score') args.shift();
process.argv = [process.argv[0], process.argv[1], ...args];
require('./main.ts');
