import { badInput } from '@nautilus/runtime';
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
    if (typeof r.accountId !== 'string' || r.accountId === '') throw badInput(`${at}.accountId`, 'must be a non-empty string');
    if (accounts.has(r.accountId)) throw badInput(`${at}.accountId`, `duplicate account ${JSON.stringify(r.accountId)}; give each account one requirement`);
    accounts.add(r.accountId);
    if (!(Number.isFinite(r.amount) && r.amount >= 0)) throw badInput(`${at}.amount`, `must be a finite number ≥ 0, got ${r.amount}`);
    if (r.maxSharePerAsset !== undefined) checkShare(`${at}.maxSharePerAsset`, r.maxSharePerAsset);
    for (const [group, share] of Object.entries(r.maxShareByGroup ?? {})) checkShare(`${at}.maxShareByGroup.${group}`, share);
  });
  const assets = new Set<string>();
  input.assets.forEach((a, i) => {
    const at = `assets[${i}]`;
    if (typeof a.assetId !== 'string' || a.assetId === '') throw badInput(`${at}.assetId`, 'must be a non-empty string');
    if (assets.has(a.assetId)) throw badInput(`${at}.assetId`, `duplicate asset ${JSON.stringify(a.assetId)}; merge its holdings into one entry`);
    assets.add(a.assetId);
    if (typeof a.group !== 'string' || a.group === '') throw badInput(`${at}.group`, 'must be a non-empty string');
    if (!(Number.isFinite(a.available) && a.available >= 0)) throw badInput(`${at}.available`, `must be a finite number ≥ 0, got ${a.available}`);
    if (!(Number.isFinite(a.haircut) && a.haircut >= 0 && a.haircut < 1)) throw badInput(`${at}.haircut`, `must be in [0, 1), got ${a.haircut}`);
    if (!(Number.isFinite(a.costRate) && a.costRate >= 0)) throw badInput(`${at}.costRate`, `must be a finite number ≥ 0, got ${a.costRate}`);
    a.eligibleAccounts?.forEach((id, k) => {
      if (!accounts.has(id)) throw badInput(`${at}.eligibleAccounts[${k}]`, `unknown account ${JSON.stringify(id)}: no requirement has this accountId`);
    });
  });
}

function checkShare(field: string, share: number): void {
  if (!(Number.isFinite(share) && share >= 0 && share <= 1)) throw badInput(field, `must be a share in [0, 1], got ${share}`);
}
