package org.clientele.customers.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming SXSSF: only the last {@value #WINDOW} rows stay
 * in memory, the rest go to a compressed temporary file until the workbook is written out.
 * Every cell is a string cell, so nothing in it is ever taken for a formula.
 */
final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int rows;

    XlsxTableWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet();
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        }
        finally {
            workbook.close();
        }
    }
}
