package id.ruangzi.identity.internal;

/**
 * Why one row of an import cannot be taken.
 *
 * @param row the row number, as in a spreadsheet (the header is row 1)
 * @param messageKey the reason's message key
 * @param args the reason's arguments
 */
public record RowProblem(int row, String messageKey, Object... args) {

}
