package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Channel;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Picks the {@link ChannelGateway} of a channel. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Via {

    Channel value();

    /** For programmatic lookup: {@code gateways.select(Via.Literal.of(channel))}. */
    final class Literal extends AnnotationLiteral<Via> implements Via {

        private static final long serialVersionUID = 1L;
        private final Channel value;

        private Literal(Channel value) {
            this.value = value;
        }

        public static Literal of(Channel channel) {
            return new Literal(channel);
        }

        @Override
        public Channel value() {
            return value;
        }
    }
}
