/**
 * The seed of the property and fuzz tests run by `npm test`. It is fixed, so
 * that CI fails when the code changed, not when a new random draw meets an
 * old corner; `BULLETIN_PROPERTY_SEED=random` (or another number) explores
 * further, and a failure prints the seed and path that replay it. The long
 * campaign is `npm run fuzz:long`.
 */
export function propertySeed(): number | undefined {
  const chosen = process.env.BULLETIN_PROPERTY_SEED;
  if (chosen === 'random') return undefined;
  return chosen ? Number(chosen) : 20261122;
}
