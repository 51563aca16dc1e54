package id.ruangzi.catalogue;

/**
 * Whether programmes are bound to a template version. Implemented by the assessment
 * module, which owns programmes, so this module needs no knowledge of them.
 */
public interface TemplateUsage {

	/**
	 * @return for each template version that programmes are bound to, how many (one
	 * query)
	 */
	java.util.Map<Long, Long> programmesPerTemplate();

}
