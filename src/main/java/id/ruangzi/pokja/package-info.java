/**
 * The Tim Kerja ZI of a programme: its decree, six pokja (one per change area), their
 * members with positions, and the change agents (agen perubahan). A coordinator's edit
 * rights come from the areas of the pokja they sit in ({@link id.ruangzi.pokja.PokjaApi}
 * implements {@link id.ruangzi.assessment.AreaAssignments}).
 */
package id.ruangzi.pokja;
