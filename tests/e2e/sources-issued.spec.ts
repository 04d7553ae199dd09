import { expect, test } from '@playwright/test';
import { CONTENT } from './support';

/**
 * On /sources, a reader sees where each text says it was written or issued: a dateline or an
 * issuer, quoted, or "not stated". And a small map of the places the texts give, named for a
 * screen reader.
 */
test.describe('where each text was written or issued', () => {
	test('lists every source, quoting its evidence or saying it is not stated', async ({ page }) => {
		await page.goto('/sources');
		const section = page.getByRole('region', { name: 'Where each text was written or issued' });
		await expect(section).toBeVisible();
		const items = section.locator('.issued-list > li');
		await expect(items).toHaveCount(CONTENT.sources.length);

		for (const source of CONTENT.sources) {
			const item = items.filter({ has: page.locator(`[href$="/sources/${source.id}"]`) });
			await expect(item, source.id).toHaveCount(1);
			await expect(item).toContainText(source.attribution);
			await expect(item).toContainText(source.dateLabel);
			const at = source.issuedAt;
			if (!at) {
				await expect(item).toContainText('Not stated in the text.');
				continue;
			}
			await expect(item).not.toContainText('Not stated');
			await expect(item.locator('.evidence')).toHaveText(`“${at.evidence}”`);
			if (at.role === 'dateline') await expect(item).toContainText(`Dateline: “${at.evidence}”`);
			else {
				await expect(item).toContainText(`Issued by the ${source.issuer}`);
				await expect(item).toContainText(
					`The text does not say where ${source.outletLabel}, which carried it, is based.`
				);
			}
		}
		// The corpus as it stands: Trend's dateline, the embassy's place, three that do not say.
		await expect(section.getByText('Not stated in the text.')).toHaveCount(3);
		await expect(section).toContainText('Dateline: “BAKU, Azerbaijan, February 26.” (Baku)');
		await expect(section).toContainText('“Source: Embassy of Azerbaijan to Indonesia in Jakarta”');
	});

	test('the map is a picture named for the places it shows', async ({ page, request }) => {
		await page.goto('/sources');
		const given = CONTENT.sources.flatMap((s) => (s.issuedAt ? [s.issuedAt] : []));
		const map = page.locator('.issued-map img');
		await expect(map).toBeVisible();
		// Loaded, not a broken image.
		await expect
			.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBeGreaterThan(0);
		const name = (await map.getAttribute('alt')) ?? '';
		for (const place of ['Baku', 'Jakarta']) expect(name).toContain(place);
		for (const at of given) expect(name).toContain(at.place);
		await expect(page.getByRole('img', { name: /Baku.*Jakarta/ })).toBeVisible();

		// A PNG drawn with the site's own fonts (its labels are checked where it is drawn, in the
		// unit tests of issued-map).
		const response = await request.get((await map.getAttribute('src'))!);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('image/png');
	});
});
