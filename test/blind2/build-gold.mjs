#!/usr/bin/env node
// Builds the second blind set from its annotated sources: src/*.txt → texts/ and
// gold.json (markers and offsets: test/support/buildGold.mjs).
//
//   node test/blind2/build-gold.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGold } from '../support/buildGold.mjs';

buildGold(dirname(fileURLToPath(import.meta.url)));
