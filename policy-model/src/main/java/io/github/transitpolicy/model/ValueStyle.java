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
 * {@link IllegalArgumentException} in our words naming it ("traveller: must be set", see
 * {@link Checks.CannotBuild}).
 *
 * <p>Why the nested styles: a value type without a builder could say
 * {@code @Value.Immutable(builder = false)}, but that annotation is kept in the class file, and a
 * consumer's javac, which has no Immutables jar, warns that it cannot find the annotation's
 * {@code builder()} method ({@code -Werror} builds fail). A style of our own carries the choice
 * instead, so the published classes hold only element-less Immutables annotations. The nested
 * styles are source-retained: kept in the class file, {@code @NoBuilder} would lead a consumer's
 * javadoc to the Immutables enums inside it ("unknown enum constant"). The processor reads them
 * from the source beside the type it generates for, so that costs nothing. A type-level style
 * replaces this one entirely: the three must stay identical but for {@code defaults}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Nullable.class, NullMarked.class, Override.class},
    throwForInvalidImmutableState = Checks.CannotBuild.class,
    defaults = @Value.Immutable(copy = false))
@interface ValueStyle {

  /** The package style for a value type made only by its static factories: no builder. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.SOURCE)
  @Value.Style(
      visibility = Value.Style.ImplementationVisibility.PACKAGE,
      builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
      overshadowImplementation = true,
      jdkOnly = true,
      allowedClasspathAnnotations = {Nullable.class, NullMarked.class, Override.class},
      throwForInvalidImmutableState = Checks.CannotBuild.class,
      defaults = @Value.Immutable(builder = false, copy = false))
  @interface NoBuilder {}

  /** As {@link NoBuilder}, with {@code with*} copy methods. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.SOURCE)
  @Value.Style(
      visibility = Value.Style.ImplementationVisibility.PACKAGE,
      builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
      overshadowImplementation = true,
      jdkOnly = true,
      allowedClasspathAnnotations = {Nullable.class, NullMarked.class, Override.class},
      throwForInvalidImmutableState = Checks.CannotBuild.class,
      defaults = @Value.Immutable(builder = false, copy = true))
  @interface NoBuilderWithCopy {}
}
