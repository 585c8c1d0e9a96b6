import { badInput, quoteInput } from '@nautilus/runtime';

/** Longest account id, asset id or group name: a label, not a document. */
const MAX_ID_LENGTH = 200;
import type { CollateralAllocationInput } from './types.ts';

/**
 * Rejects an allocation problem that has no meaning: negative or non-finite
 * money, haircuts outside [0, 1), shares outside [0, 1], empty or duplicate
 * ids, and `eligibleAccounts` naming an account with no requirement.
 * @throws AppError BAD_USER_INPUT whose `field` is the input path, e.g. `assets[2].haircut`.
 */
export function validateAllocationInput(input: CollateralAllocationInput): void {
  if (!Array.isArray(input.requirements)) throw badInput('requirements', 'must be an array');
  if (!Array.isArray(input.assets)) throw badInput('assets', 'must be an array');
  const accounts = new Set<string>();
  input.requirements.forEach((r, j) => {
    const at = `requirements[${j}]`;
    checkId(`${at}.accountId`, r.accountId);
    if (accounts.has(r.accountId)) throw badInput(`${at}.accountId`, `duplicate account ${quoteInput(r.accountId)}; give each account one requirement`);
    accounts.add(r.accountId);
    if (!(Number.isFinite(r.amount) && r.amount >= 0)) throw badInput(`${at}.amount`, `must be a finite number ≥ 0, got ${r.amount}`);
    if (r.maxSharePerAsset !== undefined) checkShare(`${at}.maxSharePerAsset`, r.maxSharePerAsset);
    for (const [group, share] of Object.entries(r.maxShareByGroup ?? {})) {
      checkId(`${at}.maxShareByGroup`, group);
      checkShare(`${at}.maxShareByGroup.${group}`, share);
    }
  });
  const assets = new Set<string>();
  input.assets.forEach((a, i) => {
    const at = `assets[${i}]`;
    checkId(`${at}.assetId`, a.assetId);
    if (assets.has(a.assetId)) throw badInput(`${at}.assetId`, `duplicate asset ${quoteInput(a.assetId)}; merge its holdings into one entry`);
    assets.add(a.assetId);
    checkId(`${at}.group`, a.group);
    if (!(Number.isFinite(a.available) && a.available >= 0)) throw badInput(`${at}.available`, `must be a finite number ≥ 0, got ${a.available}`);
    if (!(Number.isFinite(a.haircut) && a.haircut >= 0 && a.haircut < 1)) throw badInput(`${at}.haircut`, `must be in [0, 1), got ${a.haircut}`);
    if (!(Number.isFinite(a.costRate) && a.costRate >= 0)) throw badInput(`${at}.costRate`, `must be a finite number ≥ 0, got ${a.costRate}`);
    a.eligibleAccounts?.forEach((id, k) => {
      if (!accounts.has(id)) throw badInput(`${at}.eligibleAccounts[${k}]`, `unknown account ${quoteInput(id)}: no requirement has this accountId`);
    });
  });
}

function checkShare(field: string, share: number): void {
  if (!(Number.isFinite(share) && share >= 0 && share <= 1)) throw badInput(field, `must be a share in [0, 1], got ${share}`);
}

/** A non-empty label of at most {@link MAX_ID_LENGTH} characters; a longer one is quoted cut, never echoed in full. */
function checkId(field: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') throw badInput(field, 'must be a non-empty string');
  if (value.length > MAX_ID_LENGTH) throw badInput(field, `must be at most ${MAX_ID_LENGTH} characters, got ${value.length}: ${quoteInput(value)}`);
}
