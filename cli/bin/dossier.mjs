#!/usr/bin/env node
// `node cli/bin/dossier.mjs` as before: the command itself is dossier.cjs (the package's bin).

import './dossier.cjs';
