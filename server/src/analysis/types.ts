/**
 * The analysis model: plain, serializable data with UTF-16 offsets into the document text.
 * Nothing here knows about LSP or Node; features convert these types at the edge.
 */

/** A half-open range `[start, end)` of UTF-16 code units in a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The kinds of entity Entity Lens recognizes. */
export type EntityKind = 'person' | 'organization' | 'figure';

/** Subkinds of figures. */
export type FigureKind = 'money' | 'percent' | 'quantity' | 'year' | 'date';

/** A figure's normalized value. */
export interface FigureValue {
  readonly kind: FigureKind;
  /** Numeric value where one exists: 1.2e9 for "$1.2bn", 25 for "25%", 2015 for "in 2015". */
  readonly value?: number;
  /** ISO 4217 code for money ("USD", "EUR", "GBP", ...). */
  readonly currency?: string;
  /** True for "about $5bn", "nearly 40%", "hundreds of billions". */
  readonly approximate?: boolean;
  /** For vague magnitudes ("hundreds of billions of dollars"): the lower bound of the range. */
  readonly lowerBound?: number;
}

/** One place in the text that names an entity. */
export interface Mention extends Span {
  /** Exactly `text.slice(start, end)`. A possessive "'s" and a title such as "CEO" are outside the span. */
  readonly text: string;
  readonly kind: EntityKind;
  /**
   * The name this mention uses, normalized for resolution: titles, possessives and corporate suffixes are
   * removed and white space is collapsed ("Kestrel Orbital Inc." -> "Kestrel Orbital"). Empty for figures.
   */
  readonly name: string;
  /** The title or role word written before a person ("CEO" in "CEO Marisol Quenby"), if any. */
  readonly title?: string;
  /** Set for figures. */
  readonly figure?: FigureValue;
  /** How sure the recognizer is, 0..1. Propagated and registry mentions are 1. */
  readonly confidence: number;
  /** Why it was recognized (a cue name such as "title", "lexicon", "suffix", "propagated", "registry"). */
  readonly reason: string;
}

/** Codes of sourcing diagnostics (DESIGN.md §5). */
export type ClaimCode = 'hedged-claim' | 'vague-attribution' | 'unsourced-figure';

/** A sentence that needs a source and has none in reach. */
export interface Claim extends Span {
  /** Span of the cue or figure that makes the sentence a claim (the diagnostic range). */
  readonly code: ClaimCode;
  /** The cue text as written ("reportedly", "analysts believe", "$800 billion"). */
  readonly cue: string;
  /** The sentence the claim is in. */
  readonly sentence: Span;
  /** A message naming the cue and saying what would source it. */
  readonly message: string;
}

/** Relation types between entities (DESIGN.md §3). */
export type RelationType =
  | 'leads'
  | 'founded'
  | 'co-founded'
  | 'owns'
  | 'invested-in'
  | 'explored-deal'
  | 'left'
  | 'acquired'
  | 'competes-with'
  | 'founded-by-alumni-of'
  | 'in-sector';

/** A relation stated in the text, with the span it came from. */
export interface RelationFact {
  readonly type: RelationType;
  /** Name of the subject entity as written (normalized like Mention.name). */
  readonly subject: string;
  readonly subjectKind: EntityKind;
  /** Name of the object entity, or the normalized sector for `in-sector`. */
  readonly object: string;
  readonly objectKind: EntityKind | 'sector';
  /** The sentence that states it. */
  readonly evidence: Span;
}

/** A role or title stated for a person ("CEO of Kestrel Orbital", "co-founder"). */
export interface RoleFact {
  readonly person: string;
  readonly role: string;
  readonly organization?: string;
  readonly evidence: Span;
}

/** Everything the engine extracted from one document. All arrays are sorted by start offset. */
export interface DocumentAnalysis {
  /** Length of the analyzed text, so that consumers can check they hold the matching version. */
  readonly length: number;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** People, organizations and figures. */
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
  readonly relations: readonly RelationFact[];
  readonly roles: readonly RoleFact[];
  /** Problems that did not stop analysis (for example "registry ignored: ..."). */
  readonly warnings: readonly string[];
  /**
   * Names recognized here on local evidence alone (before propagation), for the workspace's known names. They do
   * not depend on names known elsewhere, so known names are a function of the texts, however often recomputed.
   */
  readonly localNames: readonly LocalName[];
}

/** A name a document recognized on its own: normalized key, kind, best and summed confidence. */
export type LocalName = readonly [key: string, kind: 'person' | 'organization', best: number, total: number];
