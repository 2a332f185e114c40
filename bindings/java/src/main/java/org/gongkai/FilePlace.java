package org.gongkai;

/**
 * Where a cell is in the PDF, web page or Word file it was read from. Numbers
 * are 1-based; 0 when not known (a web page has no page).
 *
 * @param page the PDF page; 0 otherwise
 * @param box PDF: x0, y0, x1, y1 in points from the page's top-left corner; null otherwise
 * @param table the file's n-th table
 * @param row the row of that table's grid
 * @param column the column of that grid (a merged cell: its first)
 */
public record FilePlace(long page, double[] box, long table, long row, long column) {}
