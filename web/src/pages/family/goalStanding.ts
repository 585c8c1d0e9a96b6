/** The band a goal's probability of success is in: on track (≥ 75%), at risk (≥ 40%), off track. */
export function goalStanding(probability: number): 'on-track' | 'at-risk' | 'off-track' {
  return probability >= 0.75 ? 'on-track' : probability >= 0.4 ? 'at-risk' : 'off-track';
}
