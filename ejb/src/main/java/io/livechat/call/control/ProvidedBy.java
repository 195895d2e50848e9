package io.livechat.call.control;

import io.livechat.bot.entity.CallProviderType;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Picks the {@link CallProvider} of a provider type. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface ProvidedBy {

    CallProviderType value();

    /** For programmatic lookup: {@code providers.select(ProvidedBy.Literal.of(type))}. */
    final class Literal extends AnnotationLiteral<ProvidedBy> implements ProvidedBy {

        private static final long serialVersionUID = 1L;
        private final CallProviderType value;

        private Literal(CallProviderType value) {
            this.value = value;
        }

        public static Literal of(CallProviderType type) {
            return new Literal(type);
        }

        @Override
        public CallProviderType value() {
            return value;
        }
    }
}
