package io.livechat.it.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A channel's ids compare exactly: ids that differ in case or by a trailing space are different people. */
class ContactIdentityIT extends ClientIT {

    @Test
    void idsThatDifferOnlyInCaseOrATrailingSpaceAreDifferentContacts() {
        long botId = fixture.bot("Exact ids");
        Api engine = fixture.anonymous().as(fixture.botToken(botId));
        String id = "CaseUser-" + Fixture.unique().toUpperCase(Locale.ROOT);
        Set<Long> conversations = new HashSet<>();
        for (String externalId : List.of(id, id.toLowerCase(Locale.ROOT), id + " ")) {
            ApiResponse handover = engine.post("api/v1/handovers", Fixture.handoverRequest(botId, externalId));
            assertEquals(201, handover.status(), () -> "'" + externalId + "': " + handover);
            long conversationId = handover.object().getJsonNumber("conversationId").longValue();
            conversations.add(conversationId);

            ApiResponse contact = fixture.admin().get("api/v1/conversations/" + conversationId + "/contact");
            assertEquals(externalId, contact.object().getString("externalId"), contact::toString);
        }
        assertEquals(3, conversations.size(), "three people, three conversations: " + conversations);
    }
}
