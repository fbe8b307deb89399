#!/usr/bin/env node
/*
 * The registry this project is built against serves only the platform binaries of this kind of
 * machine, so `npm install` leaves optional platform packages (swc, msgpackr-extract, unrs
 * resolver bindings, …) out of package-lock.json, and `npm ci` then refuses the lock as out of
 * sync. This adds those entries back as optional: `npm ci` installs the ones that exist and skips
 * the rest, as it does for any optional dependency. Run after `npm install`: npm run lock:complete
 */
const { readFileSync, writeFileSync } = require('node:fs');

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`);
