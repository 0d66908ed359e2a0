// The bedroom and crowding rules are explicit and adjustable in the needs analysis; the
// figures follow the engine with the same rule.
import { assessNeeds, DEFAULT_ASSUMPTIONS, SEGMENT_KEYS } from '../../main/domain/scenario';
import { DEFAULT_BEDROOM_RULE, DEFAULT_CROWDING_RULE } from '../../main/domain/rules';
import { formatNumber } from '../../main/domain/format';
import { registerSnapshot } from '../../main/register/snapshot';
import { expect, test, TODAY } from './fixtures';

test('changing the crowding rule changes «Bør flytte» as the engine computes it', async ({
  app,
  host,
}) => {
  await app.getByRole('link', { name: 'Behovsanalyse' }).click();
  await expect(app.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const row = app.getByRole('row', { name: /^Bør flytte/ });
  // The label is the row header; the first cell is the first year.
  const firstYear = row.getByRole('cell').first();

  const snapshot = registerSnapshot(host.session.db, TODAY);
  const mustMove = (requireBoth: boolean) => {
    const needs = assessNeeds(snapshot, {
      startYear: 2027,
      years: 4,
      bedroomRule: DEFAULT_BEDROOM_RULE,
      crowdingRule: { ...DEFAULT_CROWDING_RULE, requireBoth },
      turnover: DEFAULT_ASSUMPTIONS,
    });
    const y = needs.perYear[0]!;
    return SEGMENT_KEYS.reduce((sum, k) => sum + y.segments[k].demand.mustMove.value, 0);
  };
  const either = mustMove(false);
  const both = mustMove(true);
  expect(both).toBeLessThan(either);

  // SSB's rule (both conditions) is the register's default.
  await expect(firstYear).toHaveText(formatNumber(both));
  await expect(
    app.getByText(
      /SSBs definisjon\): færre rom enn personer \(eller én person på ett rom\) og samtidig under 25 m²/,
    ),
  ).toBeVisible();
  // The alternative (either condition) is labelled as not SSB's.
  await app.getByLabel('Begge vilkår samtidig (SSBs definisjon)').uncheck();
  await expect(firstYear).toHaveText(formatNumber(either));
  await expect(app.getByText(/alternativ regel, ikke SSBs definisjon/).first()).toBeVisible();

  // A value that makes no sense is refused with a message naming the field.
  await app.getByLabel('Minste areal per person').fill('500');
  await expect(app.getByText('Minste areal per person: må være mellom 0 og 100 m²')).toBeVisible();
  await app.getByRole('button', { name: 'Standardregler' }).click();
  await expect(firstYear).toHaveText(formatNumber(both));
});
