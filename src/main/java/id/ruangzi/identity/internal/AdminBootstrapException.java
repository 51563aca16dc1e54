package id.ruangzi.identity.internal;

/**
 * The first administrator cannot be created from the settings given.
 */
class AdminBootstrapException extends IllegalStateException {

	AdminBootstrapException(String message) {
		super(message);
	}

}
