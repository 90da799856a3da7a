/**
 * npm run bench:memory — peak memory and export size per MB of input, through the command line as a user runs it.
 * Cases: the seed repeated to 1, 10 and 100 MB (each copy renumbered, so every copy is a document of its own), and a
 * mention-dense file (one item naming bodies 30,000 times without a full stop, the shape that used to make evidence
 * quadratic). Each case runs `remit export DIR --format json --out FILE` in a child process whose heap is capped
 * (--max-old-space-size, BENCH_HEAP_MB, default 1800) and reports its peak resident memory (maxRSS).
 * BENCH_SIZES=1,10 picks the sizes in MB; the target is linear growth and 100 MB under 2 GB.
 * The npm script bundles the CLI first (node_modules/.cache/remit/remit-cli.mjs), the form in which it is timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'node_modules/.cache/remit/remit-cli.mjs';
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 1800);
const SIZES = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const MB = 1024 * 1024;

const seed = readFileSync('seeds/2023-guokefagui-31-western-science-city.txt', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'remit-bench-memory-'));

/** A folder of renumbered copies of the seed, `mb` megabytes in all. */
function repeatedSeed(mb: number): { dir: string; bytes: number } {
  const dir = join(work, `seed-${mb}mb`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    const text = Buffer.from(seed.replace(/〔2023〕31号/g, `〔2023〕${10000 + i}号`));
    writeFileSync(join(dir, `copy-${String(i).padStart(6, '0')}.txt`), text);
    bytes += text.length;
  }
  return { dir, bytes };
}

/** One document whose one item names two bodies 15,000 times each in one sentence. */
function mentionDense(): { dir: string; bytes: number } {
  const dir = join(work, 'dense');
  mkdirSync(dir);
  const text = Buffer.from(`关于推进科技创新的若干措施\n国科发规〔2023〕99号\n一、${'支持科技部、重庆市、'.repeat(15_000)}建设西部科学城。\n`);
  writeFileSync(join(dir, 'dense.txt'), text);
  return { dir, bytes: text.length };
}

// The child reports its own peak resident memory as it exits: maxRSS covers the whole process, heap or not.
const REPORT = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

interface Row { name: string; inputMb: number; seconds: number; rssMb: number; exportMb: number; code: number | null }

function run(name: string, input: { dir: string; bytes: number }): Row {
  const out = join(work, `${name}.json`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', REPORT, CLI, 'export', input.dir, '--format', 'json', '--out', out], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/maxrss=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  if (child.status !== 0) process.stderr.write(`${name}: exit ${child.status} ${child.signal ?? ''}\n${child.stderr.split('\n').slice(-5).join('\n')}\n`);
  let exportBytes = NaN;
  try {
    exportBytes = statSync(out).size;
    rmSync(out);
  } catch {
    // no export: the row shows it
  }
  return { name, inputMb: input.bytes / MB, seconds, rssMb: rss, exportMb: exportBytes / MB, code: child.status };
}

const rows: Row[] = [];
try {
  for (const mb of SIZES) {
    const input = repeatedSeed(mb);
    rows.push(run(`seed ×${mb} MB`, input));
    rmSync(input.dir, { recursive: true });
  }
  rows.push(run('mention-dense', mentionDense()));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
console.log(`remit export --format json, heap cap ${HEAP_MB} MB\n`);
console.log('case             input MB   time s   peak RSS MB   RSS/MB in   export MB   export/MB in   exit');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(16)} ${f(r.inputMb, 2).padStart(8)} ${f(r.seconds).padStart(8)} ${f(r.rssMb, 0).padStart(13)} ${f(r.rssMb / r.inputMb).padStart(11)} ${f(r.exportMb).padStart(11)} ${f(r.exportMb / r.inputMb).padStart(14)}   ${r.code}`,
  );
}
if (rows.some((r) => r.code !== 0)) process.exitCode = 1;
