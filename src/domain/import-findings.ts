// What reading a document leaves for a reviewer: stored with the import and shown on review.

/** Something the importer saw but could not read, for the reviewer to fill in by hand. */
export interface Unread {
  /** Where it belongs, e.g. "economy.rows.Projektledelse", "followUpGoals", "leadAdministration". */
  field: string;
  /** In Danish, for the review screen. */
  reason: string;
  excerpt: string;
}

/** A figure the document states that our own arithmetic does not reproduce. */
export interface Mismatch {
  /** "payback.service", "payback.total", or a stated total row and year. */
  field: string;
  unit: 'kroner' | 'years';
  stated: number | null;
  computed: number | null;
}

/**
 * A reviewer's correction of what the importer read, made before accepting it and kept with the
 * import: the code, the kind, the lead forvaltning, or a Tabel 1 row's section, area or value.
 * `field` names it as the proposal does ("code", "economy.rows.2.area",
 * "economy.rows.2.values.3"); amounts are in kroner.
 */
export interface ImportCorrection {
  field: string;
  from: string | number | null;
  to: string | number | null;
}
