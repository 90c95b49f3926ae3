package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class PoiSpikeTest {

	@Test
	void poiWritesAndReadsAWordFileInsideOsgi() throws Exception {
		nl.oppstudio.importer.word.internal.PoiRuntime.prepare();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Gegevens van de leerling");
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("Naam");
			document.write(bytes);
		}
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertEquals("Gegevens van de leerling", read.getParagraphs().get(0).getText());
			assertEquals("Naam", read.getTables().get(0).getRow(0).getCell(0).getText());
		}
	}
}
