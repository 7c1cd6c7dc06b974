package org.assetatlas.util;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that breaks one of the rules in {@code ArchitectureTest} on purpose, and says why. The rules skip
 * what carries it, so every exception is visible in the code and explained, instead of being a name hidden in the
 * test.
 *
 * <p>Use it sparingly: on the smallest class that needs it (a nested class will do), with a reason a reviewer can
 * check. It also covers the classes nested in the one it marks.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArchitectureException {

    /** Why the rule does not apply here, in a sentence. */
    String reason();
}
