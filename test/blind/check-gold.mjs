#!/usr/bin/env node
// Checks the gold of the blind set against its texts (test/support/checkGold.mjs);
// bulletins of 2000–6000 characters without white space.
//
//   node test/blind/check-gold.mjs [--lengths] [--untagged]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../support/checkGold.mjs';

process.exit(checkGold(dirname(fileURLToPath(import.meta.url)), { minLength: 2000, maxLength: 6000 }));
