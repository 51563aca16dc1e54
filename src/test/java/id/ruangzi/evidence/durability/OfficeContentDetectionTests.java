package id.ruangzi.evidence.durability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.evidence.internal.ContentRules;
import id.ruangzi.evidence.storage.StagedFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Office documents are ZIP containers; their type is read from inside the container, so a
 * ZIP (or another office document) under a {@code .docx} name is refused, and real
 * documents made by Apache POI or shaped like LibreOffice's pass.
 */
class OfficeContentDetectionTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	final ContentRules rules = new ContentRules();

	@Test
	void aRealDocxXlsxAndPptxPassWithTheirOwnTypes() throws IOException {
		assertThat(this.rules.check(staged(docx()), "laporan.docx")).isEqualTo(DOCX);
		assertThat(this.rules.check(staged(xlsx()), "rekap.xlsx")).isEqualTo(XLSX);
		assertThat(this.rules.check(staged(pptx()), "paparan.pptx")).isEqualTo(PPTX);
	}

	@Test
	void anOpenDocumentTextAndSpreadsheetPassWithTheirOwnTypes() throws IOException {
		assertThat(this.rules.check(staged(openDocument(ODT)), "notulen.odt")).isEqualTo(ODT);
		assertThat(this.rules.check(staged(openDocument(ODS)), "anggaran.ods")).isEqualTo(ODS);
	}

	@Test
	void aPlainZipRenamedAsAnyOfficeDocumentIsRefusedNamingTheFileAndWhatItIs() throws IOException {
		byte[] zip = plainZip();
		for (String name : new String[] { "laporan.docx", "rekap.xlsx", "paparan.pptx", "notulen.odt",
				"anggaran.ods" }) {
			assertThatExceptionOfType(EvidenceRefusedException.class)
				.isThrownBy(() -> this.rules.check(staged(zip), name))
				.withMessageContaining(name)
				.withMessageContaining("application/zip");
		}
	}

	@Test
	void aWorkbookNamedAsAWordDocumentIsRefused() throws IOException {
		byte[] workbook = xlsx();
		assertThatExceptionOfType(EvidenceRefusedException.class)
			.isThrownBy(() -> this.rules.check(staged(workbook), "laporan.docx"))
			.withMessageContaining("laporan.docx")
			.withMessageContaining(XLSX);
		assertThatExceptionOfType(EvidenceRefusedException.class)
			.isThrownBy(() -> this.rules.check(staged(openDocument(ODS)), "notulen.odt"))
			.withMessageContaining(ODS);
	}

	@Test
	void aZipThatDeclaresAWordDocumentOnlyAfterAHugeEntryIsRefusedWithoutInflatingItAll() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bom.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 300; i++) {
				zip.write(zeros);
			}
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(contentTypes(DOCX).getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(EvidenceRefusedException.class)
			.isThrownBy(() -> this.rules.check(staged(bytes.toByteArray()), "laporan.docx"));
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Laporan pembangunan Zona Integritas");
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Rekap").createRow(0).createCell(0).setCellValue("Nilai");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pptx() throws IOException {
		try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			slides.createSlide();
			slides.write(out);
			return out.toByteArray();
		}
	}

	/** As LibreOffice writes it: {@code mimetype} first and stored uncompressed. */
	static byte[] openDocument(String type) throws IOException {
		byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(("<manifest:manifest><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + type
					+ "\"/></manifest:manifest>")
				.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	static byte[] plainZip() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("dokumen.txt"));
			zip.write("bukan dokumen kantor".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	static String contentTypes(String main) {
		return "<Types><Override PartName=\"/word/document.xml\" ContentType=\"" + main + ".main+xml\"/></Types>";
	}

	static StagedFile staged(byte[] content) {
		return new StagedFile() {

			@Override
			public String sha256() {
				return "0".repeat(64);
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(content);
			}

			@Override
			public void commit() {
				throw new UnsupportedOperationException("only inspected here");
			}

			@Override
			public void close() {
			}

		};
	}

}
