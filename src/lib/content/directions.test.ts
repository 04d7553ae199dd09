import { describe, expect, it } from 'vitest';
import { directionClaims } from './directions';

const places = [
	{ names: ['Khojaly', 'Xocalı'], lngLat: [46.7903, 39.9108] as [number, number] },
	{ names: ['Aghdam', 'Agdam'], lngLat: [46.9284, 39.9911] as [number, number] },
	{ names: ['Shusha'], lngLat: [46.7539, 39.7583] as [number, number] },
	{ names: ['Khankendi'], lngLat: [46.7519, 39.8153] as [number, number] }
];

describe('directionClaims', () => {
	it('checks "X lies <direction> of Y" against the coordinates', () => {
		const [wrong] = directionClaims('Aghdam lies east of Khojaly, across open country.', places);
		expect(wrong).toMatchObject({
			subject: 'Aghdam',
			claimed: 'east',
			reference: 'Khojaly',
			fits: false
		});
		const [right] = directionClaims('Agdam lies some way north-east of Khojaly.', places);
		expect(right).toMatchObject({ claimed: 'north-east', fits: true });
		expect(directionClaims('Shusha lies just south of Khankendi.', places)[0]!.fits).toBe(true);
	});

	it('ignores directions between things that are not places on the map', () => {
		expect(directionClaims('The forest lies east of Khojaly.', places)).toEqual([]);
		expect(directionClaims('Khojaly is north of the river Gargar.', places)).toEqual([]);
	});
});
