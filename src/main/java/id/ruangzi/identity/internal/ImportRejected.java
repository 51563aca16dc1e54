package id.ruangzi.identity.internal;

/**
 * An import was not applied because the file has problems; nothing was changed.
 */
public class ImportRejected extends RuntimeException {

	private final ImportPreview preview;

	public ImportRejected(ImportPreview preview) {
		super(preview.problems().size() + " problems in the import");
		this.preview = preview;
	}

	public ImportPreview preview() {
		return this.preview;
	}

}
