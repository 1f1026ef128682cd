/**
 * Plot's pointer marks put the datum under the pointer in the figure's `value`; a click then
 * opens it. Returns the figure for chaining.
 */
export function onPlotClick<T>(
  figure: (HTMLElement | SVGSVGElement) & { value?: unknown },
  open: (datum: T) => void,
) {
  figure.style.cursor = 'pointer';
  figure.addEventListener('click', () => {
    if (figure.value) open(figure.value as T);
  });
  return figure;
}

/** Counts are whole: label whole ticks only (a scale up to 2 would otherwise say 0.2, 0.4 …). */
export const integerTicks = (value: number) => (Number.isInteger(value) ? value.toLocaleString() : '');
