package io.livechat.it.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Race;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The inbound pipeline under a burst, as Meta delivers it when a campaign goes out: many new users
 * writing at the same moment. Every first message of a new conversation is processed at its first
 * attempt (no deadlock rolls a delivery back), and every user gets the bot's answer once.
 */
class WhatsappThroughputIT extends ClientIT {

    private static final int USERS = 50;

    @Test
    void fiftyNewConversationsAtOnceAreProcessedWithoutADeadlock() throws Exception {
        GraphApi.acceptAnySend();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA burst");
        Webhook webhook = new Webhook(base);
        String suffix = Webhook.unique();
        List<Supplier<HttpResponse<String>>> deliveries = IntStream.range(0, USERS)
                .mapToObj(i -> Webhook.fixture("text.json", bot.number, "49170" + (1_000_000 + i), suffix + "-" + i))
                .<Supplier<HttpResponse<String>>>map(body -> () -> webhook.postSigned(body))
                .toList();
        long deadlocksBefore = deadlocks();

        List<HttpResponse<String>> answers = Race.together(deliveries);

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer::body));
        Database.awaitProcessed(suffix);
        assertEquals(0, Database.count("SELECT COALESCE(SUM(attempts), 0) FROM whatsapp_inbox"
                        + " WHERE INSTR(CAST(payload AS CHAR CHARACTER SET utf8mb4), ?) > 0", suffix),
                "every delivery processed at its first attempt");
        assertEquals(0, deadlocks() - deadlocksBefore, "deadlocks in MariaDB meanwhile");
        String ofTheBot = " FROM message m JOIN conversation c ON c.id = m.conversation_id WHERE c.bot_id = ?";
        assertEquals(USERS, Database.count("SELECT COUNT(*)" + ofTheBot + " AND m.sender = 'USER'", bot.id));
        assertEquals(USERS, Database.count("SELECT COUNT(DISTINCT m.conversation_id)" + ofTheBot + " AND m.sender = 'BOT'",
                bot.id), "the bot answered every new user");
    }

    /**
     * A user writes five messages in a row and their webhooks arrive newest first (Meta delivers in
     * no guaranteed order): the transcript and the bot still take them in the order they were sent.
     */
    @Test
    void oneUsersMessagesAreProcessedInTheOrderWhatsappSentThem() {
        GraphApi.acceptAnySend();
        WhatsappBot bot = WhatsappBot.connect(fixture, "WA order");
        Webhook webhook = new Webhook(base);
        String suffix = Webhook.unique();
        String user = "4917055500001";
        long sentAt = Instant.now().getEpochSecond() - 10;
        List<String> written = IntStream.rangeClosed(1, 5).mapToObj(i -> "Message " + i + " of " + suffix).toList();
        long deadlocksBefore = deadlocks();

        for (int i = written.size() - 1; i >= 0; i--) {
            String body = Webhook.fixture("text.json", bot.number, user, suffix + "-" + i)
                    .replace("\"timestamp\":\"1749416383\"", "\"timestamp\":\"" + (sentAt + i) + "\"")
                    .replace("Does it come in another color?", written.get(i));
            HttpResponse<String> answer = webhook.postSigned(body);
            assertEquals(200, answer.statusCode(), answer::body);
        }

        Database.awaitProcessed(suffix);
        List<String> transcript = bot.awaitUserMessages(WhatsappBot.conversationOf(bot.handover(user)), written.size())
                .stream().map(message -> message.getString("text")).toList();
        assertEquals(written, transcript, "the transcript reads in the order the user wrote");
        assertEquals(0, deadlocks() - deadlocksBefore, "workers of one sender's deliveries never wait for each other");
    }

    private static long deadlocks() {
        return Database.count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'");
    }
}
