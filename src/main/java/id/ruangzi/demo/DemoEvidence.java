package id.ruangzi.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.evidence.EvidenceDraft;
import id.ruangzi.evidence.EvidenceKind;
import id.ruangzi.evidence.FileUpload;
import id.ruangzi.identity.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evidence of MTsN 2 Bandar Lampung 2026 for area A (Manajemen Perubahan): the team's SK
 * as a small generated PDF, a photo of the declaration as a generated PNG, and a link to
 * the shared folder of meeting minutes. Skipped when the programme already has evidence.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(6)
class DemoEvidence implements ApplicationRunner {

	private final EvidenceApi evidence;

	private final DemoContext demo;

	DemoEvidence(EvidenceApi evidence, DemoContext demo) {
		this.evidence = evidence;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser head = this.demo.user("kepala");
		ProgrammeView programme = this.demo.mtsn2Programme(head);
		if (!this.evidence.page(head, programme.id(), null).evidence().isEmpty()) {
			return;
		}
		byte[] decree = pdf("SK Tim Pembangunan Zona Integritas MTsN 2 Bandar Lampung " + DemoProgrammes.YEAR);
		this.evidence.create(head, programme.id(),
				new EvidenceDraft("SK Tim Pembangunan ZI", EvidenceKind.SK, LocalDate.of(DemoProgrammes.YEAR, 1, 13),
						null, List.of("PPA1A")),
				new FileUpload("SK-Tim-ZI-" + DemoProgrammes.YEAR + ".pdf", () -> new ByteArrayInputStream(decree)));
		byte[] photo = png();
		this.evidence.create(head, programme.id(),
				new EvidenceDraft("Foto penandatanganan pakta integritas", EvidenceKind.FOTO,
						LocalDate.of(DemoProgrammes.YEAR, 1, 20), null, List.of("PPA1B")),
				new FileUpload("pakta-integritas.png", () -> new ByteArrayInputStream(photo)));
		this.evidence.create(head, programme.id(),
				new EvidenceDraft("Notulen rapat tim ZI (folder bersama)", EvidenceKind.NOTULEN,
						LocalDate.of(DemoProgrammes.YEAR, 2, 5), "https://drive.example.org/mtsn2-bdl/notulen-zi",
						List.of("PPA1A")),
				null);
	}

	/** A one-page PDF with one line of text, with a correct cross-reference table. */
	static byte[] pdf(String line) {
		String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
		String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0, 102, 68));
		g.fillRect(0, 0, 320, 200);
		g.setColor(Color.WHITE);
		g.fillRect(40, 60, 240, 80);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
