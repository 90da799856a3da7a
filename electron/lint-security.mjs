// `npm run lint:security`: runs electronegativity on electron/ offline and fails on any HIGH or
// MEDIUM finding that has not been reviewed in electron/security-review.json.
// Usage: node electron/lint-security.mjs [folder]   (default: electron/)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..');
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const electronVersion = require('electron/package.json').version;
const workDir = mkdtempSync(join(tmpdir(), 'remit-eneg-'));
const csv = join(workDir, 'electronegativity.csv');
const input = process.argv[2] ?? join(repoRoot, 'electron');

const result = spawnSync(
  process.execPath,
  ['--require', join(here, 'offline-require.cjs'), cli, '-i', input, '-e', electronVersion, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', csv],
  { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  console.error('lint:security: electronegativity did not run to completion.');
  process.exit(1);
}

/** Minimal CSV reader for electronegativity's output (quoted fields, commas inside quotes). */
function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const fields = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"') {
        if (quoted && line[i + 1] === '"') {
          current += '"';
          i++;
        } else quoted = !quoted;
      } else if (ch === ',' && !quoted) {
        fields.push(current.trim());
        current = '';
      } else current += ch;
    }
    fields.push(current.trim());
    rows.push(fields);
  }
  return rows;
}

// A line that is not a whole finding (a wrapped sample, a stray message) is shown, not silently dropped.
const parsed = parseCsv(readFileSync(csv, 'utf8')).slice(1);
const rows = parsed.filter((r) => r.length >= 7);
for (const r of parsed.filter((r) => r.length < 7)) console.log(`unparsed ${r.join(',')}`);
rmSync(workDir, { recursive: true, force: true });
const reviewed = JSON.parse(readFileSync(join(here, 'security-review.json'), 'utf8')).reviewed;
const isReviewed = (id, file) => reviewed.some((r) => r.id === id && file.endsWith(r.file));

let failures = 0;
for (const [id, severity, confidence, file, location, , description] of rows) {
  const serious = severity === 'HIGH' || severity === 'MEDIUM';
  const status = !serious ? 'note' : isReviewed(id, file) ? 'reviewed' : 'FAIL';
  if (status === 'FAIL') failures++;
  console.log(`${status.padEnd(8)} ${severity.padEnd(6)} ${confidence.padEnd(9)} ${id} ${file}:${location} — ${description}`);
}
console.log(`lint:security: ${rows.length} finding(s), ${failures} unreviewed HIGH/MEDIUM.`);
process.exit(failures > 0 ? 1 : 0);
