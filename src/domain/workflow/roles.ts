// The roles of SPEC.md section 2. A role is scoped to a forvaltning where that matters:
// authors and reviewers act for their own forvaltning only.
export const ROLES = ['author', 'reviewer', 'finance', 'secretariat', 'hearing', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role;
  /** The forvaltning an author or reviewer belongs to; null for the central roles. */
  administration: string | null;
  /** The body a hearing account answers for (Tabel 6); it may record no other body's answer. */
  hearingBody?: string | null;
}
