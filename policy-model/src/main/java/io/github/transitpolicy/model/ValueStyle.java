package io.github.transitpolicy.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Immutables style of this package: generated {@code Immutable*} classes are package-private and
 * never appear in a public signature (builders and withers return the abstract type), only JDK
 * collections are used, and a missing required builder attribute throws an
 * {@link IllegalArgumentException} naming it.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Nullable.class, NullMarked.class, Override.class},
    throwForInvalidImmutableState = IllegalArgumentException.class,
    defaults = @Value.Immutable(copy = false))
@interface ValueStyle {}
