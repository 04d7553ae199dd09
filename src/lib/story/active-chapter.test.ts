import { describe, expect, it } from 'vitest';
import { activeChapterIndex, triggerLine } from './active-chapter';

describe('activeChapterIndex', () => {
	const tops = (...t: number[]) => t;

	it('is -1 above the first chapter (the title and contents)', () => {
		expect(
			activeChapterIndex({ tops: tops(500, 1500, 2500), triggerY: 320, atBottom: false })
		).toBe(-1);
	});

	it('is the last chapter whose top has crossed the trigger line', () => {
		expect(
			activeChapterIndex({ tops: tops(-800, 200, 1200), triggerY: 320, atBottom: false })
		).toBe(1);
		expect(
			activeChapterIndex({ tops: tops(-800, 320, 1200), triggerY: 320, atBottom: false })
		).toBe(1);
		expect(
			activeChapterIndex({ tops: tops(-800, 321, 1200), triggerY: 320, atBottom: false })
		).toBe(0);
	});

	it('jumps straight to a far chapter when the reader skips several at once', () => {
		expect(
			activeChapterIndex({
				tops: tops(-5000, -4000, -3000, -2000, 100),
				triggerY: 320,
				atBottom: false
			})
		).toBe(4);
	});

	it('activates a short last chapter at the bottom of the page', () => {
		expect(activeChapterIndex({ tops: tops(-900, -100, 500), triggerY: 320, atBottom: true })).toBe(
			2
		);
	});

	it('does not activate the last chapter at the bottom of a page that never reached the first', () => {
		expect(activeChapterIndex({ tops: tops(600, 700), triggerY: 320, atBottom: true })).toBe(-1);
		expect(activeChapterIndex({ tops: [], triggerY: 320, atBottom: true })).toBe(-1);
	});
});

describe('triggerLine', () => {
	it('sits 40% down a desktop viewport, where the map is beside the text', () => {
		expect(triggerLine(800, 0)).toBe(320);
	});
	it('sits a quarter of the way into the text below a phone map', () => {
		// map bottom 354 of 844: the text area is 490 px tall.
		expect(triggerLine(844, 354)).toBeCloseTo(354 + 490 * 0.25, 5);
	});
});
