/**
 * The few things every module needs: database bootstrapping, web error handling, locale
 * and the file store directory. Open, so every module may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.ruangzi.shared;

import org.springframework.modulith.ApplicationModule;
