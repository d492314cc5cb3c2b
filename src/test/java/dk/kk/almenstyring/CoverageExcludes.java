package dk.kk.almenstyring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The models a process test class runs only as a means (a meeting that carries an agreement, say): their own test
 * classes cover them, so this class's coverage threshold leaves them out. An annotation rather than a property, so
 * every process test class shares one Spring context (a per-class property would start a context of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface CoverageExcludes {

    /** Process definition keys. */
    String[] value();
}
