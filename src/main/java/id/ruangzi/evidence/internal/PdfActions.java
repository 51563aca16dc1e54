package id.ruangzi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds active content in a PDF: JavaScript ({@code /JS}, {@code /JavaScript}) and launch
 * actions ({@code /Launch}), which a reader may run when the file is opened or
 * downloaded. Names are read as PDF names (with {@code #xx} escapes decoded, so
 * {@code /J#53} is {@code /JS}), both in the file's bytes and inside Flate-compressed
 * streams (object streams hide dictionaries there). The raw bytes of a stream are
 * content, not dictionaries (an image's or a font's bytes spell {@code /JS} by chance),
 * so they are skipped up to {@code endstream}. One pass, constant memory, and a bound on
 * how much is inflated.
 */
final class PdfActions {

	private static final Set<String> ACTIVE = Set.of("JS", "JavaScript", "Launch");

	private static final long MAX_INFLATED = 256L * 1024 * 1024;

	private static final byte[] STREAM = "stream".getBytes();

	private static final byte[] ENDSTREAM = "endstream".getBytes();

	private PdfActions() {
	}

	/**
	 * @param pdf the file's bytes
	 * @return whether the PDF carries script or a launch action
	 */
	static boolean active(InputStream pdf) throws IOException {
		Names raw = new Names();
		Names inflated = new Names();
		Inflater inflater = null;
		long total = 0;
		int matched = 0;
		boolean inStream = false;
		int endMatched = 0;
		int zlibHeader = -1;
		byte[] output = new byte[64 * 1024];
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = pdf) {
			int length;
			while ((length = in.read(buffer)) > 0) {
				int i = 0;
				while (i < length) {
					if (inflater != null && zlibHeader == -2) {
						inflater.setInput(buffer, i, length - i);
						try {
							int n;
							while ((n = inflater.inflate(output)) > 0) {
								total += n;
								for (int k = 0; k < n; k++) {
									if (inflated.feed(output[k] & 0xff)) {
										return true;
									}
								}
							}
						}
						catch (DataFormatException ex) {
							inflater.end();
							inflater = null;
							inflated.reset();
							continue;
						}
						i += (length - i) - inflater.getRemaining();
						if (inflater.finished() || inflater.needsDictionary() || total > MAX_INFLATED) {
							inflater.end();
							inflater = null;
							inflated.reset();
						}
						continue;
					}
					int b = buffer[i++] & 0xff;
					if (inStream) {
						endMatched = (b == ENDSTREAM[endMatched]) ? endMatched + 1 : ((b == ENDSTREAM[0]) ? 1 : 0);
						if (endMatched == ENDSTREAM.length) {
							inStream = false;
							endMatched = 0;
							if (inflater != null) {
								inflater.end();
								inflater = null;
								inflated.reset();
							}
							continue;
						}
					}
					else if (raw.feed(b)) {
						return true;
					}
					if (inflater != null) {
						if (zlibHeader == -1) {
							if (b != '\r' && b != '\n') {
								zlibHeader = b;
							}
						}
						else if ((zlibHeader & 0x0f) == 8 && ((zlibHeader << 8) | b) % 31 == 0) {
							inflater.setInput(new byte[] { (byte) zlibHeader, (byte) b });
							zlibHeader = -2;
							try {
								inflater.inflate(output);
							}
							catch (DataFormatException ex) {
								inflater.end();
								inflater = null;
							}
						}
						else {
							inflater.end();
							inflater = null;
						}
						continue;
					}
					if (inStream) {
						continue;
					}
					matched = (b == STREAM[matched]) ? matched + 1 : ((b == STREAM[0]) ? 1 : 0);
					if (matched == STREAM.length) {
						matched = 0;
						inStream = true;
						raw.reset();
						if (total <= MAX_INFLATED) {
							inflater = new Inflater();
							zlibHeader = -1;
						}
					}
				}
			}
		}
		finally {
			if (inflater != null) {
				inflater.end();
			}
		}
		return false;
	}

	/** Reads PDF name tokens byte by byte and tells when one is an active name. */
	private static final class Names {

		private final StringBuilder name = new StringBuilder();

		private boolean inName;

		private int escape = -1;

		private int escapeValue;

		boolean feed(int b) {
			if (this.inName && this.escape >= 0) {
				int digit = Character.digit(b, 16);
				if (digit >= 0) {
					this.escapeValue = this.escapeValue * 16 + digit;
					if (++this.escape == 2) {
						this.name.append((char) this.escapeValue);
						this.escape = -1;
					}
					return false;
				}
				this.escape = -1;
			}
			if (this.inName) {
				if (b == '#') {
					this.escape = 0;
					this.escapeValue = 0;
					return false;
				}
				if (delimiter(b)) {
					boolean active = ACTIVE.contains(this.name.toString());
					reset();
					if (active) {
						return true;
					}
				}
				else if (this.name.length() < 32) {
					this.name.append((char) b);
					return false;
				}
				else {
					return false;
				}
			}
			if (b == '/') {
				this.inName = true;
			}
			return false;
		}

		void reset() {
			this.inName = false;
			this.escape = -1;
			this.name.setLength(0);
		}

		private static boolean delimiter(int b) {
			return b <= ' ' || b == '/' || b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']'
					|| b == '{' || b == '}' || b == '%';
		}

	}

}
