// Trunk post_build hook (Trunk.toml): runs in the staging directory after every
// build of one page, before trunk moves it to its dist directory. Adds the
// Content-Security-Policy to the page and writes a service worker for it (see
// scripts/build-steps.mjs). scripts/build then merges the three pages into dist/
// and writes the service worker again over all of them (scripts/assemble.mjs).
//
// Manual use: node scripts/post-build.mjs STAGING_DIR [release|debug]
import { join } from 'node:path';
import { addCsp, fail, writeServiceWorker } from './build-steps.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const profile = process.env.TRUNK_PROFILE ?? process.argv[3] ?? 'release';
if (!staging) fail('no staging directory: set TRUNK_STAGING_DIR or pass it as the first argument');
const hashes = addCsp(join(staging, 'index.html'));
console.log(`post-build: CSP with ${hashes} script hash(es); ${writeServiceWorker(staging, profile)}`);
