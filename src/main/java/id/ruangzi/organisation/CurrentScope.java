package id.ruangzi.organisation;

/**
 * The signed-in user's view of the unit tree. Implemented by the identity module, so that
 * this module can scope its own pages and API without knowing about users (and without a
 * cycle).
 */
public interface CurrentScope {

	/**
	 * The units the signed-in user may see.
	 * @return the scope, empty for an anonymous request
	 */
	UnitScope units();

}
