/**
 * A chart as a file: its SVG as drawn (with the computed styles it needs inlined, so the file
 * looks the same outside the app), or a PNG rendered from that SVG.
 */

import { downloadBlob } from './download';

const STYLE_PROPS = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-family',
	'opacity'
];

function standalone(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = svg.querySelectorAll('*');
	copy.querySelectorAll('*').forEach((el, i) => {
		const computed = getComputedStyle(originals[i] as Element);
		const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		el.setAttribute('style', style);
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const box = svg.viewBox.baseVal;
	copy.setAttribute('width', String(box.width));
	copy.setAttribute('height', String(box.height));
	return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
	downloadBlob(new Blob([standalone(svg)], { type: 'image/svg+xml' }), filename);
}

export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
	const box = svg.viewBox.baseVal;
	const image = new Image();
	// A data URL: allowed by the page's CSP (img-src 'self' data:), unlike a blob URL.
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standalone(svg))}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = box.width * scale;
	canvas.height = box.height * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('Kunne ikke tegne PNG');
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('Kunne ikke lave PNG');
	downloadBlob(blob, filename);
}
