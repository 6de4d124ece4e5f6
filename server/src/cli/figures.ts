/**
 * Human-readable normalized figure values for the text report ("$800 billion" -> "8.0e11 USD").
 */
import type { FigureValue } from '../analysis/index';

/** Formats a number: plain below a million, otherwise scientific with one decimal ("8.0e11"). */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 1e6) {
    return value.toExponential(1).replace('e+', 'e');
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** The normalized value of a figure, or '' when there is none ("last year", "September"). */
export function formatFigureValue(figure: FigureValue | undefined): string {
  const number = figure?.value ?? figure?.lowerBound;
  if (figure === undefined || number === undefined) {
    return '';
  }
  const prefix = figure.value === undefined ? '>= ' : figure.approximate ? '~' : '';
  switch (figure.kind) {
    case 'money':
      return `${prefix}${formatNumber(number)} ${figure.currency ?? ''}`.trimEnd();
    case 'percent':
      return `${prefix}${formatNumber(number)}%`;
    case 'year':
      return `${prefix}${number}`;
    case 'date':
      return `${prefix}${formatDate(number)}`;
    default:
      return `${prefix}${formatNumber(number)}`;
  }
}

/** Dates may be normalized as a year or as a timestamp; show a timestamp as an ISO day. */
function formatDate(value: number): string {
  if (value > 100_000) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
  }
  return String(value);
}
