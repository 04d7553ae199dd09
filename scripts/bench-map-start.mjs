/**
 * "First input → live map": for `npm run bench`. Loads a page as a phone would (Lighthouse's
 * mobile screen, CPU slowed 4× as its mobile preset does), moves the pointer from the moment the
 * page has loaded, and reads the site's own performance marks (src/lib/map/marks.ts): the first
 * input the page heard, and the map's first idle. Blocking time is counted as Lighthouse counts
 * it (each long task's time past 50 ms) over the tasks that start in that span.
 */
import { chromium } from '@playwright/test';
import { MAP_MARKS } from '../src/lib/map/marks.ts';
import { CHROMIUM_ARGS, chromiumPath, WEBGL_ARGS } from './chromium.js';

/** Lighthouse's mobile preset: a Moto G Power's screen, 4× CPU slowdown. */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, cpu: 4 };
const TIMEOUT_MS = 60_000;

/** One measurement of `url`: ms from first input to map idle, and blocking ms in between. */
async function measureOnce(browser, url) {
	const context = await browser.newContext({
		viewport: MOBILE.viewport,
		deviceScaleFactor: MOBILE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
		await page.addInitScript(() => {
			const tasks = [];
			window.__longTasks = tasks;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url, { waitUntil: 'load' });
		const started = Date.now();
		const marks = { input: null, idle: null };
		// The pointer keeps moving, as a reader's would, until the map reports it is drawn.
		for (let i = 0; !marks.idle && Date.now() - started < TIMEOUT_MS; i++) {
			await page.mouse.move(20 + (i % 40) * 5, 300 + (i % 7) * 3);
			Object.assign(
				marks,
				await page.evaluate((names) => {
					const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
					return { input: at(names.firstInput), idle: at(names.idle) };
				}, MAP_MARKS)
			);
			await page.waitForTimeout(50);
		}
		if (marks.input === null || marks.idle === null) return null;
		const tasks = await page.evaluate(() => window.__longTasks);
		const blocking = tasks
			.filter(([start]) => start >= marks.input && start < marks.idle)
			.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
		return { mapMs: Math.round(marks.idle - marks.input), blockingMs: Math.round(blocking) };
	} finally {
		await context.close();
	}
}

/**
 * Medians over `runs` loads of each page (after one unmeasured load), and every run. A run in
 * which the map never drew is reported as failed.
 */
export async function measureMapStart({ origin, pages, runs }) {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...WEBGL_ARGS]
	});
	const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	const results = [];
	try {
		await measureOnce(browser, `${origin}${pages[0]}`);
		for (const path of pages) {
			const mine = [];
			for (let i = 0; i < runs; i++) {
				const run = await measureOnce(browser, `${origin}${path}`);
				process.stdout.write(
					`  map start ${path} #${i + 1}: ${run ? `${run.mapMs} ms, blocking ${run.blockingMs} ms` : 'the map did not draw'}\n`
				);
				if (run) mine.push(run);
			}
			results.push({
				path,
				runs: mine,
				mapMs: mine.length ? median(mine.map((r) => r.mapMs)) : null,
				blockingMs: mine.length ? median(mine.map((r) => r.blockingMs)) : null
			});
		}
	} finally {
		await browser.close();
	}
	return results;
}
