/**
 * Maintenance margin per share of stock held short, FINRA Rule 4210(c):
 * - (c)(2): price < $5.00 → the greater of $2.50 per share or 100% of market value;
 * - (c)(3): price ≥ $5.00 → the greater of $5.00 per share or 30% of market value
 *   (`shortMaintenanceRate`, 0.30 by default; a house may raise it).
 */
export function shortStockMaintenancePerShare(price: number, shortMaintenanceRate = 0.3): number {
  if (price < 5) return Math.max(2.5, price);
  return Math.max(5, shortMaintenanceRate * price);
}
