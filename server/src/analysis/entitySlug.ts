/** The readable part of entity ids: a slug of the name, or of the value for figures. */
import type { FigureValue } from './types';

/** "money-5000000-USD" for a figure's value. */
export function figureSlug(figure: FigureValue): string {
  return `${figure.kind}-${figure.value}${figure.currency ? `-${figure.currency}` : ''}`;
}

/** Lower-case ASCII letters, digits and dots, words joined by hyphens ("Zoë Ortiz" -> "zoe-ortiz"). */
export function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'entity';
}
