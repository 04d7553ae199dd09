import { describe, expect, it } from 'vitest';
import { nearestPlace } from './hit';

const cluster = [
	{ id: 'khojaly', x: 100, y: 100 },
	{ id: 'aghdam', x: 106, y: 97 },
	{ id: 'ballija', x: 99, y: 98 }
];

describe('nearestPlace', () => {
	it('picks the place whose centre is nearest, even inside a tight cluster', () => {
		expect(nearestPlace(cluster, { x: 106, y: 97 })).toBe('aghdam');
		expect(nearestPlace(cluster, { x: 100, y: 100.5 })).toBe('khojaly');
		expect(nearestPlace(cluster, { x: 98.6, y: 97.8 })).toBe('ballija');
	});

	it('ignores clicks out of reach of every place', () => {
		expect(nearestPlace(cluster, { x: 200, y: 200 })).toBeNull();
		expect(nearestPlace(cluster, { x: 130, y: 100 }, 22)).toBeNull();
		expect(nearestPlace(cluster, { x: 120, y: 100 }, 22)).toBe('aghdam');
	});
});
