// Generates the example project's transactions (current batch) and its reference sample, deterministically
// (seeded mulberry32), with planted problems for `mlguard data-check`:
//   - amounts shifted upwards (x1.6 log-normal scale) and some out of range (negative, > 20,000)
//   - device_id entirely null in the current batch (a broken ingestion)
//   - customer e-mail addresses leaked into `contact`, a card number and a cloud key in `notes`
//   - exact duplicate rows and identical transactions with flipped is_fraud labels
//   - a merchant category unseen in the reference
// Run: node examples/fraud-detection/data/generate.mjs   (rewrites transactions.csv and reference.csv)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [['grocery', 30], ['restaurants', 18], ['fuel', 14], ['online', 16], ['electronics', 8], ['travel', 6], ['jewelry', 3], ['gaming', 5]];
const COUNTRIES = [['DE', 35], ['FR', 20], ['NL', 12], ['ES', 10], ['IT', 10], ['GB', 8], ['US', 5]];
const FIRST = ['anna', 'ben', 'chloe', 'david', 'emma', 'felix', 'greta', 'hugo', 'ida', 'jonas', 'lea', 'max', 'nora', 'oskar', 'paula'];

function pick(rand, weighted) {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted[weighted.length - 1][0];
}

function normal(rand) {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const HEADER = ['transaction_id', 'timestamp', 'customer_id', 'merchant_category', 'country', 'amount', 'card_present', 'hour', 'device_id', 'contact', 'notes', 'is_fraud'];

function row(rand, id, day, { amountScale, current }) {
  const category = pick(rand, CATEGORIES);
  const country = pick(rand, COUNTRIES);
  const hour = Math.floor(rand() * 24);
  const cardPresent = category !== 'online' && rand() < 0.8;
  const risky = (category === 'electronics' || category === 'jewelry' || category === 'online') && (hour < 6 || country === 'US');
  const fraud = rand() < (risky ? 0.12 : 0.01) ? 1 : 0;
  let amount = Math.exp(3.6 + 0.9 * normal(rand)) * amountScale * (fraud ? 2.5 : 1);
  amount = Math.round(amount * 100) / 100;
  const customer = `C${String(1 + Math.floor(rand() * 4000)).padStart(6, '0')}`;
  const ts = new Date(Date.UTC(2026, 9, day, hour, Math.floor(rand() * 60), Math.floor(rand() * 60))).toISOString();
  return {
    transaction_id: id,
    timestamp: ts,
    customer_id: customer,
    merchant_category: category,
    country,
    amount,
    card_present: cardPresent,
    hour,
    device_id: current ? '' : `dev-${Math.floor(rand() * 1e6).toString(16)}`,
    contact: current ? `${FIRST[Math.floor(rand() * FIRST.length)]}.${customer.slice(-4)}@mail.example.com` : 'redacted',
    notes: '',
    is_fraud: fraud,
  };
}

const csvCell = (v) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows) => [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => csvCell(r[h])).join(','))].join('\n') + '\n';

// Reference: 3,000 clean transactions from the first half of October.
const refRand = mulberry32(20261001);
const reference = Array.from({ length: 3000 }, (_, i) => row(refRand, 100000 + i, 1 + (i % 15), { amountScale: 1, current: false }));

// Current batch: 2,400 transactions from the second half, with the planted problems.
const rand = mulberry32(20261016);
const current = Array.from({ length: 2400 }, (_, i) => row(rand, 200000 + i, 16 + (i % 15), { amountScale: 1.6, current: true }));
for (const i of [37, 512, 1290, 2001]) current[i].amount = -Math.round(rand() * 5000) / 100;
for (const i of [88, 777, 1500]) current[i].amount = 25000 + Math.round(rand() * 500000) / 100;
current[105].notes = 'customer called, card 4111 1111 1111 1111 blocked';
current[640].notes = 'refund via ops, key AKIAIOSFODNN7EXAMPLE';
for (let i = 0; i < 12; i++) current[300 + i * 7].merchant_category = 'crypto';
// Exact duplicates (a replayed batch) and label flips of identical transactions.
const dupes = [];
for (let i = 0; i < 30; i++) dupes.push({ ...current[1000 + i] });
for (let i = 0; i < 25; i++) {
  const src = current[1600 + i * 3];
  dupes.push({ ...src, transaction_id: src.transaction_id, is_fraud: 1 - src.is_fraud });
}
const all = [...current, ...dupes].map((r, i) => ({ ...r, transaction_id: r.transaction_id }));

writeFileSync(join(here, 'reference.csv'), toCsv(reference));
writeFileSync(join(here, 'transactions.csv'), toCsv(all));
console.log(`reference.csv: ${reference.length} rows; transactions.csv: ${all.length} rows`);
