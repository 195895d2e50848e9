package io.livechat.it.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.Race;
import io.livechat.it.whatsapp.Database;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The bot engine hands a brand-new user over twice at the same moment (a retry, two workers): the
 * requests race to create the contact. Neither fails; the one that comes second is answered as if it
 * had come a moment later, with the handover the first one opened.
 */
class FirstRequestRaceIT extends ClientIT {

    private static final int ROUNDS = 4;

    @Test
    void twoSimultaneousFirstRequestsForANewContactOpenOneHandoverAndNeitherFails() throws Exception {
        long bot = fixture.bot("First race");
        Api engine = fixture.anonymous().as(fixture.botToken(bot));
        // A few new users, so the race is run even when one pair happens not to overlap.
        for (int round = 0; round < ROUNDS; round++) {
            String visitor = "racer-" + Fixture.unique();
            Supplier<ApiResponse> request = () -> engine.post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
            List<ApiResponse> answers = Race.together(Collections.nCopies(2, request));

            List<ApiResponse> opened = answers.stream().filter(answer -> answer.status() == 201).toList();
            List<ApiResponse> told = answers.stream().filter(answer -> answer.status() == 409).toList();
            assertEquals(1, opened.size(), () -> "one request opens the handover: " + answers);
            assertEquals(1, told.size(), () -> "the other is told it is open, as a later request is: " + answers);
            assertEquals("handover-open", told.get(0).problemType(), told.get(0)::toString);
            assertEquals(opened.get(0).object().getJsonNumber("id").toString(), told.get(0).object().getString("handoverId"));

            assertEquals(1, Database.count("SELECT COUNT(*) FROM contact WHERE bot_id = ? AND external_id = ?", bot, visitor));
            assertEquals(1, Database.count("SELECT COUNT(*) FROM conversation v JOIN contact c ON c.id = v.contact_id"
                    + " WHERE c.bot_id = ? AND c.external_id = ?", bot, visitor));
        }
    }
}
