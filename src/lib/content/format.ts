/**
 * Numbers as the story prints them: British English grouping, "1,187".
 *
 * Not Intl.NumberFormat: constructing the first one loads the browser's locale data, which
 * measured ~40 ms of main-thread time at page start on this project's test machine (≈160 ms on a
 * throttled phone). The story prints only whole numbers and simple decimals, so grouping the
 * integer part's digits is all en-GB formatting does here (a unit test holds whole numbers to
 * Intl's output); a fraction is printed as given, not rounded to three digits as Intl would.
 */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const [whole = '', fraction] = Math.abs(value).toString().split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
