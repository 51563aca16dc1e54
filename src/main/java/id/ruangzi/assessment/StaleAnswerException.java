package id.ruangzi.assessment;

import id.ruangzi.shared.web.ConflictException;

/**
 * Someone else changed the item after the user's page showed it: saving would overwrite
 * their answer unseen, so nothing is saved and the page shows what is stored now.
 */
public class StaleAnswerException extends ConflictException {

	public StaleAnswerException(String itemCode) {
		super(itemCode + ": someone else changed this item after you opened it; reload to see their answer");
	}

}
