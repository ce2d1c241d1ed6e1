package org.clientele.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.clientele.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook through POI's event API (SAX over the sheet's XML),
 * never building the workbook in memory. Cells come as the sheet shows them (dates in their cell
 * format); missing cells are blank.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, ImportFileReader.Rows rows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
            throw InvalidInputException.of("file", "validation.imports.file-unreadable");
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final ImportFileReader.Rows rows;
        private List<String> cells = new ArrayList<>();

        RowCollector(ImportFileReader.Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
