// Times each npm peer over the corpus, one message per call (see bench/screening_peers.sh): wall
// and process CPU time; with STEWARD_WALL / STEWARD_CPU set, each peer's ratio to Steward
// (one message per call), and with BATCH_WALL / BATCH_CPU to Steward's ScreenComments batched.
const fs = require('fs');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
function time(name, setup) {
  let fn;
  try { fn = setup(); } catch (e) { console.log(`${name.padEnd(22)} unavailable: ${e.message}`); return; }
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let hits = 0;
  for (const l of lines) if (fn(l)) hits++;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  const mbs = bytes / s / 1e6;
  const cpuMbs = bytes / cpu / 1e6;
  let ratio = '';
  if (process.env.STEWARD_WALL) {
    ratio = `  Steward/peer: wall ${(Number(process.env.STEWARD_WALL) / mbs).toFixed(1)}x, cpu ${(Number(process.env.STEWARD_CPU) / cpuMbs).toFixed(1)}x`;
  }
  if (process.env.BATCH_CPU) {
    ratio += `; batched: wall ${(Number(process.env.BATCH_WALL) / mbs).toFixed(1)}x, cpu ${(Number(process.env.BATCH_CPU) / cpuMbs).toFixed(1)}x`;
  }
  console.log(`${name.padEnd(22)} ${(lines.length / s).toFixed(0).padStart(9)} msg/s ${mbs.toFixed(1).padStart(7)} MB/s (cpu ${cpuMbs.toFixed(1)} MB/s)  flagged ${String(hits).padStart(6)}${ratio}`);
}
console.log(`corpus: ${lines.length} messages, ${(bytes / 1e6).toFixed(1)} MB`);
time('obscenity', () => {
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = require('obscenity');
  const m = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return (l) => m.hasMatch(l);
});
time('bad-words', () => {
  let Filter = require('bad-words'); Filter = Filter.Filter || Filter.default || Filter;
  const f = new Filter();
  return (l) => f.isProfane(l);
});
time('@2toad/profanity', () => {
  const { profanity } = require('@2toad/profanity');
  return (l) => profanity.exists(l);
});
time('leo-profanity', () => {
  const leo = require('leo-profanity');
  return (l) => leo.check(l);
});
time('redact-pii', () => {
  const { SyncRedactor } = require('redact-pii');
  const r = new SyncRedactor();
  return (l) => r.redact(l) !== l;
});
time('@redactpii/node', () => {
  const mod = require('@redactpii/node');
  const Redactor = mod.Redactor || mod.default || mod;
  const r = new Redactor();
  const fn = r.redact ? (l) => r.redact(l) : (l) => l;
  return (l) => { const out = fn(l); return typeof out === 'string' ? out !== l : !!out; };
});
