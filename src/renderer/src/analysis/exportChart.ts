import { downloadText } from '../app/saveBytes';

/** The chart's SVG as a standalone file (fonts and colours inline, as Plot draws them). */
export function chartSvg(figure: Element): string | null {
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(figure: Element, name: string): void {
  const svg = chartSvg(figure);
  if (svg) downloadText(`${name}.svg`, svg, 'image/svg+xml');
}

/** Draws the SVG on a canvas at twice its size (sharp on paper) and downloads it as PNG. */
export function downloadPng(figure: Element, name: string): void {
  const svg = chartSvg(figure);
  const box = (
    figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg')
  )?.getBoundingClientRect();
  if (!svg || !box) return;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(box.width * 2);
    canvas.height = Math.ceil(box.height * 2);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0, box.width, box.height);
    const link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = `${name}.png`;
    document.body.append(link);
    link.click();
    link.remove();
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
